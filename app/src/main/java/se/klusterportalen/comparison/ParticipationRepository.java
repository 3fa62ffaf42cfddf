package se.klusterportalen.comparison;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** The region's participation row (tenant-filtered: at most one). */
interface ParticipationRepository extends JpaRepository<Participation, UUID> {

    @Override
    List<Participation> findAll();
}
