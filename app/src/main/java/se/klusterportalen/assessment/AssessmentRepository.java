package se.klusterportalen.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    List<Assessment> findByRoundId(UUID roundId);

    List<Assessment> findByClusterId(UUID clusterId);

    List<Assessment> findByClusterIdInAndState(Collection<UUID> clusterIds, AssessmentState state);
}
