package se.klusterportalen.assessment;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** The pure phase-model calculation for integrations and for checking the rules; touches no region data. */
@RestController
@RequestMapping("/api/v1/phase-model")
class PhaseModelApiController {

    private final AssessmentService assessments;

    PhaseModelApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/evaluate")
    EvaluationJson evaluate(@RequestBody EvaluateRequest request) {
        var evaluation = assessments.evaluate(request == null ? null : request.met());
        var model = assessments.phaseModel(evaluation.frameworkVersion());
        return EvaluationJson.of(evaluation, model);
    }

    record EvaluateRequest(List<String> met) {
    }

    record DimensionJson(String code, String name, int phase, List<String> missingForNextPhase,
                         List<String> notCounted, String explanation) {
    }

    record EvaluationJson(int frameworkVersion, List<DimensionJson> dimensions, int overall, BigDecimal mean,
                          String tieBreak, List<Integer> tiedPhases, String tieNote) {

        static EvaluationJson of(PhaseEvaluation evaluation, PhaseModel model) {
            var dimensions = evaluation.dimensions().stream().map(d -> {
                String name = model.dimension(d.dimensionCode()).name().en();
                return new DimensionJson(d.dimensionCode(), name, d.phase(), d.missingForNextPhase(), d.notCounted(),
                        explanation(d, name));
            }).toList();
            return new EvaluationJson(evaluation.frameworkVersion(), dimensions, evaluation.overall(),
                    evaluation.mean(), evaluation.tieBreak().name(), evaluation.tiedPhases(), tieNote(evaluation));
        }

        private static String explanation(DimensionPhase dimension, String name) {
            if (dimension.highest()) {
                return name + " is in the highest phase.";
            }
            String text = "To reach phase " + dimension.nextPhase() + " in " + name + ": "
                    + String.join(", ", dimension.missingForNextPhase());
            if (!dimension.notCounted().isEmpty()) {
                text += " (met but not counted until then: " + String.join(", ", dimension.notCounted()) + ")";
            }
            return text;
        }

        private static String tieNote(PhaseEvaluation evaluation) {
            String modes = evaluation.tiedPhases().stream().map(String::valueOf)
                    .reduce((a, b) -> a + " and " + b).orElse("");
            return switch (evaluation.tieBreak()) {
                case NONE -> null;
                case CLOSEST_TO_MEAN -> "Phases " + modes + " are equally frequent; " + evaluation.overall()
                        + " is closest to the mean " + evaluation.mean().toPlainString() + ".";
                case LOWER_OF_EQUALLY_CLOSE -> "Phases " + modes + " are equally frequent and equally close to the mean "
                        + evaluation.mean().toPlainString() + "; the lower phase " + evaluation.overall() + " is taken.";
            };
        }
    }
}
