package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingAmountValue;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.FundingStreamSummary;
import se.klusterportalen.funding.StandardStream;
import se.klusterportalen.funding.StreamYear;
import se.klusterportalen.funding.TaperingShape;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;

import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@SignedInAs(SKANE_OFFICER)
class ClusterFundingViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired ProgrammeService programmes;
    @Autowired ClusterService clusters;
    @Autowired FundingService funding;
    @Autowired FundingClusterSection section;

    private ClusterFundingView open(String user, String cluster) {
        login.as(user);
        ProgrammeId programme = programmes.list().getFirst().id();
        ClusterId id = clusters.list().stream().filter(c -> c.name().equals(cluster)).findFirst().orElseThrow().id();
        return navigate(ClusterFundingView.path(programme, id), ClusterFundingView.class);
    }

    private static FundingStreamSummary stream(ClusterFundingPlan plan, StandardStream standard) {
        return plan.streams().stream().filter(s -> s.standard().equals(Optional.of(standard))).findFirst().orElseThrow();
    }

    /** A data cell's text, as the browser shows it: the table to read is one element with its markup (issue #19). */
    private static String cellText(NativeTable table, String rowHeader, int dataCell) {
        var markup = org.jsoup.Jsoup.parse("<table>" + table.getElement().getProperty("innerHTML") + "</table>");
        return markup.select("tbody > tr").stream()
                .filter(row -> row.selectFirst("th").wholeText().startsWith(rowHeader))
                .findFirst().orElseThrow().select("td").get(dataCell).wholeText();
    }

    @Test
    void politicianReadsStreamsByYearWithPlanActualAndDifferenceInSwedishFormat() {
        var view = open(SKANE_POLITICIAN, "Media Evolution");
        var table = (NativeTable) view.panel.tableHolder.getChildren().findFirst().orElseThrow();

        assertThat(view.title.getText()).isEqualTo("Media Evolution");
        assertThat(cellText(table, "Regional basfinansiering", 0)).isEqualTo("3\u00a0200\u00a0000\u00a0kr");
        assertThat(cellText(table, "Regional basfinansiering", 1)).isEqualTo("3\u00a0200\u00a0000\u00a0kr");
        assertThat(cellText(table, "Regional basfinansiering", 2)).isEqualTo("0\u00a0kr");
        assertThat(cellText(table, "Regional basfinansiering", 12)).isEqualTo("1\u00a0000\u00a0000\u00a0kr");
        assertThat(cellText(table, "Regional basfinansiering", 13)).isEmpty(); // 2021 not reported
        assertThat(cellText(table, "Regional basfinansiering", 14)).isEmpty();
        assertThat(view.panel.chart.getElement().getProperty("innerHTML", "")).contains("class=\"bar planned regional\"", "mnkr");
        assertThat(view.panel.summary.getText()).contains("Nedtrappning 2017–2021", "1\u00a0000\u00a0000\u00a0kr", "linjär");
        assertThat(view.panel.warnings.isVisible()).isFalse();
        assertThat($(Button.class, view).all()).extracting(Button::getText).containsExactly("Vad händer om…");
        assertThat($(TextField.class, view).all()).isEmpty();
    }

    @Test
    void clusterManagerReadsButCannotEditEither() {
        var view = open(SKANE_MANAGER, "Mobile Heights");

        assertThat(view.panel.edit.isVisible()).isFalse();
        test(view.panel.tapering).click();
        var dialog = $(TaperingDialog.class).single();
        assertThat(dialog.save.isVisible()).isFalse();
    }

    @Test
    void officerEditsAnAmountAndSavesIt() {
        var view = open(SKANE_OFFICER, "Sustainable Business Hub");
        var fees = stream(view.panel.plan, StandardStream.MEMBER_FEES);
        test(view.panel.edit).click();

        TextField field = view.panel.plannedFields.get(new StreamYear(fees.id(), 2021));
        test(field).setValue("1 234 000");
        test(view.panel.save).click();

        assertThat(view.panel.editing).isFalse();
        assertThat(view.panel.plan.planned(fees.id(), 2021)).isEqualTo(1_234_000);
        assertThat(funding.clusterPlan(view.panel.plan.programme(), view.panel.plan.cluster()).planned(fees.id(), 2021))
                .isEqualTo(1_234_000);
    }

    @Test
    void anUnreadableAmountIsMarkedAndNothingIsSaved() {
        var view = open(SKANE_OFFICER, "Sustainable Business Hub");
        long version = view.panel.plan.version();
        var base = stream(view.panel.plan, StandardStream.REGION_BASE);
        test(view.panel.edit).click();

        TextField field = view.panel.actualFields.get(new StreamYear(base.id(), 2018));
        test(field).setValue("12abc");
        test(view.panel.save).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Ange hela kronor, t.ex. 1 250 000.");
        assertThat(view.panel.editing).isTrue();
        assertThat(funding.clusterPlan(view.panel.plan.programme(), view.panel.plan.cluster()).version()).isEqualTo(version);
    }

    @Test
    void aSaveAfterSomeoneElsesSaveIsRefusedWithAnExplanationAndAReload() {
        var view = open(SKANE_OFFICER, "Packbridge");
        ClusterFundingPlan loaded = view.panel.plan;
        var fees = stream(loaded, StandardStream.MEMBER_FEES);
        var others = new ArrayList<>(loaded.amounts().stream()
                .filter(a -> !(a.stream().equals(fees.id()) && a.year() == 2020)).toList());
        others.add(new FundingAmountValue(fees.id(), 2020, 999_000, OptionalLong.empty()));
        funding.savePlan(loaded.programme(), loaded.cluster(), loaded.version(), others, loaded.tapering());

        test(view.panel.edit).click();
        test(view.panel.plannedFields.get(new StreamYear(fees.id(), 2020))).setValue("1 500 000");
        test(view.panel.save).click();

        assertThat(view.panel.message.getElement().getTextRecursively()).contains("Någon annan har sparat");
        assertThat(funding.clusterPlan(loaded.programme(), loaded.cluster()).planned(fees.id(), 2020)).isEqualTo(999_000);
        test($(Button.class).id("funding-reload")).click();
        assertThat(view.panel.plan.planned(fees.id(), 2020)).isEqualTo(999_000);
        assertThat(view.panel.editing).isFalse();
    }

    @Test
    void whatIfShowsTheEffectOfAHigherFloorWithoutSaving() {
        var view = open(SKANE_OFFICER, "Livsmedelsakademin");
        long version = view.panel.plan.version();
        test(view.panel.tapering).click();
        var dialog = $(TaperingDialog.class).single();

        test(dialog.floor).setValue("1 500 000");
        test(dialog.calculate).click();

        assertThat(dialog.proposalFields).containsOnlyKeys(2017, 2018, 2019, 2020, 2021);
        assertThat(dialog.proposalFields.get(2021).getValue()).isEqualTo("1\u00a0500\u00a0000");
        assertThat(dialog.step.getText()).isEqualTo("Minskar med 275\u00a0000\u00a0kr per år.");
        // base 2,6 → 1,5 mnkr instead of 2,6 → 1,0: 2 175 000, 1 750 000 ... in thousands, 1 250 000 kr more in total
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("tapering-cost-change").getText())
                .isEqualTo("Regionen betalar 1\u00a0250\u00a0000\u00a0kr mer över perioden än med den sparade planen.");
        assertThat(funding.clusterPlan(view.panel.plan.programme(), view.panel.plan.cluster()).version()).isEqualTo(version);
    }

    @Test
    void aFloorAboveTheStartIsShownAtTheFloorField() {
        var view = open(SKANE_OFFICER, "Livsmedelsakademin");
        test(view.panel.tapering).click();
        var dialog = $(TaperingDialog.class).single();

        test(dialog.floor).setValue("9 000 000");
        test(dialog.calculate).click();

        assertThat(dialog.floor.isInvalid()).isTrue();
        assertThat(dialog.floor.getErrorMessage()).isEqualTo("Golvet är högre än startbeloppet.");
        assertThat(dialog.save.isEnabled()).isFalse();
    }

    @Test
    void anUnreadableStartAmountIsShownAtItsFieldAndAnEndBeforeTheStartAtTheEndYear() {
        var view = open(SKANE_OFFICER, "Livsmedelsakademin");
        test(view.panel.tapering).click();
        var dialog = $(TaperingDialog.class).single();

        test(dialog.startAmount).setValue("1,5");
        test(dialog.calculate).click();

        assertThat(dialog.startAmount.isInvalid()).isTrue();
        assertThat(dialog.startAmount.getErrorMessage()).isEqualTo("Ange hela kronor, utan ören.");
        assertThat(dialog.floor.isInvalid()).isFalse();

        test(dialog.startAmount).setValue("3 000 000");
        dialog.startYear.setValue(2020);
        dialog.endYear.setValue(2018);
        test(dialog.calculate).click();

        assertThat(dialog.startAmount.isInvalid()).isFalse();
        assertThat(dialog.endYear.isInvalid()).isTrue();
        assertThat(dialog.endYear.getErrorMessage()).isEqualTo("Slutåret ligger före startåret.");
        assertThat(dialog.save.isEnabled()).isFalse();
    }

    @Test
    void officerSavesAnAdjustedPercentageTaperingAndSeesWarningsForTheYearTheyRaised() {
        var view = open(SKANE_OFFICER, "Svenskt Marintekniskt Forum");
        test(view.panel.tapering).click();
        var dialog = $(TaperingDialog.class).single();
        dialog.shape.setValue(TaperingShape.EQUAL_PERCENTAGE);
        test(dialog.calculate).click();
        test(dialog.proposalFields.get(2020)).setValue("1 900 000");
        test(dialog.save).click();

        assertThat(view.panel.plan.tapering().orElseThrow().shape()).isEqualTo(TaperingShape.EQUAL_PERCENTAGE);
        assertThat(view.panel.summary.getText()).contains("lika procentsteg");
        assertThat(view.panel.warnings.isVisible()).isTrue();
        assertThat(view.panel.warnings.getElement().getTextRecursively())
                .contains("2020: den regionala basfinansieringen ökar till 1\u00a0900\u00a0000\u00a0kr");
    }

    @Test
    void aPlanAboveTheFloorInTheEndYearSaysItShouldHaveTaperedDownAndByHowMuch() {
        var view = open(SKANE_OFFICER, "Svenskt Marintekniskt Forum");
        test(view.panel.tapering).click();
        var dialog = $(TaperingDialog.class).single();
        test(dialog.calculate).click();
        test(dialog.proposalFields.get(2021)).setValue("1 250 000");
        test(dialog.save).click();

        assertThat(view.panel.warnings.isVisible()).isTrue();
        assertThat(view.panel.warnings.getElement().getTextRecursively())
                .contains("2021: den regionala basfinansieringen ska ha trappats ned till golvet 1\u00a0000\u00a0000\u00a0kr"
                        + " men planen är 1\u00a0250\u00a0000\u00a0kr (250\u00a0000\u00a0kr över golvet).")
                .doesNotContain("inte nått");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void theClusterPageSectionShowsThePlanForOfficersOnly() {
        ClusterId id = clusters.list().stream().filter(c -> c.name().equals("Media Evolution")).findFirst().orElseThrow().id();
        assertThat(section.visible()).isTrue();
        assertThat(section.titleKey()).isEqualTo("funding.section.title");

        var rendered = section.render(id.value());
        var panel = (ClusterFundingPanel) rendered.getChildren().filter(ClusterFundingPanel.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(panel.plan.clusterName()).isEqualTo("Media Evolution");
        assertThat(panel.edit.isVisible()).isFalse();

        login.logout();
        assertThat(section.visible()).isFalse();
    }
}
