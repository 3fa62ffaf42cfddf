package se.klusterportalen.assessment;

import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fixed assessment results for tests that need them in a region without users (e.g. regions a comparison test
 * creates): a cluster given phase p meets every criterion up to p in all five dimensions, so its overall phase and
 * each dimension phase is p. Works through the assessment feature's own system operation.
 */
public final class FixedResultFixtures {

    private FixedResultFixtures() {
    }

    /** A fixed round of that name in the task's region with the given phase per cluster. */
    public static RoundId fixedRound(AssessmentService assessments, SystemTask task, String round, Instant at,
                                     Map<ClusterId, Integer> phases) {
        PhaseModel model = assessments.currentPhaseModel();
        var imported = new ArrayList<ImportedAssessment>();
        phases.forEach((cluster, phase) -> {
            var answers = new ArrayList<AnswerInput>();
            for (Criterion criterion : model.criteria()) {
                boolean met = criterion.phase() <= phase;
                answers.add(AnswerInput.criterion(criterion.code(), met, met ? "Underlag finns." : null, null));
            }
            model.areas().forEach(area -> answers.add(AnswerInput.area(area.code(), 1,
                    "Allmän policy.", "Policyn kommuniceras.")));
            imported.add(new ImportedAssessment(cluster, List.copyOf(answers)));
        });
        return assessments.importFixedRoundIfMissing(task, round, at, imported);
    }
}
