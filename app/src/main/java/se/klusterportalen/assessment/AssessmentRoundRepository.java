package se.klusterportalen.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface AssessmentRoundRepository extends JpaRepository<AssessmentRound, UUID> {

    List<AssessmentRound> findAllByOrderByOpenedAtDesc();

    Optional<AssessmentRound> findByNameIgnoreCase(String name);
}
