package se.klusterportalen.assessment;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;

import java.time.Instant;

/**
 * One cluster's assessment in a round, with its computed phases.
 *
 * @param answered how many questions (criteria and horizontal areas) have an answer, carried-over ones included;
 *                 0 for a draft nobody has touched, whose phases say nothing yet
 */
public record AssessmentSummary(AssessmentId id, RoundId roundId, String roundName, ClusterId clusterId,
                                String clusterName, String letter, AssessmentState state, PhaseEvaluation evaluation,
                                @Nullable Instant fixedAt, long version, int answered) {
}
