package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class OverviewViewBrowserlessTest extends SignedInBrowserlessTest {

    private String figure(String id) {
        return $(Div.class).id(id).getElement().getChild(0).getText();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void skaneHasNineActiveClustersAndOneBeingSetUp() {
        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("10");
        assertThat(figure("overview-active")).isEqualTo("9");
        assertThat(figure("overview-being-set-up")).isEqualTo("1");
        assertThat(figure("overview-closed")).isEqualTo("0");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aClusterTheOfficerAddsCountsAsActive() {
        clusters.create("Testkluster översikt");

        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("11");
        assertThat(figure("overview-active")).isEqualTo("10");
        assertThat(figure("overview-being-set-up")).isEqualTo("1");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void thePoliticianDownloadsTheRegionReportInSwedishOrEnglish() {
        navigate(OverviewView.class);

        var swedish = $(com.vaadin.flow.component.html.Anchor.class).id("report-region-sv");
        var english = $(com.vaadin.flow.component.html.Anchor.class).id("report-region-en");
        assertThat(swedish.getElement().getTextRecursively()).contains("Regionrapport (PDF)");
        assertThat(swedish.getHref()).isNotBlank();
        assertThat(swedish.getElement().hasAttribute("download")).isTrue();
        assertThat(english.getElement().getTextRecursively()).contains("Regionrapport på engelska (PDF)");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void norraMellansverigeCountsItsOwnSixteen() {
        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("16");
        assertThat(figure("overview-active")).isEqualTo("16");
    }

    @Autowired ClusterFixtures clusters;

    private String caption(String id) {
        return $(Div.class).id(id).getElement().getChild(1).getText();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void thePoliticianSeesGoalsMoneyOfTheProgrammesLastYearAndLabels() {
        navigate(OverviewView.class);

        assertThat(text("overview-programme")).startsWith("Mål – Klusterutvecklingsprogram 2017–2021");
        assertThat(figure("overview-goals-MISSED")).isEqualTo("5");
        assertThat(caption("overview-milestones-overdue")).isEqualTo("Försenade milstolpar");
        // today (2026) is after the period, so its last year is shown
        assertThat(caption("overview-funding-cost")).isEqualTo("Regionens kostnad 2021, plan");
        assertThat(figure("overview-funding-cost")).isEqualTo("17,2\u00a0mnkr"); // the demo plans' regional sum for 2021
        assertThat(figure("overview-funding-share")).endsWith("%");
        assertThat(caption("overview-funding-leverage")).isEqualTo("Hävstång 2017–2021 (kr per regional krona)");
        assertThat(figure("overview-funding-envelopes")).isEqualTo("1"); // the arena envelope of 2021
        assertThat(figure("overview-labels-GOLD")).isEqualTo("2");
        assertThat(Integer.parseInt(figure("overview-labels-GOLD")) + Integer.parseInt(figure("overview-labels-SILVER"))
                + Integer.parseInt(figure("overview-labels-BRONZE")) + Integer.parseInt(figure("overview-labels-none")))
                .isEqualTo(10);
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }
}
