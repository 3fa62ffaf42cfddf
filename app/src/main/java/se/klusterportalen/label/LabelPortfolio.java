package se.klusterportalen.label;

import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every label and label goal of the region, to judge clusters on any date (programme goals). */
public record LabelPortfolio(Map<ClusterId, List<LabelRecord>> labels, Map<ClusterId, LabelGoalRecord> goals) {

    public LabelPortfolio {
        labels = Map.copyOf(labels);
        goals = Map.copyOf(goals);
    }

    /** The highest level valid on the date (a label is valid on its last day), if any. */
    public Optional<LabelLevel> highestValidOn(ClusterId cluster, LocalDate date) {
        return LabelRules.current(labels.getOrDefault(cluster, List.of()), date).map(LabelRecord::level);
    }

    public Optional<LabelGoalRecord> goal(ClusterId cluster) {
        return Optional.ofNullable(goals.get(cluster));
    }
}
