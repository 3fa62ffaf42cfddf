package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class ProgrammeViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired ProgrammeService programmes;

    ProgrammeView open(String nameFragment) {
        ProgrammeSummary programme = programmes.list().stream().filter(p -> p.name().contains(nameFragment))
                .findFirst().orElseThrow();
        return navigate("programmes/" + programme.id(), ProgrammeView.class);
    }

    static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    List<GoalCard> cards(ProgrammeView view) {
        return $(GoalCard.class, view.goals).all();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void theListShowsTheRegionsProgrammeOnly() {
        var view = navigate(ProgrammeListView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Klusterutvecklingsprogram 2017–2021");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("2017–2021");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void skanesGoalsShowStatusFigureAndTheClustersFallingShort() {
        var view = open("2017–2021");
        var cards = cards(view);

        assertThat(cards).hasSize(11);
        var fiveGold = cards.getFirst();
        assertThat(fiveGold.status.getText()).isEqualTo("Missat");
        assertThat(fiveGold.figure.getText())
                .isEqualTo("3 av 5 kluster har giltig märkning Guld eller högre per 2021-12-31");
        assertThat(text(fiveGold.shortfalls)).contains("Mobile Heights (Silver)",
                "Besöksnäringsklustret Skåne (ingen giltig märkning)").doesNotContain("Media Evolution");
        var funding = cards.get(10);
        // judged from the demo funding plans: the highest regional base in 2021 against 1 MSEK
        assertThat(funding.status.getText()).isEqualTo("Uppnått");
        assertThat(funding.figure.getText()).startsWith("Högsta regionala basfinansiering").contains("(2021)");
        assertThat(text(view.statusCounts)).isEqualTo("Uppnått: 2På väg: 1Missat: 5Ej bedömt: 3");
        assertThat($(Button.class, view.goals).all()).noneMatch(b -> b.getText().equals("Bedöm"));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officersJudgeAManualGoalInADialog() {
        var view = open("2017–2021");
        var manual = cards(view).stream().filter(card -> text(card).contains("hållbar produktion")).findFirst()
                .orElseThrow();
        assertThat(manual.status.getText()).isEqualTo("Ej bedömt");

        test($(Button.class, manual).all().stream().filter(b -> b.getText().equals("Bedöm")).findFirst().orElseThrow())
                .click();
        var dialog = $(JudgeGoalDialog.class).first();
        test(dialog.status).selectItem("På väg");
        test(dialog.comment).setValue("Sex av tio har miljöcertifiering");
        test(dialog.save).click();

        var updated = cards(view).stream().filter(card -> text(card).contains("hållbar produktion")).findFirst()
                .orElseThrow();
        assertThat(updated.status.getText()).isEqualTo("På väg");
        assertThat(text(updated)).contains("Sex av tio har miljöcertifiering");
        assertThat(programmes.goals(programmes.list().getFirst().id()).stream()
                .filter(g -> g.definition().title().contains("hållbar produktion")).findFirst().orElseThrow().status())
                .isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void milestonesFilterByStatusAndOverdueAndTheTimelineFollows() {
        var view = open("Norra Mellansverige");
        var panel = view.milestones;
        int all = test(panel.grid).size();
        assertThat(all).isEqualTo(15);
        assertThat(panel.timeline.markers).hasSize(all);

        test(panel.overdueOnly).click();
        int overdue = test(panel.grid).size();
        assertThat(overdue).isEqualTo(3);
        for (int row = 0; row < overdue; row++) {
            assertThat(test(panel.grid).getRow(row).isOverdue()).isTrue();
            assertThat(((Span) test(panel.grid).getCellComponent(row, 6)).getText()).matches("[\\d\\u00a0 ]+ dagar sen");
        }
        assertThat(panel.timeline.markers).hasSize(overdue);

        test(panel.overdueOnly).click();
        test(panel.statusFilter).selectItem("Klar");
        assertThat(test(panel.grid).size()).isEqualTo(12);
        assertThat(panel.count.getText()).endsWith("av " + all);
        test(panel.search).setValue("paper province");
        assertThat(test(panel.grid).size()).isZero();
    }

    @Test
    @SignedInAs(NMS_MANAGER)
    void aManagerMayChangeOnlyTheirOwnClustersMilestones() {
        var view = open("Norra Mellansverige");
        var grid = test(view.milestones.grid);

        var editable = new java.util.ArrayList<Button>();
        for (int row = 0; row < grid.size(); row++) {
            boolean own = grid.getCellText(row, 2).equals("Paper Province");
            var buttons = grid.getCellComponent(row, 7).getChildren().filter(Button.class::isInstance)
                    .map(Button.class::cast).toList();
            assertThat(buttons).as(grid.getRow(row).title()).hasSize(own ? 1 : 0);
            if (own) {
                assertThat(buttons.getFirst().getAriaLabel()).hasValue("Ändra status");
                editable.add(buttons.getFirst());
            }
        }
        assertThat(editable).isNotEmpty();
        assertThat($(Button.class, view).all()).noneMatch(b -> "milestone-add".equals(b.getId().orElse("")));

        editable.getFirst().click();
        var dialog = $(MilestoneStatusDialog.class).first();
        assertThat(dialog.getHeaderTitle()).startsWith("Paper Province");
        test(dialog.status).selectItem("Pågår");
        test(dialog.comment).setValue("Workshop bokad");
        test(dialog.save).click();

        assertThat(programmes.milestones(programmes.list().getFirst().id()).stream()
                .filter(m -> m.title().startsWith("Paper Province")).map(m -> m.status()))
                .contains(MilestoneStatus.IN_PROGRESS);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officersAddARuleGoalAndChangeItsThreshold() {
        var view = open("2017–2021");
        int before = cards(view).size();
        String title = "Minst 4 kluster med Silver " + java.util.UUID.randomUUID().toString().substring(0, 4);

        test($(Button.class).id("goal-add")).click();
        var dialog = $(GoalDialog.class).first();
        test(dialog.kind).selectItem("Minst N kluster med märkning");
        assertThat(dialog.level.isVisible()).isTrue();
        assertThat(dialog.fundingYear.isVisible()).isFalse();
        test(dialog.title).setValue(title);
        test(dialog.threshold).setValue("40");
        test(dialog.deadline).setValue(java.time.LocalDate.of(2020, 12, 31));
        test(dialog.save).click();
        assertThat(dialog.level.isInvalid()).isTrue();
        assertThat(dialog.level.getErrorMessage()).isEqualTo("Välj märkningsnivå.");

        test(dialog.level).selectItem("Silver");
        test(dialog.save).click();
        assertThat(dialog.threshold.isInvalid()).isTrue();
        assertThat(dialog.threshold.getErrorMessage()).isEqualTo("Programmet har inte så många kluster.");
        test(dialog.threshold).setValue("fyra");
        test(dialog.save).click();
        assertThat(dialog.threshold.isInvalid()).isTrue();
        assertThat(dialog.threshold.getErrorMessage()).isEqualTo("Ange ett heltal, t.ex. 3 eller 1 000 000.");
        test(dialog.threshold).setValue("4");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(cards(view)).hasSize(before + 1);
        var added = cards(view).stream().filter(card -> text(card).contains(title)).findFirst().orElseThrow();
        assertThat(added.figure.getText()).endsWith("Silver eller högre per 2020-12-31");

        test($(Button.class, added).all().stream().filter(b -> b.getText().equals("Ändra")).findFirst().orElseThrow())
                .click();
        var edit = $(GoalDialog.class).first();
        assertThat(edit.kind.isReadOnly()).isTrue();
        assertThat(edit.threshold.getValue()).isEqualTo("4");
        test(edit.threshold).setValue("2");
        test(edit.save).click();
        var changed = programmes.goals(programmes.list().getFirst().id()).stream()
                .filter(g -> g.definition().title().equals(title)).findFirst().orElseThrow();
        assertThat(changed.definition().threshold()).isEqualTo(2);
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void officersChangeAMilestonesDetails() {
        var view = open("Norra Mellansverige");
        var grid = test(view.milestones.grid);
        var milestone = grid.getRow(0);
        var edit = grid.getCellComponent(0, 7).getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getAriaLabel().filter("Ändra milstolpe"::equals).isPresent()).findFirst().orElseThrow();

        edit.click();
        var dialog = $(MilestoneDialog.class).first();
        assertThat(dialog.title.getValue()).isEqualTo(milestone.title());
        test(dialog.responsible).setValue("Nora Handläggare");
        test(dialog.save).click();

        assertThat(programmes.milestones(programmes.list().getFirst().id()).stream()
                .filter(m -> m.id().equals(milestone.id())).findFirst().orElseThrow().responsible())
                .isEqualTo("Nora Handläggare");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anOfficerCreatesAProgrammeWithTheRegionsClustersAndRenamesIt() {
        navigate(ProgrammeListView.class);
        test($(Button.class).id("programme-add")).click();
        var dialog = $(ProgrammeDialog.class).first();
        assertThat(dialog.clusters.getValue()).hasSize(16);
        test(dialog.name).setValue("Testprogram vy 2011–2012");
        test(dialog.startYear).setValue(2012);
        test(dialog.endYear).setValue(2011);
        test(dialog.save).click();
        assertThat(dialog.endYear.isInvalid()).isTrue();
        assertThat(dialog.endYear.getErrorMessage()).isEqualTo("Perioden är ogiltig.");

        test(dialog.startYear).setValue(2011);
        test(dialog.endYear).setValue(2012);
        test(dialog.save).click();

        var page = (ProgrammeView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo("Testprogram vy 2011–2012");
        assertThat(page.summary.getText()).startsWith("Period 2011–2012 · 16 kluster");
        test($(Button.class).id("programme-edit")).click();
        var edit = $(ProgrammeDialog.class).first();
        assertThat(edit.startYear.isReadOnly()).isTrue();
        test(edit.name).setValue("Testprogram vy, Dalarna 2011–2012");
        test(edit.save).click();
        assertThat(page.title.getText()).isEqualTo("Testprogram vy, Dalarna 2011–2012");

        var created = programmes.list().stream().filter(p -> p.name().startsWith("Testprogram vy")).findFirst()
                .orElseThrow();
        assertThat(created.years()).containsExactly(2011, 2012);
    }
}
