package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
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
    void theListShowsTheRegionsProgrammeOnly() {
        login.as(SKANE_POLITICIAN);
        var view = navigate(ProgrammeListView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Klusterutvecklingsprogram 2017–2021");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("2017–2021");
    }

    @Test
    void skanesGoalsShowStatusFigureAndTheClustersFallingShort() {
        login.as(SKANE_POLITICIAN);
        var view = open("2017–2021");
        var cards = cards(view);

        assertThat(cards).hasSizeGreaterThanOrEqualTo(11);
        var fiveGold = cards.getFirst();
        assertThat(fiveGold.status.getText()).isEqualTo("Missat");
        assertThat(fiveGold.figure.getText())
                .isEqualTo("3 av 5 kluster har giltig märkning Guld eller högre per 2021-12-31");
        assertThat(text(fiveGold.shortfalls)).contains("Mobile Heights (Silver)",
                "Besöksnäringsklustret Skåne (ingen giltig märkning)").doesNotContain("Media Evolution");
        var funding = cards.get(10);
        // judged from the funding plans, which other tests in this JVM may change
        assertThat(funding.status.getText()).isIn("Uppnått", "Missat");
        assertThat(funding.figure.getText()).startsWith("Högsta regionala basfinansiering").contains("(2021)");
        assertThat(text(view.statusCounts)).contains("Missat: ", "Uppnått: ");
        assertThat($(Button.class, view.goals).all()).noneMatch(b -> b.getText().equals("Bedöm"));
    }

    @Test
    void officersJudgeAManualGoalInADialog() {
        login.as(SKANE_OFFICER);
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
    void milestonesFilterByStatusAndOverdueAndTheTimelineFollows() {
        login.as(NMS_OFFICER);
        var view = open("Norra Mellansverige");
        var panel = view.milestones;
        int all = test(panel.grid).size();
        assertThat(all).isGreaterThanOrEqualTo(15);
        assertThat(panel.timeline.markers).hasSize(all);

        test(panel.overdueOnly).click();
        int overdue = test(panel.grid).size();
        assertThat(overdue).isBetween(2, all - 1);
        for (int row = 0; row < overdue; row++) {
            assertThat(test(panel.grid).getRow(row).isOverdue()).isTrue();
            assertThat(((Span) test(panel.grid).getCellComponent(row, 6)).getText()).matches("[\\d\\u00a0 ]+ dagar sen");
        }
        assertThat(panel.timeline.markers).hasSize(overdue);

        test(panel.overdueOnly).click();
        test(panel.statusFilter).selectItem("Klar");
        assertThat(test(panel.grid).size()).isBetween(1, all - overdue);
        assertThat(panel.count.getText()).endsWith("av " + all);
        test(panel.search).setValue("paper province");
        assertThat(test(panel.grid).size()).isZero();
    }

    @Test
    void aManagerMayChangeOnlyTheirOwnClustersMilestones() {
        login.as(NMS_MANAGER);
        var view = open("Norra Mellansverige");
        var grid = test(view.milestones.grid);

        var editable = new java.util.ArrayList<Button>();
        for (int row = 0; row < grid.size(); row++) {
            boolean own = grid.getCellText(row, 2).equals("Paper Province");
            var cell = grid.getCellComponent(row, 7);
            assertThat(cell instanceof Button).as(grid.getRow(row).title()).isEqualTo(own);
            if (own) {
                editable.add((Button) cell);
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
}
