package se.klusterportalen.comparison;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * One figure of the comparison: the region's own next to the anonymised one of all opted-in regions.
 *
 * @param own         the region's own value, one decimal (percent for distributions, a phase for medians, percent for the
 *                    funding share); null when the region has no cluster in the group
 * @param ownClusters how many of the region's clusters the own value is computed from
 * @param all         the value across all opted-in regions; null when {@code suppressed} or not computed yet
 * @param suppressed  the group across regions is smaller than 5 clusters or 3 regions: nothing may be shown
 *                    ("för få för att visa"), not even rounded
 */
public record ComparedFigure(Metric metric, String category, @Nullable BigDecimal own, int ownClusters,
                             @Nullable BigDecimal all, boolean suppressed) {
}
