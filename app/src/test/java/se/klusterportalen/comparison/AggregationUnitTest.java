package se.klusterportalen.comparison;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison's calculation and disclosure rules on data the test chooses (ADR 0070). */
class AggregationUnitTest {

    /** A region whose clusters have these overall phases, the same in each dimension, no label, no funding. */
    static Aggregation.RegionData region(Integer... phases) {
        Map<String, List<Integer>> dimensions = new LinkedHashMap<>();
        for (String dimension : List.of("S", "O", "N", "A", "F")) {
            dimensions.put(dimension, List.of(phases));
        }
        return new Aggregation.RegionData(phases.length, List.of(phases), dimensions,
                Arrays.stream(phases).map(p -> Metric.NONE).toList(), List.of());
    }

    static Map<String, Aggregation.Row> byKey(List<Aggregation.Row> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.metric() + "/" + r.category(), r -> r));
    }

    @Test
    void threeRegionsGiveThePhaseDistributionAndMedians() {
        var rows = byKey(Aggregation.across(List.of(region(2, 2, 3, 3), region(2, 2, 3, 3), region(2, 3, 3, 4))));

        assertThat(rows.get("PARTICIPATION/ALL")).returns(false, Aggregation.Row::suppressed)
                .returns(12, Aggregation.Row::clusters).returns(3, Aggregation.Row::regions);
        assertThat(rows.get("OVERALL_PHASE/2").value()).isEqualByComparingTo("41.7");   // 5 of 12
        assertThat(rows.get("OVERALL_PHASE/2").regions()).isEqualTo(3);
        assertThat(rows.get("OVERALL_PHASE/3").value()).isEqualByComparingTo("50.0");   // 6 of 12
        assertThat(rows.get("OVERALL_PHASE/4").suppressed()).isTrue();                   // 1 cluster
        assertThat(rows.get("OVERALL_PHASE/0").suppressed()).isTrue();
        assertThat(rows.get("OVERALL_PHASE/1").suppressed()).isTrue();
        assertThat(rows.get("DIMENSION_MEDIAN/S").value()).isEqualByComparingTo("3.0");
        assertThat(rows.get("LABEL_LEVEL/NONE").value()).isEqualByComparingTo("100.0");
        assertThat(rows.get("LABEL_LEVEL/GOLD").suppressed()).isTrue();
        assertThat(rows.get("REGIONAL_FUNDING_SHARE/MEDIAN").suppressed()).isTrue();     // no funding planned
    }

    @Test
    void aMedianCanBeAHalf() {
        var rows = byKey(Aggregation.across(List.of(region(1, 2), region(2, 3), region(3, 4))));

        assertThat(rows.get("DIMENSION_MEDIAN/F").value()).isEqualByComparingTo("2.5");
    }

    @Test
    void fourClustersAreTooFewEvenFromThreeRegions() {
        var rows = Aggregation.across(List.of(region(2, 2), region(2), region(2)));

        assertThat(rows).allMatch(Aggregation.Row::suppressed);
        assertThat(rows).allMatch(row -> row.value() == null);
    }

    @Test
    void twoRegionsAreTooFewEvenWithManyClusters() {
        var rows = Aggregation.across(List.of(region(2, 2, 2, 2, 2, 3), region(2, 2, 2, 2, 2, 3)));

        assertThat(rows).allMatch(Aggregation.Row::suppressed);
    }

    @Test
    void aShareFromFiveClustersOfTwoRegionsIsSuppressed() {
        // phase 3: five clusters, but all from the first two regions
        var rows = byKey(Aggregation.across(List.of(region(3, 3, 3, 2, 2), region(3, 3, 2, 2), region(2, 2))));

        assertThat(rows.get("OVERALL_PHASE/2").value()).isEqualByComparingTo("54.5");   // 6 of 11
        assertThat(rows.get("OVERALL_PHASE/3").suppressed()).isTrue();
    }

    @Test
    void aLoneSuppressedShareTakesTheSmallestPublishedOneWithIt() {
        // every phase but 4 has at least 5 clusters from 3 regions: 4 alone would follow from 100 % minus the rest
        var regionA = region(0, 0, 1, 1, 2, 2, 3, 3, 4);
        var regionB = region(0, 0, 1, 1, 2, 2, 3, 3);
        var regionC = region(0, 1, 2, 2, 3, 3, 3);
        var rows = byKey(Aggregation.across(List.of(regionA, regionB, regionC)));

        assertThat(rows.get("OVERALL_PHASE/4").suppressed()).isTrue();
        assertThat(rows.get("OVERALL_PHASE/0").suppressed()).isTrue();                   // 5, as small as phase 1
        assertThat(rows.get("OVERALL_PHASE/1").value()).isEqualByComparingTo("20.8");   // 5 of 24
        assertThat(rows.get("OVERALL_PHASE/2").value()).isEqualByComparingTo("25.0");   // 6 of 24
        assertThat(rows.get("OVERALL_PHASE/3").value()).isEqualByComparingTo("29.2");   // 7 of 24
    }

    @Test
    void fundingShareIsTheMedianOverClusters() {
        var a = new Aggregation.RegionData(2, List.of(), Map.of(), List.of(Metric.NONE, Metric.NONE),
                List.of(new BigDecimal("40.0"), new BigDecimal("60.0")));
        var b = new Aggregation.RegionData(2, List.of(), Map.of(), List.of(Metric.NONE, Metric.NONE),
                List.of(new BigDecimal("10.0"), new BigDecimal("20.0")));
        var c = new Aggregation.RegionData(1, List.of(), Map.of(), List.of(Metric.NONE),
                List.of(new BigDecimal("35.5")));

        var rows = byKey(Aggregation.across(List.of(a, b, c)));

        assertThat(rows.get("REGIONAL_FUNDING_SHARE/MEDIAN").value()).isEqualByComparingTo("35.5");
        assertThat(rows.get("OVERALL_PHASE/2").suppressed()).isTrue();                   // nobody assessed
    }

    @Test
    void theRegionsOwnFiguresAreNotSuppressed() {
        var rows = byKey(Aggregation.own(region(2, 3, 3)));

        assertThat(rows.get("OVERALL_PHASE/3").value()).isEqualByComparingTo("66.7");
        assertThat(rows.get("OVERALL_PHASE/3").clusters()).isEqualTo(2);
        assertThat(rows.get("DIMENSION_MEDIAN/N").value()).isEqualByComparingTo("3.0");
        assertThat(rows.get("REGIONAL_FUNDING_SHARE/MEDIAN").value()).isNull();
    }
}
