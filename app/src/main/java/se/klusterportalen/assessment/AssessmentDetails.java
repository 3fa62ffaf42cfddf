package se.klusterportalen.assessment;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the assessment form shows: the framework, the answers, the computed phases, what the user may do.
 *
 * @param submittedBy the name of who submitted it; {@code fixedBy} of who fixed it (names to show, not usernames)
 * @param returned    the officer's latest note when sending the assessment back to the manager, if ever
 */
public record AssessmentDetails(AssessmentSummary summary, PhaseModel model, Map<String, AnswerResponse> criteria,
                                Map<String, AnswerResponse> areas, AssessmentAccess access,
                                @Nullable Instant submittedAt, @Nullable String submittedBy, @Nullable String fixedBy, Optional<ReturnNote> returned) {

    public AssessmentDetails {
        criteria = Map.copyOf(criteria);
        areas = Map.copyOf(areas);
    }

    /** A criterion's answer, unanswered if there is none yet. */
    public AnswerResponse criterion(String code) {
        return criteria.getOrDefault(code, AnswerResponse.unanswered(AnswerKind.CRITERION, code));
    }

    /** A horizontal area's answer, unanswered if there is none yet. */
    public AnswerResponse area(String code) {
        return areas.getOrDefault(code, AnswerResponse.unanswered(AnswerKind.AREA, code));
    }

    public AssessmentId id() {
        return summary.id();
    }

    public long version() {
        return summary.version();
    }

    public AssessmentState state() {
        return summary.state();
    }

    public PhaseEvaluation evaluation() {
        return summary.evaluation();
    }
}
