package se.klusterportalen.assessment;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;

import java.time.Instant;

/** One cluster's assessment in a round, with its computed phases. */
public record AssessmentSummary(AssessmentId id, RoundId roundId, String roundName, ClusterId clusterId,
                                String clusterName, String letter, AssessmentState state, PhaseEvaluation evaluation,
                                @Nullable Instant fixedAt, long version) {
}
