package se.klusterportalen.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface MilestoneRepository extends JpaRepository<Milestone, UUID> {

    List<Milestone> findByProgrammeIdOrderByDueDateAscTitleAsc(UUID programmeId);

    List<Milestone> findByClusterIdOrderByDueDateAscTitleAsc(UUID clusterId);

    List<Milestone> findByDueDateBeforeOrderByDueDateAscTitleAsc(LocalDate date);
}
