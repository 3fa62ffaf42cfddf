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

    @Test
    void aTotalLabelNeverSitsOnTheRegionalShareMarkerOfItsBar() {
        // Mobile Heights 2019: 3,4 mnkr with a regional share of 64,6 %, whose marker lands at the bar's top
        assertThat(FundingChartSvg.totalBaseline(200, Optional.empty())).isEqualTo(196);
        assertThat(FundingChartSvg.totalBaseline(200, Optional.of(300))).as("marker far below").isEqualTo(196);
        int baseline = FundingChartSvg.totalBaseline(200, Optional.of(195));
        assertThat(baseline + 3).as("the text ends above the marker").isLessThan(195 - 4);
        int nearTop = FundingChartSvg.totalBaseline(45, Optional.of(42));
        assertThat(nearTop - 10).as("no room above: the text starts below the marker").isGreaterThan(42 + 4);
    }

    @Test
    void theMobileHeights2019LabelsAreClearOfTheShareMarkers() throws Exception {
        var years = List.of(new FundingChartSvg.Year(2019, new FundingMix(2_200_000, 0, 1_208_000, 0, 0),
                Optional.of(new FundingMix(2_200_000, 0, 1_170_000, 0, 0))));

        var document = parse(FundingChartSvg.render(years, LABELS));

        var texts = document.getElementsByTagName("text");
        var circles = document.getElementsByTagName("circle");
        assertThat(circles.getLength()).isEqualTo(2);
        for (int c = 0; c < circles.getLength(); c++) {
            var circle = (org.w3c.dom.Element) circles.item(c);
            int cx = Integer.parseInt(circle.getAttribute("cx"));
            int cy = Integer.parseInt(circle.getAttribute("cy"));
            for (int t = 0; t < texts.getLength(); t++) {
                var text = (org.w3c.dom.Element) texts.item(t);
                if (!"total".equals(text.getAttribute("class"))
                        || Math.abs(Integer.parseInt(text.getAttribute("x")) - cx) > 20) {
                    continue;
                }
                int y = Integer.parseInt(text.getAttribute("y"));
                assertThat(cy + 4 < y - 10 || cy - 4 > y + 3).as("label at %d, marker at %d", y, cy).isTrue();
            }
        }
    }

    @Test
    void aRegionOf300ClustersHasTotalsTooWideToStandSideBySideSoTheyRunUpwardsAndNeverOverlap() throws Exception {
        // Region Skala's scale: about 1 350 mnkr a year, ten years, plan and outcome: bars 24 px wide, "1 350,0" 40 px
        var years = new java.util.ArrayList<FundingChartSvg.Year>();
        for (int year = 2017; year <= 2026; year++) {
            long f = 1000 - (year - 2017) * 30L;
            years.add(new FundingChartSvg.Year(year, new FundingMix(f * 700_000, f * 300_000, f * 350_000, 0, 0),
                    year < 2024 ? Optional.of(new FundingMix(f * 680_000, f * 310_000, f * 330_000, 0, 0)) : Optional.empty()));
        }

        String svg = FundingChartSvg.render(years, LABELS);

        assertThat(svg).contains(">1 350,0</text>".replace(' ', '\u00a0'), ">985,5</text>").doesNotContain("mnkr</text><rect class");
        var texts = parse(svg).getElementsByTagName("text");
        var totals = new java.util.ArrayList<int[]>(); // x of the baseline, lowest y, highest y
        for (int t = 0; t < texts.getLength(); t++) {
            var text = (org.w3c.dom.Element) texts.item(t);
            if (text.getAttribute("class").startsWith("total")) {
                assertThat(text.getAttribute("class")).isEqualTo("total upward");
                int x = Integer.parseInt(text.getAttribute("x"));
                int y = Integer.parseInt(text.getAttribute("y"));
                assertThat(text.getAttribute("transform")).isEqualTo("rotate(-90 " + x + " " + y + ")");
                totals.add(new int[]{x, y, y - (int) Math.ceil(text.getTextContent().length() * 5.6)});
            }
        }
        assertThat(totals).hasSize(17);
        for (int[] total : totals) {
            assertThat(total[2]).as("the text stays below the chart's title").isGreaterThanOrEqualTo(28);
        }
        for (int i = 1; i < totals.size(); i++) {
            assertThat(totals.get(i)[0] - totals.get(i - 1)[0]).as("upward texts 10 px high stand apart").isGreaterThanOrEqualTo(12);
        }
        // the axis leaves room above the highest bar: 2 000 mnkr, written without decimals to fit left of it
        assertThat(svg).contains(">2\u00a0000\u00a0mnkr<", ">500\u00a0mnkr<");
    }

    @Test
    void upwardTotalsStepAsideForTheRegionalShareMarker() {
        assertThat(FundingChartSvg.upwardStart(200, 7, Optional.empty())).isEqualTo(196);
        assertThat(FundingChartSvg.upwardStart(200, 7, Optional.of(100))).as("marker far above the text").isEqualTo(196);
        int start = FundingChartSvg.upwardStart(200, 7, Optional.of(180));
        assertThat(start + 1).as("the text ends above the marker").isLessThan(180 - 4);
        int nearTop = FundingChartSvg.upwardStart(60, 7, Optional.of(50));
        assertThat(nearTop - 40).as("no room above: the text starts below the marker").isGreaterThan(50 + 4);
    }
}
