package se.klusterportalen.indicator.ui;

import org.junit.jupiter.api.Test;
import se.klusterportalen.indicator.IndicatorRollup;
import se.klusterportalen.indicator.MeasurementRound;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorChartSvgUnitTest {

    private static IndicatorRollup.RoundTotal total(LocalDate date, int sum, int summed, int low, int high, int ranges) {
        return new IndicatorRollup.RoundTotal(new MeasurementRound(UUID.randomUUID(), date, date.toString()),
                BigDecimal.valueOf(sum), summed, BigDecimal.valueOf(low), BigDecimal.valueOf(high), ranges, 0, 0);
    }

    private static List<Integer> heights(String svg, String kind) {
        var matcher = Pattern.compile("class=\"" + kind + "\"[^>]*height=\"(\\d+)\"").matcher(svg);
        var heights = new java.util.ArrayList<Integer>();
        while (matcher.find()) {
            heights.add(Integer.parseInt(matcher.group(1)));
        }
        return heights;
    }

    @Test
    void barsGrowWithTheSumsAndRangesSitAboveThem() {
        String svg = IndicatorChartSvg.render(List.of(
                total(LocalDate.of(2019, 1, 1), 900, 1, 0, 0, 0),
                total(LocalDate.of(2020, 12, 31), 1500, 2, 100, 300, 1)), "Antal anställda");

        // plot height 56 px: the highest point (1 500 + 300) is the full height
        assertThat(heights(svg, "indicator-bar")).containsExactly(28, 47);
        assertThat(heights(svg, "indicator-range")).containsExactly(6);
        assertThat(svg).contains(">900<", ">1\u00a0800<", ">2019-01-01<", ">2020-12-31<", "aria-label=\"Antal anställda\"");
    }

    @Test
    void aRoundWithNothingSummableHasNoBar() {
        String svg = IndicatorChartSvg.render(List.of(
                new IndicatorRollup.RoundTotal(new MeasurementRound(UUID.randomUUID(), LocalDate.of(2019, 1, 1), "x"),
                        BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 2, 0)), "<Namn & mer>");

        assertThat(heights(svg, "indicator-bar")).isEmpty();
        assertThat(svg).contains(">·<", "aria-label=\"&lt;Namn &amp; mer&gt;\"");
    }
}
