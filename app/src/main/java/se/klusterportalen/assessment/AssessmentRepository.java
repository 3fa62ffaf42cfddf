package se.klusterportalen.assessment;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    /** The round's assessments with their answers, in one query (a round's matrix reads every answer). */
    @EntityGraph(attributePaths = "answers")
    List<Assessment> findByRoundId(UUID roundId);

    List<Assessment> findByClusterId(UUID clusterId);

    /** The clusters' assessments in that state with their answers, in one query (phases are read from answers). */
    @EntityGraph(attributePaths = "answers")
    List<Assessment> findByClusterIdInAndState(Collection<UUID> clusterIds, AssessmentState state);
}
