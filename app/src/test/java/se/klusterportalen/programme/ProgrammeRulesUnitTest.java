package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;
import se.klusterportalen.label.LabelLevel;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import se.klusterportalen.rejection.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Programmes, goals and milestones refuse the changes their rules forbid, each with the field and reason. */
class ProgrammeRulesUnitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final ProgrammeId PROGRAMME = new ProgrammeId(UUID.randomUUID());

    static String refusal(Runnable step) {
        var thrown = catchThrowableOfType(Rejection.Invalid.class, step::run);
        assertThat(thrown).as("refused").isNotNull();
        return thrown.errors().getFirst().field() + ": " + thrown.getMessage();
    }

    // ---- programme ----

    @Test
    void aProgrammeEndingBeforeItStartsIsRefused() {
        assertThat(refusal(() -> new Programme(UUID.randomUUID(), "Klusterprogram 2027–2030", 2030, 2027)))
                .isEqualTo("period: programme.period.invalid");
    }

    @Test
    void aProgrammeOutside1990To2100IsRefused() {
        assertThat(refusal(() -> new Programme(UUID.randomUUID(), "Gammalt", 1989, 1995))).isEqualTo("period: programme.period.invalid");
        assertThat(refusal(() -> new Programme(UUID.randomUUID(), "Framtid", 2095, 2101))).isEqualTo("period: programme.period.invalid");
    }

    @Test
    void aProgrammeIsNotRenamedToBlankOrTooLong() {
        var programme = new Programme(UUID.randomUUID(), " Klusterprogram 2027–2030 ", 2027, 2030);
        assertThat(refusal(() -> programme.rename("   "))).isEqualTo("name: programme.name.invalid");
        assertThat(refusal(() -> programme.rename("x".repeat(201)))).isEqualTo("name: programme.name.invalid");
        assertThat(programme.toSummary().name()).isEqualTo("Klusterprogram 2027–2030");
    }

    // ---- goals ----

    @Test
    void aRuleGoalIsNotJudgedByHand() {
        var goal = new ProgrammeGoal(UUID.randomUUID(), PROGRAMME, 1, GoalDefinition.eccpAll("Alla ECCP-registrerade",
                LocalDate.of(2028, 12, 31)));
        assertThat(refusal(() -> goal.judge(GoalStatus.ACHIEVED, null))).isEqualTo("status: programme.goal.status.rule");
        assertThat(goal.manualStatus()).isEqualTo(GoalStatus.NOT_ASSESSED);
    }

    @Test
    void aManualGoalIsNotJudgedWithoutAStatusOrAsNoData() {
        var goal = new ProgrammeGoal(UUID.randomUUID(), PROGRAMME, 1, GoalDefinition.manual("Regional samverkan",
                LocalDate.of(2028, 12, 31)));
        assertThat(refusal(() -> goal.judge(null, "x"))).isEqualTo("status: programme.goal.status.required");
        assertThat(refusal(() -> goal.judge(GoalStatus.NO_DATA, "x"))).isEqualTo("status: programme.goal.status.required");
        goal.judge(GoalStatus.ACHIEVED, "Avtal undertecknat");
        assertThat(goal.manualStatus()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(goal.statusComment()).isEqualTo("Avtal undertecknat");
    }

    @Test
    void aGoalKeepsItsKind() {
        var goal = new ProgrammeGoal(UUID.randomUUID(), PROGRAMME, 1, GoalDefinition.labelAtLeast("Tre med silver", 3, LabelLevel.SILVER,
                LocalDate.of(2028, 12, 31)));
        assertThat(refusal(() -> goal.define(GoalDefinition.manual("Tre med silver", LocalDate.of(2028, 12, 31)))))
                .isEqualTo("kind: programme.goal.kind.fixed");
        assertThat(goal.definition().kind()).isEqualTo(GoalKind.LABEL_AT_LEAST);
        assertThat(goal.definition().threshold()).isEqualTo(3L);
    }

    // ---- milestones ----

    static Milestone planned() {
        var milestone = new Milestone(UUID.randomUUID());
        milestone.apply(new MilestoneInput(PROGRAMME, null, "Tre strategidokument", LocalDate.of(2026, 12, 31), null,
                null, MilestoneStatus.PLANNED, null, null), LocalDate.of(2026, 12, 31), Optional.empty(), TODAY);
        return milestone;
    }

    @Test
    void aMilestoneIsNotDoneWithoutADoneDate() {
        var milestone = planned();
        assertThat(refusal(() -> milestone.updateStatus(MilestoneStatus.DONE, null, null, TODAY)))
                .isEqualTo("doneOn: programme.milestone.done-on.required");
        assertThat(milestone.toRecord(TODAY).status()).isEqualTo(MilestoneStatus.PLANNED);
    }

    @Test
    void aMilestoneIsNotDoneInTheFuture() {
        var milestone = planned();
        assertThat(refusal(() -> milestone.updateStatus(MilestoneStatus.DONE, TODAY.plusDays(1), null, TODAY)))
                .isEqualTo("doneOn: programme.milestone.done-on.future");
        milestone.updateStatus(MilestoneStatus.DONE, TODAY, "Klart", TODAY);
        assertThat(milestone.toRecord(TODAY).doneOn()).contains(TODAY);
    }

    @Test
    void anOpenMilestoneHasNoDoneDate() {
        var milestone = planned();
        assertThat(refusal(() -> milestone.updateStatus(MilestoneStatus.DELAYED, TODAY, null, TODAY)))
                .isEqualTo("doneOn: programme.milestone.done-on.not-done");
        assertThat(refusal(() -> milestone.updateStatus(null, null, null, TODAY)))
                .isEqualTo("status: programme.milestone.status.required");
        assertThat(milestone.toRecord(TODAY).status()).isEqualTo(MilestoneStatus.PLANNED);
    }

    @Test
    void aNewMilestoneFollowsTheSameStatusRules() {
        var milestone = new Milestone(UUID.randomUUID());
        assertThat(refusal(() -> milestone.apply(new MilestoneInput(PROGRAMME, null, "Rapport", TODAY, null, null,
                MilestoneStatus.DONE, null, null), TODAY, Optional.empty(), TODAY)))
                .isEqualTo("doneOn: programme.milestone.done-on.required");
    }
}
