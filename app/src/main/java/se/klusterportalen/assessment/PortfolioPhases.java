package se.klusterportalen.assessment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The portfolio grid's phase column for a page of clusters (issue #19): the overall phase of each cluster's latest
 * fixed assessment, computed in the database by the rules the grid sorts with ({@link PhasePortfolioRanking}, held to
 * {@link PhaseRules} by its integration test), in one statement, without loading the assessments and their answers
 * ({@link AssessmentService#latestFixed} loads every fixed assessment of the clusters, all their answers, the rounds
 * and the region's cluster names: most of the grid's CPU per page in a profile).
 */
@Service
public class PortfolioPhases {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The overall phase as {@link PhaseEvaluation#overallMarked()} writes it ("2", "2*" for a tie decided by the mean,
     * "2**" for the lower of two equally close) per cluster of the signed-in user's region; clusters without a fixed
     * assessment (or of another region) are missing.
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public Map<ClusterId, String> latestFixed(Collection<ClusterId> clusterIds) {
        var phases = new HashMap<ClusterId, String>();
        if (clusterIds.isEmpty()) {
            return phases;
        }
        // the row-level security policy keeps the query to the caller's region
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT c.id, (" + PhasePortfolioRanking.SQL
                        + ") AS phase_rank FROM cluster c WHERE c.id IN (:ids)")
                .setParameter("ids", clusterIds.stream().map(ClusterId::value).toList()).getResultList();
        for (Object[] row : rows) {
            if (row[1] != null) {
                int rank = ((Number) row[1]).intValue();
                phases.put(new ClusterId((UUID) row[0]), (rank / 10) + "*".repeat(rank % 10));
            }
        }
        return phases;
    }
}
