package se.klusterportalen.comparison.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.comparison.ComparisonFixtures;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;

/**
 * The comparison page against regions the test builds (committed through {@link ComparisonFixtures}: the job reads
 * each region in a transaction of its own) and Norra Mellansverige's 16 demo clusters with their fixed 2017 phases.
 */
class ComparisonViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired ComparisonFixtures fixtures;

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    private String page() {
        return $(ComparisonView.class).single().getElement().getTextRecursively();
    }

    /** Three built regions of 4 clusters in phase 2 or 3, one Gold each; with NMS four regions, 28 clusters. */
    private void threeRegionsAndNorraMellansverigeTakePart() {
        fixtures.onlyTakingPart(NMS, fixtures.region("a", 1, 2, 2, 3, 3), fixtures.region("b", 1, 2, 2, 3, 3),
                fixtures.region("c", 1, 2, 3, 3, 3));
        fixtures.recompute();
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void aPoliticianSeesTheRegionsOwnFiguresNextToTheAnonymisedOnesAndNoName() {
        threeRegionsAndNorraMellansverigeTakePart();

        var view = navigate(ComparisonView.class);

        assertThat($(Paragraph.class).id("comparison-status").getText()).contains("Deltagande regioner: 4.");
        // the built regions: 5 clusters in phase 2 and 7 in phase 3; NMS's 16 (2017 study): 3 in phase 2, 7 in
        // phase 3, 6 in phase 4 -> all: phase 2 8 of 28, phase 3 14 of 28, phase 4 only from NMS: suppressed
        assertThat($(Paragraph.class).id("comparison-phases-counted").getText())
                .isEqualTo("16 av 16 kluster har en fastställd självskattning och räknas i regionens andelar.");
        assertThat(text("comparison-phases-2")).contains("18,8\u00a0% (3 kluster)", "28,6\u00a0%");
        assertThat(text("comparison-phases-3")).contains("43,8\u00a0% (7 kluster)", "50,0\u00a0%");
        assertThat(text("comparison-labels-NONE")).contains("100,0\u00a0% (16 kluster)", "89,3\u00a0%");
        String phases = text("comparison-phases");
        assertThat(phases).contains("Fas 2 – Klusterbildning", "Fas 3 – Konsolidering och utveckling",
                "Er region", "Alla deltagande regioner");
        assertThat(text("comparison-phases-4")).contains("37,5\u00a0% (6 kluster)", "för få för att visa");
        assertThat(text("comparison-labels-GOLD")).contains("för få för att visa");   // 3 Gold labels of 3 regions
        assertThat(text("comparison-funding-MEDIAN")).contains("för få för att visa"); // no funding planned
        assertThat(text("comparison-dimensions-S")).contains("Strategi");
        assertThat(page()).doesNotContain("Norra Mellansverige", "Skåne", "Paper Province", fixtures.run());
        assertThat(fixtures.names()).allSatisfy(name -> assertThat(page()).doesNotContain(name));
        assertThat(view.participate.getParent()).as("a politician cannot opt in or out").isEmpty();
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void aShareOfOneAssessedClusterSaysItIsOneOfTheRegionsSixteen() {
        threeRegionsAndNorraMellansverigeTakePart();
        var view = navigate(ComparisonView.class);

        // as the page reads when only one of the region's clusters has a fixed self-assessment
        view.show(new se.klusterportalen.comparison.ComparisonPage(true, false, java.util.Optional.of(java.time.Instant.parse("2026-11-30T06:00:00Z")),
                java.util.Optional.of(4), java.util.List.of(new se.klusterportalen.comparison.ComparedFigure(
                        se.klusterportalen.comparison.Metric.OVERALL_PHASE, "1", new java.math.BigDecimal("100.0"), 1,
                        null, true))));

        assertThat($(Paragraph.class).id("comparison-phases-counted").getText())
                .isEqualTo("1 av 16 kluster har en fastställd självskattning och räknas i regionens andelar.");
        assertThat(text("comparison-phases-1")).contains("100,0\u00a0% (1 kluster)");
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void aPoliticianOfARegionThatDoesNotTakePartIsToldWhomToAsk() {
        fixtures.onlyTakingPart();

        navigate(ComparisonView.class);

        assertThat($(Paragraph.class).id("comparison-status").getText())
                .isEqualTo("Din region deltar inte i jämförelsen.");
        assertThat($(Paragraph.class).id("comparison-ask").getText())
                .isEqualTo("Be regionens programhandläggare att anmäla regionen till jämförelsen.");
        assertThat(page()).doesNotContain("Fas 2", "%");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anOfficerOptsTheRegionInFromThePage() {
        fixtures.onlyTakingPart();
        var view = navigate(ComparisonView.class);
        assertThat(view.participate.getText()).isEqualTo("Delta i jämförelsen");

        test(view.participate).click();

        assertThat(page()).contains("Din region deltar i jämförelsen.");
        assertThat(view.participate.getText()).isEqualTo("Avsluta deltagandet");
    }
}
