package se.klusterportalen.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The medians under a portfolio matrix, by {@link PhaseRules#median}: per dimension (phase), overall, and per
 * horizontal area (level, over the clusters that answered it). Keys in the model's order; a dimension or area
 * without any value has no entry.
 */
record MatrixMedians(Map<String, BigDecimal> dimensions, Optional<BigDecimal> overall, Map<String, BigDecimal> areas) {

    static MatrixMedians of(PhaseModel model, List<MatrixRow> rows) {
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : model.dimensions()) {
            PhaseRules.median(rows.stream().map(r -> r.evaluation().phaseOf(dimension.code())).toList())
                    .ifPresent(median -> dimensions.put(dimension.code(), median));
        }
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        for (HorizontalArea area : model.areas()) {
            PhaseRules.median(rows.stream().map(r -> r.areaLevels().get(area.code())).filter(Objects::nonNull).toList())
                    .ifPresent(median -> areas.put(area.code(), median));
        }
        return new MatrixMedians(dimensions, PhaseRules.median(rows.stream().map(r -> r.evaluation().overall()).toList()),
                areas);
    }
}
