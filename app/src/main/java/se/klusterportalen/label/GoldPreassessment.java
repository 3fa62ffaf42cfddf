package se.klusterportalen.label;

import se.klusterportalen.cluster.ClusterId;

import java.util.List;
import java.util.Optional;

/**
 * A cluster's self-rating against the 31 Gold indicators. Readiness is the share rated met (0–100, of all 31:
 * an unrated indicator counts as not met); the gaps are every indicator not rated met, in list order.
 */
public record GoldPreassessment(ClusterId clusterId, List<Item> items, int readinessPercent, int metCount,
                                List<Item> gaps) {

    public GoldPreassessment {
        items = List.copyOf(items);
        gaps = List.copyOf(gaps);
    }

    public record Item(GoldIndicator indicator, Optional<IndicatorRating> rating, String note, long version) {
    }

    static GoldPreassessment of(ClusterId cluster, List<Item> items) {
        int met = (int) items.stream().filter(item -> item.rating().orElse(null) == IndicatorRating.MET).count();
        int readiness = Math.round(100f * met / GoldIndicator.values().length);
        var gaps = items.stream().filter(item -> item.rating().orElse(null) != IndicatorRating.MET).toList();
        return new GoldPreassessment(cluster, items, readiness, met, gaps);
    }
}
