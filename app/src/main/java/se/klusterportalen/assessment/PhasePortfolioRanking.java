package se.klusterportalen.assessment;

import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.PortfolioQuery;
import se.klusterportalen.cluster.PortfolioRanking;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.Map;

/**
 * The portfolio sorted by phase in the database: the overall phase of each cluster's latest fixed assessment (the
 * round opened last), computed in SQL by {@link PhaseRules}' rules from the framework version's criteria and the
 * met answers: a dimension's phase is the phase before its first phase with a criterion not met (the highest phase
 * when all are met); overall the most frequent dimension phase, between equally frequent ones the closest to the
 * mean, then the lower. The rank is {@code phase * 10} plus 0 without a tie, 1 for {@code *}, 2 for {@code **}, so
 * "2" &lt; "2*" &lt; "2**" &lt; "3". {@code PhasePortfolioRankingIntegrationTest} holds it to {@link PhaseRules}.
 */
@Component
class PhasePortfolioRanking implements PortfolioRanking {

    static final String SQL = """
            WITH latest AS (
                   SELECT a.id, a.framework_version FROM assessment a JOIN assessment_round r ON r.id = a.round_id
                   WHERE a.cluster_id = c.id AND a.state = 'FIXED' ORDER BY r.opened_at DESC, a.id LIMIT 1),
                 dims AS (
                   SELECT COALESCE((SELECT min(cr.phase) - 1 FROM phase_model_criterion cr
                                    WHERE cr.framework_version = l.framework_version AND cr.dimension_code = d.code
                                      AND NOT EXISTS (SELECT 1 FROM assessment_answer an WHERE an.assessment_id = l.id
                                                      AND an.kind = 'CRITERION' AND an.code = cr.code AND an.met)),
                                   (SELECT max(p.phase) FROM phase_model_phase p
                                    WHERE p.framework_version = l.framework_version)) AS phase
                   FROM latest l JOIN phase_model_dimension d ON d.framework_version = l.framework_version),
                 modes AS (
                   SELECT phase, abs(phase * (SELECT count(*) FROM dims) - (SELECT sum(phase) FROM dims)) AS distance
                   FROM dims GROUP BY phase
                   HAVING count(*) = (SELECT max(n) FROM (SELECT count(*) AS n FROM dims GROUP BY phase) f)),
                 chosen AS (SELECT phase, distance FROM modes ORDER BY distance, phase LIMIT 1)
            SELECT chosen.phase * 10 + CASE WHEN (SELECT count(*) FROM modes) = 1 THEN 0
                                            WHEN (SELECT count(*) FROM modes m WHERE m.distance = chosen.distance) > 1
                                            THEN 2 ELSE 1 END
            FROM chosen""";

    private final CurrentUser currentUser;

    PhasePortfolioRanking(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public PortfolioQuery.Sort sort() {
        return PortfolioQuery.Sort.PHASE;
    }

    @Override
    public Rank rank() {
        if (!currentUser.get().map(user -> user.can(Permission.ASSESSMENT_VIEW)).orElse(false)) {
            throw new Rejection.Forbidden();
        }
        return new Rank(SQL, Map.of());
    }
}
