package se.klusterportalen.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the assessment form shows: the framework, the answers, the computed phases, what the user may do.
 *
 * @param submittedBy the name of who submitted it; {@code fixedBy} of who fixed it (names to show, not usernames)
 * @param returned    the officer's latest note when sending the assessment back to the manager, if ever
 */
public record AssessmentDetails(AssessmentSummary summary, PhaseModel model, Map<String, CriterionResponse> criteria,
                                Map<String, AreaResponse> areas, AssessmentAccess access, Instant submittedAt,
                                String submittedBy, String fixedBy, Optional<ReturnNote> returned) {

    public AssessmentDetails {
        criteria = Map.copyOf(criteria);
        areas = Map.copyOf(areas);
    }

    public CriterionResponse criterion(String code) {
        return criteria.getOrDefault(code, CriterionResponse.unanswered(code));
    }

    public AreaResponse area(String code) {
        return areas.getOrDefault(code, AreaResponse.unanswered(code));
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
