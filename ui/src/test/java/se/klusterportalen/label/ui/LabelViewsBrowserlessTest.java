package se.klusterportalen.label.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.label.LabelInput;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class LabelViewsBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired ClusterService clusters;
    @Autowired LabelService labels;
    @Autowired LabelClusterSection section;
    @Autowired CurrentLabelColumn column;
    @Autowired Clock clock;

    ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).map(ClusterSummary::id).findFirst()
                .orElseThrow();
    }

    /** The cluster page is another feature's; the section is shown on a page of this feature instead. */
    LabelPanel renderSection(ClusterId cluster) {
        navigate("labels/gold/" + cluster, GoldPreassessmentView.class);
        var panel = (LabelPanel) section.render(cluster.value());
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void goldPreassessmentShowsReadinessAndGapsToTheManagerWhoMayRate() {
        var view = navigate("labels/gold/" + cluster("Mobile Heights"), GoldPreassessmentView.class);

        assertThat(view.title.getText()).isEqualTo("Förbedömning inför guldmärkning: Mobile Heights");
        assertThat(view.readiness.getText()).isEqualTo("Beredskap 90 % (28 av 31 uppfyllda)");
        assertThat(test(view.indicators).size()).isEqualTo(31);
        assertThat($(ListItem.class, view.gaps).all()).extracting(ListItem::getText).containsExactly(
                "3.1 Utsikter för de finansiella resurserna – Delvis: Åtgärd planerad inför auditen",
                "3.2 Andel resurser från privata källor – Delvis: Åtgärd planerad inför auditen",
                "5.3 Mätning av kund- och deltagarnöjdhet – Inte uppfylld: Åtgärd planerad inför auditen");
        assertThat(view.indicators.getColumns()).hasSize(5); // the fifth holds the rate buttons
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void politiciansReadThePreassessmentButCannotRate() {
        var view = navigate("labels/gold/" + cluster("Mobile Heights"), GoldPreassessmentView.class);

        assertThat(test(view.indicators).size()).isEqualTo(31);
        assertThat(view.indicators.getColumns()).hasSize(4);
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void theSectionShowsCurrentLabelHistoryAndAnExpiryWarning() {
        var visit = cluster("Visit Värmland");
        LocalDate today = LocalDate.now(clock);
        labels.addLabel(visit, new LabelInput(LabelLevel.SILVER, today.minusDays(700), today.plusDays(30), null,
                "ESCA-TEST"));
        labels.addLabel(visit, new LabelInput(LabelLevel.BRONZE, today.minusYears(4), null, null, null));
        var panel = renderSection(visit);

        assertThat(panel.current.getElement().getTextRecursively()).contains("Silver", "giltig t.o.m. " + today.plusDays(30));
        assertThat(panel.warnings.getElement().getTextRecursively()).isEqualTo("Silver-märkningen går ut " + today.plusDays(30)
                + " (om 30 dagar)");
        assertThat(test(panel.history).size()).isEqualTo(2);
        assertThat(test(panel.history).getCellText(1, 0)).isEqualTo("Brons");
        assertThat(column.values(List.of(visit.value()))).containsEntry(visit.value(),
                "Silver t.o.m. " + today.plusDays(30));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theAddDialogShowsTheGoldRuleNextToTheScoreAndSavesNothing() {
        var resilient = cluster("Resilient Regions Association");
        var panel = renderSection(resilient);
        int before = test(panel.history).size();

        test(panel.addLabel).click();
        var dialog = $(LabelDialog.class).first();
        test(dialog.level).selectItem("Guld");
        test(dialog.assessedOn).setValue(LocalDate.now(clock).minusDays(5));
        test(dialog.score).setValue(75);
        test(dialog.save).click();

        assertThat(dialog.score.isInvalid()).isTrue();
        assertThat(dialog.score.getErrorMessage()).isEqualTo("Guld kräver minst 80 %.");
        assertThat(labels.clusterLabels(resilient).history()).hasSize(before);
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void politiciansSeeTheSectionWithoutEditButtons() {
        var panel = renderSection(cluster("Media Evolution"));

        assertThat(panel.addLabel.isAttached()).isFalse();
        assertThat(test(panel.history).size()).isEqualTo(5);
        assertThat(panel.goldPreassessment.getHref()).startsWith("labels/gold/");
    }
}
