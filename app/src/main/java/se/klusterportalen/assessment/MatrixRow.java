package se.klusterportalen.assessment;

import se.klusterportalen.cluster.ClusterId;

import java.util.Map;

/** A cluster's fixed result in the portfolio matrix; areaLevels lacks areas without a level. */
public record MatrixRow(ClusterId clusterId, String clusterName, String letter, PhaseEvaluation evaluation,
                        Map<String, Integer> areaLevels) {

    public MatrixRow {
        areaLevels = Map.copyOf(areaLevels);
    }
}
