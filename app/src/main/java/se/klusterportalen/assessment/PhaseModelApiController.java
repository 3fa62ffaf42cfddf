package se.klusterportalen.assessment;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The pure phase-model calculation for integrations and for checking the rules; touches no region data. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Assessments")
@RequestMapping("/api/v1/phase-model")
class PhaseModelApiController {

    private final AssessmentService assessments;

    PhaseModelApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /**
     * Names and explanations in Swedish unless the client's {@code Accept-Language} prefers English; the answer's
     * {@code Content-Language} says which.
     */
    @io.swagger.v3.oas.annotations.Operation(summary = "The phase model's calculation for a set of met criteria (saves nothing)",
            description = "The phase per dimension (every criterion of the phase and all earlier ones met) and the overall phase (the mode, ties to the value closest to the mean, then the lower).")
    @PostMapping("/evaluate")
    ResponseEntity<EvaluationJson> evaluate(@RequestBody EvaluateRequest request,
                                            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                            String acceptLanguage) {
        var evaluation = assessments.evaluate(request == null ? null : request.met());
        var model = assessments.phaseModel(evaluation.frameworkVersion());
        boolean english = prefersEnglish(acceptLanguage);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, english ? "en" : "sv")
                .body(EvaluationJson.of(evaluation, model, english));
    }

    private static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), List.of(SWEDISH, Locale.ENGLISH));
            return Locale.ENGLISH.equals(best);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static final Locale SWEDISH = Locale.of("sv");

    record EvaluateRequest(List<String> met) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "PhaseModelDimension")
    record DimensionJson(String code, String name, int phase, List<String> missingForNextPhase,
                         List<String> notCounted, String explanation) {
    }

    record EvaluationJson(int frameworkVersion, List<DimensionJson> dimensions, int overall, BigDecimal mean,
                          String tieBreak, List<Integer> tiedPhases, String tieNote) {

        static EvaluationJson of(PhaseEvaluation evaluation, PhaseModel model, boolean english) {
            var dimensions = evaluation.dimensions().stream().map(d -> {
                var names = model.dimension(d.dimensionCode()).name();
                String name = english ? names.en() : names.sv();
                return new DimensionJson(d.dimensionCode(), name, d.phase(), d.missingForNextPhase(), d.notCounted(),
                        explanation(d, name, english));
            }).toList();
            return new EvaluationJson(evaluation.frameworkVersion(), dimensions, evaluation.overall(),
                    evaluation.mean(), evaluation.tieBreak().name(), evaluation.tiedPhases(), tieNote(evaluation, english));
        }

        private static String explanation(DimensionPhase dimension, String name, boolean english) {
            if (dimension.highest()) {
                return english ? name + " is in the highest phase." : name + " är i den högsta fasen.";
            }
            String missing = String.join(", ", dimension.missingForNextPhase());
            String text = english ? "To reach phase " + dimension.nextPhase() + " in " + name + ": " + missing
                    : "För att nå fas " + dimension.nextPhase() + " i " + name + ": " + missing;
            if (!dimension.notCounted().isEmpty()) {
                String notCounted = String.join(", ", dimension.notCounted());
                text += english ? " (met but not counted until then: " + notCounted + ")"
                        : " (uppfyllda men räknas först då: " + notCounted + ")";
            }
            return text;
        }

        private static String tieNote(PhaseEvaluation evaluation, boolean english) {
            String modes = evaluation.tiedPhases().stream().map(String::valueOf)
                    .reduce((a, b) -> a + (english ? " and " : " och ") + b).orElse("");
            String mean = english ? evaluation.mean().toPlainString() : evaluation.mean().toPlainString().replace('.', ',');
            return switch (evaluation.tieBreak()) {
                case NONE -> null;
                case CLOSEST_TO_MEAN -> english
                        ? "Phases " + modes + " are equally frequent; " + evaluation.overall()
                        + " is closest to the mean " + mean + "."
                        : "Faserna " + modes + " är lika vanliga; den samlade bedömningen blir " + evaluation.overall()
                        + ", som ligger närmast medelvärdet " + mean + ".";
                case LOWER_OF_EQUALLY_CLOSE -> english
                        ? "Phases " + modes + " are equally frequent and equally close to the mean " + mean
                        + "; the lower phase " + evaluation.overall() + " is taken."
                        : "Faserna " + modes + " är lika vanliga och lika nära medelvärdet " + mean
                        + "; den lägre fasen " + evaluation.overall() + " väljs.";
            };
        }
    }
}
