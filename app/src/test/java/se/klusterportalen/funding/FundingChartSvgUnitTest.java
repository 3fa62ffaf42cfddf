package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FundingChartSvgUnitTest {

    private static final FundingChartSvg.Labels LABELS = new FundingChartSvg.Labels("Mobile Heights & co", "Regionalt",
            "Övrigt offentligt", "Privat", "Plan", "Utfall", "Regional andel, plan", "Regional andel, utfall",
            java.util.Locale.forLanguageTag("sv-SE"));

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static long count(String svg, String needle) {
        return svg.split(java.util.regex.Pattern.quote(needle), -1).length - 1L;
    }

    @Test
    void plannedBarsAreSolidActualBarsHatchedAndTotalsLabelledInMnkr() throws Exception {
        var years = List.of(
                new FundingChartSvg.Year(2017, new FundingMix(2_800_000, 1_500_000, 850_000, 0, 0),
                        Optional.of(new FundingMix(2_800_000, 1_400_000, 900_000, 0, 0))),
                new FundingChartSvg.Year(2018, new FundingMix(2_350_000, 0, 1_000_000, 0, 0), Optional.empty()));

        String svg = FundingChartSvg.render(years, LABELS);

        assertThat(parse(svg).getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(count(svg, "class=\"bar planned")).isEqualTo(5);
        assertThat(count(svg, "class=\"bar actual")).isEqualTo(3);
        assertThat(svg).contains("fill=\"url(#hatch-regional)\"");
        assertThat(svg).contains(">5,2\u00a0mnkr<", ">5,1\u00a0mnkr<", ">3,4\u00a0mnkr<");
        assertThat(svg).contains("Mobile Heights &amp; co");
        assertThat(svg).contains("class=\"share-planned\" points=\"").contains("class=\"share-actual\" points=\"");
    }

    @Test
    void totalsTooWideForTheirBarLeaveTheUnitToTheAxisSoTwoBarsLabelsDoNotTouch() {
        var swedish = java.util.Locale.of("sv", "SE");
        assertThat(FundingChartSvg.totalLabel(43_700_000, 46, swedish)).isEqualTo("43,7");
        assertThat(FundingChartSvg.totalLabel(5_200_000, 46, swedish)).isEqualTo("5,2\u00a0mnkr");
        var fiveYears = new java.util.ArrayList<FundingChartSvg.Year>();
        for (int year = 2017; year <= 2021; year++) {
            fiveYears.add(new FundingChartSvg.Year(year, new FundingMix(22_800_000, 8_000_000, 12_900_000, 0, 0),
                    Optional.of(new FundingMix(22_800_000, 8_000_000, 12_700_000, 0, 0))));
        }
        String svg = FundingChartSvg.render(fiveYears, LABELS);
        assertThat(svg).contains(">43,7<", ">43,5<").doesNotContain("43,7\u00a0mnkr<").contains("\u00a0mnkr</text>");
    }

    @Test
    void yearsWithoutMoneyDrawNoBarsAndNoShareButNeverFail() throws Exception {
        var years = List.of(new FundingChartSvg.Year(2017, FundingMix.ZERO, Optional.empty()),
                new FundingChartSvg.Year(2018, new FundingMix(0, 0, 500_000, 0, 0), Optional.empty()));

        String svg = FundingChartSvg.render(years, LABELS);

        parse(svg);
        assertThat(svg).doesNotContain("NaN").doesNotContain("class=\"share-actual\"");
        assertThat(count(svg, "class=\"bar planned")).isEqualTo(1);
        assertThat(count(svg, "<circle")).isEqualTo(1);
    }

    @Test
    void theAxisEndsOnARoundAmount() {
        assertThat(FundingChartSvg.niceMax(0)).isEqualTo(1_000_000);
        assertThat(FundingChartSvg.niceMax(5_150_000)).isEqualTo(6_000_000);
        assertThat(FundingChartSvg.niceMax(26_800_000)).isEqualTo(30_000_000);
        assertThat(FundingChartSvg.niceMax(81_000_000)).isEqualTo(100_000_000);
    }
}
