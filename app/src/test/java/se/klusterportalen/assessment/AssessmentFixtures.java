package se.klusterportalen.assessment;

import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fixed assessment rounds for a test, in the signed-in user's region and the test's transaction (rolled back with
 * it, ADR 0008): each cluster gets exactly the phases asked for, recorded the way results assessed outside the
 * portal are (answered, submitted and fixed at {@code assessedAt}, which also orders the rounds).
 */
@Component
public class AssessmentFixtures {

    private final AssessmentService assessments;
    private final PhaseModelCatalog catalog;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final se.klusterportalen.testsupport.RegionSql sql;

    AssessmentFixtures(AssessmentService assessments, PhaseModelCatalog catalog,
                       org.springframework.jdbc.core.JdbcTemplate jdbc, se.klusterportalen.testsupport.RegionSql sql) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * Clean-up for an end-to-end test that committed a round into a demo region (ADR 0008): removes the round of
     * that name with its assessments and answers, so that no later test starts a new round from its fixed answers.
     * The audit history stays.
     */
    public void removeCommittedRound(String region, String name) {
        sql.runAsRegion(region, status -> {
            jdbc.update("""
                    DELETE FROM assessment_answer WHERE assessment_id IN (SELECT a.id FROM assessment a
                    JOIN assessment_round r ON r.id = a.round_id WHERE r.name = ?)""", name);
            jdbc.update("DELETE FROM assessment WHERE round_id IN (SELECT id FROM assessment_round WHERE name = ?)",
                    name);
            jdbc.update("DELETE FROM assessment_round WHERE name = ?", name);
        });
    }

    /**
     * A fixed round named {@code name} opened at {@code assessedAt}; each cluster's five dimension phases are given in
     * the model's dimension order (criteria up to that phase met, the rest not), every area at level 1.
     */
    public RoundId fixedRound(String name, Instant assessedAt, Map<ClusterId, int[]> phases) {
        var model = catalog.version(catalog.latestVersion());
        var imported = new ArrayList<ImportedAssessment>();
        phases.forEach((cluster, dimensionPhases) -> {
            var answers = new ArrayList<AnswerInput>();
            for (int i = 0; i < model.dimensions().size(); i++) {
                for (Criterion criterion : model.dimensions().get(i).criteria()) {
                    boolean met = criterion.phase() <= dimensionPhases[i];
                    answers.add(AnswerInput.criterion(criterion.code(), met, met ? "Protokoll" : null, null));
                }
            }
            for (HorizontalArea area : model.areas()) {
                answers.add(AnswerInput.area(area.code(), 1, "Genomgång av statistik", "Utbildning"));
            }
            imported.add(new ImportedAssessment(cluster, answers));
        });
        String region = RegionContext.current().orElseThrow();
        return SystemTask.callIn(region, task -> assessments.importFixedRoundIfMissing(task, name, assessedAt,
                List.copyOf(imported)));
    }
}
