package se.klusterportalen.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ProgrammeGoalRepository extends JpaRepository<ProgrammeGoal, UUID> {

    List<ProgrammeGoal> findByProgrammeIdOrderByPosition(UUID programmeId);
}
