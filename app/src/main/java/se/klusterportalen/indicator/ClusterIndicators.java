package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;

import java.util.List;

/**
 * A cluster's indicator table: the rounds it reported in (oldest first) and one line per indicator, for the cluster
 * itself and for each network under it.
 */
public record ClusterIndicators(ClusterId cluster, List<MeasurementRound> rounds, List<Line> lines) {

    public ClusterIndicators {
        rounds = List.copyOf(rounds);
        lines = List.copyOf(lines);
    }

    /**
     * @param network            the network under the cluster, {@code null} for the cluster's own values
     * @param values             one per round of {@link #rounds()} ({@link ValueKind#NOT_REPORTED} where none)
     * @param reportedDifference the difference the report wrote (first to last round), {@code null} when none
     * @param computedDifference the difference computed from the first and last round's values
     */
    public record Line(@Nullable String network, IndicatorDefinition indicator, List<IndicatorValue> values,
                       @Nullable IndicatorValue reportedDifference, Difference computedDifference,
                       boolean differenceMismatch) {
        public Line {
            values = List.copyOf(values);
        }
    }
}
