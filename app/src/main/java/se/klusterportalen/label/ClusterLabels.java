package se.klusterportalen.label;

import se.klusterportalen.cluster.ClusterId;

import java.util.List;
import java.util.Optional;

/** All a cluster page shows about labels: history (newest first), current label, goal and warnings. */
public record ClusterLabels(ClusterId clusterId, List<LabelRecord> history, Optional<LabelRecord> current,
                            Optional<LabelGoalRecord> goal, List<LabelWarning> warnings) {

    public ClusterLabels {
        history = List.copyOf(history);
        warnings = List.copyOf(warnings);
    }
}
