package se.klusterportalen.comparison;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The pure calculation of the comparison (ADR 0070): from every opted-in region's figures without names to the
 * anonymised rows, with the disclosure rules applied; and a region's own rows.
 *
 * <p>Disclosure rules: a figure is published only when the group it is computed from has at least
 * {@value #MIN_CLUSTERS} clusters from at least {@value #MIN_REGIONS} regions; otherwise it is suppressed (no value,
 * no counts), never rounded. For a distribution the whole distribution needs that, and each share too (its group is
 * the clusters in that category); when exactly one share is suppressed, the smallest published share of the same
 * distribution is suppressed as well, since the shares add up to 100 % and the one would follow from the others.
 */
final class Aggregation {

    static final int MIN_CLUSTERS = 5;
    static final int MIN_REGIONS = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One region's inputs, one entry per cluster and without names or ids.
     *
     * @param openClusters     the region's clusters that are not closed
     * @param overallPhases    the overall phase of each cluster's newest fixed assessment
     * @param dimensionPhases  per dimension code (in the phase model's order), each such cluster's phase
     * @param labelLevels      per open cluster its current label level, or {@link Metric#NONE}
     * @param fundingShares    per cluster with planned money, the region's share in percent
     */
    record RegionData(int openClusters, List<Integer> overallPhases, Map<String, List<Integer>> dimensionPhases,
                      List<String> labelLevels, List<BigDecimal> fundingShares) {
    }

    /** One stored figure; {@code value}, {@code clusters} and {@code regions} mean nothing when suppressed. */
    record Row(Metric metric, String category, boolean suppressed, @Nullable BigDecimal value, int clusters,
               int regions) {

        static Row suppressed(Metric metric, String category) {
            return new Row(metric, category, true, null, 0, 0);
        }
    }

    private Aggregation() {
    }

    /** The anonymised rows across the given regions (each entry one opted-in region). */
    static List<Row> across(List<RegionData> regions) {
        var rows = new ArrayList<Row>();
        int clusters = regions.stream().mapToInt(RegionData::openClusters).sum();
        int taking = (int) regions.stream().filter(r -> r.openClusters() > 0).count();
        rows.add(publishable(clusters, taking)
                ? new Row(Metric.PARTICIPATION, Metric.ALL, false, null, clusters, taking)
                : Row.suppressed(Metric.PARTICIPATION, Metric.ALL));
        rows.addAll(distribution(Metric.OVERALL_PHASE, Metric.PHASES,
                tagged(regions, r -> r.overallPhases().stream().map(String::valueOf).toList())));
        for (String dimension : dimensions(regions)) {
            var values = tagged(regions, r -> r.dimensionPhases().getOrDefault(dimension, List.of()).stream()
                    .map(BigDecimal::valueOf).toList());
            rows.add(median(Metric.DIMENSION_MEDIAN, dimension, values));
        }
        rows.addAll(distribution(Metric.LABEL_LEVEL, Metric.LABELS, tagged(regions, RegionData::labelLevels)));
        rows.add(median(Metric.REGIONAL_FUNDING_SHARE, Metric.MEDIAN, tagged(regions, RegionData::fundingShares)));
        return rows;
    }

    /** The region's own rows: its own data, so nothing is suppressed; {@code regions} is 1. */
    static List<Row> own(RegionData region) {
        var rows = new ArrayList<Row>();
        rows.add(new Row(Metric.PARTICIPATION, Metric.ALL, false, null, region.openClusters(), 1));
        var phases = region.overallPhases().stream().map(String::valueOf).toList();
        for (String phase : Metric.PHASES) {
            rows.add(share(Metric.OVERALL_PHASE, phase, phases));
        }
        region.dimensionPhases().forEach((dimension, values) -> rows.add(new Row(Metric.DIMENSION_MEDIAN, dimension,
                false, median(values.stream().map(BigDecimal::valueOf).toList()).orElse(null), values.size(), 1)));
        for (String level : Metric.LABELS) {
            rows.add(share(Metric.LABEL_LEVEL, level, region.labelLevels()));
        }
        rows.add(new Row(Metric.REGIONAL_FUNDING_SHARE, Metric.MEDIAN, false,
                median(region.fundingShares()).orElse(null), region.fundingShares().size(), 1));
        return rows;
    }

    /** The median (a half is kept: one decimal), empty for no values. */
    static Optional<BigDecimal> median(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
        return Optional.of(median.setScale(1, RoundingMode.HALF_UP));
    }

    // ---- parts ----

    /** A value and the index of the region it comes from. */
    private record Tagged<T>(int region, T value) {
    }

    private static <T> List<Tagged<T>> tagged(List<RegionData> regions, Function<RegionData, List<T>> values) {
        var all = new ArrayList<Tagged<T>>();
        for (int i = 0; i < regions.size(); i++) {
            for (T value : values.apply(regions.get(i))) {
                all.add(new Tagged<>(i, value));
            }
        }
        return all;
    }

    private static boolean publishable(int clusters, int regions) {
        return clusters >= MIN_CLUSTERS && regions >= MIN_REGIONS;
    }

    private static int regionsOf(Collection<? extends Tagged<?>> values) {
        Set<Integer> regions = new HashSet<>();
        values.forEach(v -> regions.add(v.region()));
        return regions.size();
    }

    private static List<String> dimensions(List<RegionData> regions) {
        var codes = new LinkedHashMap<String, Boolean>();
        regions.forEach(r -> r.dimensionPhases().keySet().forEach(code -> codes.putIfAbsent(code, true)));
        return List.copyOf(codes.keySet());
    }

    private static Row median(Metric metric, String category, List<Tagged<BigDecimal>> values) {
        if (!publishable(values.size(), regionsOf(values))) {
            return Row.suppressed(metric, category);
        }
        return new Row(metric, category, false, median(values.stream().map(Tagged::value).toList()).orElseThrow(),
                values.size(), regionsOf(values));
    }

    private static List<Row> distribution(Metric metric, List<String> categories, List<Tagged<String>> values) {
        if (!publishable(values.size(), regionsOf(values))) {
            return categories.stream().map(category -> Row.suppressed(metric, category)).toList();
        }
        var rows = new ArrayList<Row>();
        for (String category : categories) {
            var in = values.stream().filter(v -> v.value().equals(category)).toList();
            rows.add(publishable(in.size(), regionsOf(in))
                    ? new Row(metric, category, false, percent(in.size(), values.size()), in.size(), regionsOf(in))
                    : Row.suppressed(metric, category));
        }
        if (rows.stream().filter(Row::suppressed).count() == 1) {
            rows.stream().filter(row -> !row.suppressed()).min(Comparator.comparingInt(Row::clusters))
                    .ifPresent(smallest -> rows.set(rows.indexOf(smallest), Row.suppressed(metric, smallest.category())));
        }
        return rows;
    }

    private static Row share(Metric metric, String category, List<String> values) {
        long count = values.stream().filter(category::equals).count();
        return new Row(metric, category, false, values.isEmpty() ? null : percent(count, values.size()), (int) count, 1);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
