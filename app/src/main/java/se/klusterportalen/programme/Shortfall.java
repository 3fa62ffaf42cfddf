package se.klusterportalen.programme;

import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.label.LabelLevel;

import java.util.Optional;

/**
 * A cluster that does not meet a rule goal, with what it has.
 *
 * @param label     its highest valid label on the judged date (label goals)
 * @param figure    its latest member count (members goal) or base funding in kronor (funding goal)
 * @param improving members rising since the year before, or a label goal that reaches the level in time
 */
public record Shortfall(ClusterId clusterId, String clusterName, Optional<LabelLevel> label, Optional<Long> figure,
                        boolean improving) {
}
