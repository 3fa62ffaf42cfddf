package se.klusterportalen.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SmartSpecialisationAreaRepository extends JpaRepository<SmartSpecialisationArea, UUID> {

    List<SmartSpecialisationArea> findAllByOrderByNameAsc();

    Optional<SmartSpecialisationArea> findByNameIgnoreCase(String name);
}
