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
     * The fixed results of these rounds, one row per fixed assessment with an answer that counts:
     * {@code [assessmentId, met, levels]} (UUID, String, String): the codes of its met criteria joined by commas
     * ({@code "S1.1,S1.2"}), its areas' reached levels as {@code code=level} joined by commas; null for none.
     * Criterion and area codes are the framework's ({@code phase_model_criterion}, {@code horizontal_area}): no commas.
     */
    @Query("""
            select a.assessment.id,
                   listagg(case when a.met = true then a.code end, ','),
                   listagg(case when a.kind = se.klusterportalen.assessment.AnswerKind.AREA and a.level is not null
                                then concat(a.code, '=', cast(a.level as String)) end, ',')
            from Answer a
            where a.assessment.roundId in :rounds and a.assessment.state = se.klusterportalen.assessment.AssessmentState.FIXED
              and (a.met = true or a.level is not null)
            group by a.assessment.id""")
    List<Object[]> findFixedResults(@Param("rounds") Collection<UUID> rounds);
}
