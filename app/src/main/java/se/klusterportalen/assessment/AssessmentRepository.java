package se.klusterportalen.assessment;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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

    /**
     * Every assessment of the region in outline, no answers: {@code [id, roundId, clusterId, state, letter]} (UUID,
     * UUID, UUID, {@link AssessmentState}, String). What the phase distribution needs to choose its rounds.
     */
    @Query("select a.id, a.roundId, a.clusterId, a.state, a.letter from Assessment a")
    List<Object[]> findOutlines();

    /**
     * The answers that make the fixed results of these rounds: met criteria and reached area levels, as
     * {@code [assessmentId, kind, code, met, level]} (UUID, {@link AnswerKind}, String, Boolean, Integer); unmet
     * criteria and areas without a level are left out.
     */
    @Query("""
            select a.assessment.id, a.kind, a.code, a.met, a.level from Answer a
            where a.assessment.roundId in :rounds and a.assessment.state = se.klusterportalen.assessment.AssessmentState.FIXED
              and (a.met = true or a.level is not null)""")
    List<Object[]> findFixedResults(@Param("rounds") Collection<UUID> rounds);
}
