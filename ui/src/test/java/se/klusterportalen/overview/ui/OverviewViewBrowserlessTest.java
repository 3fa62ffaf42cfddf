package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.MessagesI18NProvider;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class OverviewViewBrowserlessTest extends SignedInBrowserlessTest {

    private String figure(String id) {
        return $(Div.class).id(id).getElement().getChild(0).getText();
    }

    @Test
    void skaneHasNineActiveClustersAndOneBeingSetUp() {
        login.as(SKANE_POLITICIAN);
        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("10");
        assertThat(figure("overview-active")).isEqualTo("9");
        assertThat(figure("overview-being-set-up")).isEqualTo("1");
        assertThat(figure("overview-closed")).isEqualTo("0");
    }

    @Test
    void norraMellansverigeCountsItsOwnSixteen() {
        login.as(NMS_OFFICER);
        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("16");
        assertThat(figure("overview-active")).isEqualTo("16");
    }

    @Autowired se.klusterportalen.funding.FundingService funding;
    @Autowired se.klusterportalen.programme.ProgrammeService programmes;
    @Autowired se.klusterportalen.label.LabelService labels;
    @Autowired se.klusterportalen.cluster.ClusterService clusters;

    private String caption(String id) {
        return $(Div.class).id(id).getElement().getChild(1).getText();
    }

    @Test
    void thePoliticianSeesGoalsMoneyOfTheProgrammesLastYearAndLabels() {
        login.as(SKANE_POLITICIAN);
        navigate(OverviewView.class);
        var programme = programmes.list().getFirst();
        var money = funding.programmeFunding(programme.id());

        assertThat(text("overview-programme")).startsWith("Mål – Klusterutvecklingsprogram 2017–2021");
        assertThat(Integer.parseInt(figure("overview-goals-MISSED"))).isPositive();
        assertThat(caption("overview-milestones-overdue")).isEqualTo("Försenade milstolpar");
        // today (2026) is after the period, so its last year is shown
        assertThat(caption("overview-funding-cost")).isEqualTo("Regionens kostnad 2021, plan");
        assertThat(figure("overview-funding-cost")).isEqualTo(Formats.mnkr(
                money.mixPerYear(se.klusterportalen.funding.Basis.PLANNED).get(2021).regional(), MessagesI18NProvider.SWEDISH));
        assertThat(figure("overview-funding-share")).endsWith("%");
        assertThat(caption("overview-funding-leverage")).isEqualTo("Hävstång 2017–2021 (kr per regional krona)");
        // other tests in this JVM change plans, so the count is the programme's own, at least the 2021 arena one
        assertThat(figure("overview-funding-envelopes")).isEqualTo(Integer.toString(money.envelopeWarnings().size()));
        assertThat(money.envelopeWarnings()).isNotEmpty();
        var ids = clusters.list().stream().map(se.klusterportalen.cluster.ClusterSummary::id).toList();
        long gold = labels.currentLabels(ids).values().stream()
                .filter(label -> label.level() == se.klusterportalen.label.LabelLevel.GOLD).count();
        assertThat(figure("overview-labels-GOLD")).isEqualTo(Long.toString(gold));
        assertThat(Integer.parseInt(figure("overview-labels-GOLD")) + Integer.parseInt(figure("overview-labels-SILVER"))
                + Integer.parseInt(figure("overview-labels-BRONZE")) + Integer.parseInt(figure("overview-labels-none")))
                .isEqualTo(10);
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }
}
