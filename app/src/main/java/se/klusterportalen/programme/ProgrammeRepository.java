package se.klusterportalen.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    List<Programme> findAllByOrderByStartYearDescNameAsc();

    Optional<Programme> findByNameIgnoreCase(String name);
}
