package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;
import se.klusterportalen.cluster.ClusterFacts;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.label.LabelGoalRecord;
import se.klusterportalen.label.LabelId;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelPortfolio;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.programme.GoalEvaluation.Figure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.label.LabelLevel.BRONZE;
import static se.klusterportalen.label.LabelLevel.GOLD;
import static se.klusterportalen.label.LabelLevel.SILVER;
import static se.klusterportalen.programme.GoalStatus.ACHIEVED;
import static se.klusterportalen.programme.GoalStatus.AT_RISK;
import static se.klusterportalen.programme.GoalStatus.MISSED;
import static se.klusterportalen.programme.GoalStatus.NO_DATA;
import static se.klusterportalen.programme.GoalStatus.ON_TRACK;

/** Every rule goal kind with clusters that meet it and clusters that miss it. */
class GoalRulesUnitTest {

    static final LocalDate DEADLINE = LocalDate.of(2021, 12, 31);
    static final LocalDate EARLY = LocalDate.of(2019, 6, 1);      // more than a year left
    static final LocalDate LATE = LocalDate.of(2021, 6, 1);       // less than a year left
    static final LocalDate AFTER = LocalDate.of(2026, 11, 23);    // deadline passed

    final Map<ClusterId, List<LabelRecord>> labels = new HashMap<>();
    final Map<ClusterId, LabelGoalRecord> labelGoals = new HashMap<>();

    static ClusterFacts cluster(String name, Integer members, Integer previousMembers, boolean eccp, boolean plan) {
        return new ClusterFacts(new ClusterId(UUID.randomUUID()), name, ClusterStatus.ACTIVE,
                Optional.ofNullable(members), Optional.ofNullable(previousMembers), eccp, plan);
    }

    static ClusterFacts cluster(String name) {
        return cluster(name, null, null, false, false);
    }

    void award(ClusterFacts cluster, LabelLevel level, LocalDate assessedOn) {
        labels.computeIfAbsent(cluster.id(), id -> new java.util.ArrayList<>()).add(new LabelRecord(
                new LabelId(UUID.randomUUID()), cluster.id(), level, assessedOn, assessedOn.plusYears(2),
                Optional.empty(), null, 0));
    }

    GoalRules.Outcome evaluate(GoalDefinition goal, LocalDate asOf, List<ClusterFacts> clusters) {
        return evaluate(goal, asOf, clusters, Optional.empty());
    }

    GoalRules.Outcome evaluate(GoalDefinition goal, LocalDate asOf, List<ClusterFacts> clusters,
                               Optional<Map<ClusterId, Long>> funding) {
        return GoalRules.evaluate(goal, asOf, new GoalRules.Inputs(clusters, new LabelPortfolio(labels, labelGoals),
                funding));
    }

    static List<String> shortNames(GoalRules.Outcome outcome) {
        return outcome.shortfalls().stream().map(Shortfall::clusterName).toList();
    }

    // --- at least N clusters with a valid label of at least level L by D

    @Test
    void atLeastNLabelledIsAchievedWhenEnoughHoldTheLevelOnTheDeadline() {
        var a = cluster("A");
        var b = cluster("B");
        var c = cluster("C");
        award(a, GOLD, LocalDate.of(2021, 3, 1));
        award(b, GOLD, LocalDate.of(2020, 6, 1));
        award(c, SILVER, LocalDate.of(2021, 1, 1));
        var goal = GoalDefinition.labelAtLeast("Två i guld", 2, GOLD, DEADLINE);

        var outcome = evaluate(goal, AFTER, List.of(a, b, c));

        assertThat(outcome.status()).isEqualTo(ACHIEVED);
        assertThat(outcome.judgedOn()).isEqualTo(DEADLINE);
        assertThat(outcome.figure()).contains(new Figure(2, 2, Figure.Unit.CLUSTERS));
    }

    @Test
    void atLeastNLabelledIsMissedWhenTooFewHeldItOnTheDeadlineEvenIfLaterOnesCame() {
        var a = cluster("A");
        var b = cluster("B");
        award(a, GOLD, LocalDate.of(2021, 3, 1));
        award(b, GOLD, LocalDate.of(2019, 6, 1)); // expired 2021-06-01
        award(b, GOLD, LocalDate.of(2023, 1, 1)); // too late for the goal
        var goal = GoalDefinition.labelAtLeast("Två i guld", 2, GOLD, DEADLINE);

        var outcome = evaluate(goal, AFTER, List.of(a, b));

        assertThat(outcome.status()).isEqualTo(MISSED);
        assertThat(outcome.figure()).contains(new Figure(1, 2, Figure.Unit.CLUSTERS));
        assertThat(shortNames(outcome)).containsExactly("B");
    }

    @Test
    void atLeastNLabelledIsOnTrackWhenLabelGoalsInTimeCoverTheGapAndAtRiskOtherwise() {
        var a = cluster("A");
        var b = cluster("B");
        var c = cluster("C");
        award(a, GOLD, LocalDate.of(2019, 1, 1));
        award(b, SILVER, LocalDate.of(2019, 1, 1));
        labelGoals.put(b.id(), new LabelGoalRecord(b.id(), GOLD, LocalDate.of(2021, 6, 30), 0));
        var twoGold = GoalDefinition.labelAtLeast("Två i guld", 2, GOLD, DEADLINE);
        var threeGold = GoalDefinition.labelAtLeast("Tre i guld", 3, GOLD, DEADLINE);

        var two = evaluate(twoGold, EARLY, List.of(a, b, c));
        var three = evaluate(threeGold, EARLY, List.of(a, b, c));

        assertThat(two.status()).isEqualTo(ON_TRACK);
        assertThat(two.shortfalls()).extracting(Shortfall::clusterName, Shortfall::label, Shortfall::improving)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", Optional.of(SILVER), true),
                        org.assertj.core.groups.Tuple.tuple("C", Optional.empty(), false));
        assertThat(three.status()).isEqualTo(AT_RISK);
    }

    // --- all clusters with a valid label of at least level L by D

    @Test
    void allLabelledCountsHigherLevelsAndNamesThoseBelow() {
        var gold = cluster("Guld");
        var silver = cluster("Silver");
        var bronze = cluster("Brons");
        award(gold, GOLD, LocalDate.of(2021, 1, 1));
        award(silver, SILVER, LocalDate.of(2021, 1, 1));
        award(bronze, BRONZE, LocalDate.of(2021, 1, 1));
        var goal = GoalDefinition.labelAll("Alla minst silver", SILVER, DEADLINE);

        var missed = evaluate(goal, AFTER, List.of(gold, silver, bronze));
        var achieved = evaluate(goal, AFTER, List.of(gold, silver));

        assertThat(missed.status()).isEqualTo(MISSED);
        assertThat(missed.figure()).contains(new Figure(2, 3, Figure.Unit.CLUSTERS));
        assertThat(missed.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.clusterName()).isEqualTo("Brons");
            assertThat(s.label()).contains(BRONZE);
        });
        assertThat(achieved.status()).isEqualTo(ACHIEVED);
        assertThat(achieved.shortfalls()).isEmpty();
    }

    @Test
    void allLabelledBeforeTheDeadlineWithoutPlansIsAtRisk() {
        var silver = cluster("Silver");
        var none = cluster("Utan");
        award(silver, SILVER, LocalDate.of(2019, 1, 1));

        var outcome = evaluate(GoalDefinition.labelAll("Alla minst silver", SILVER, DEADLINE), EARLY,
                List.of(silver, none));

        assertThat(outcome.status()).isEqualTo(AT_RISK);
        assertThat(outcome.judgedOn()).isEqualTo(EARLY);
    }

    // --- every cluster at least N members by D

    @Test
    void membersEachIsAchievedWhenEveryLatestCountReachesN() {
        var goal = GoalDefinition.membersEach("Minst 50", 50, DEADLINE);

        var outcome = evaluate(goal, LATE, List.of(cluster("A", 50, 40, false, false), cluster("B", 400, 380, false, false)));

        assertThat(outcome.status()).isEqualTo(ACHIEVED);
        assertThat(outcome.figure()).contains(new Figure(2, 2, Figure.Unit.CLUSTERS));
    }

    @Test
    void membersEachIsOnTrackWhenThoseShortAreGrowingAndAtRiskWhenOneIsNot() {
        var goal = GoalDefinition.membersEach("Minst 50", 50, DEADLINE);
        var big = cluster("Stor", 210, 200, false, false);
        var growing = cluster("Växer", 30, 22, false, false);
        var shrinking = cluster("Krymper", 45, 48, false, false);

        var onTrack = evaluate(goal, LATE, List.of(big, growing));
        var atRisk = evaluate(goal, LATE, List.of(big, growing, shrinking));

        assertThat(onTrack.status()).isEqualTo(ON_TRACK);
        assertThat(onTrack.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.figure()).contains(30L);
            assertThat(s.improving()).isTrue();
        });
        assertThat(atRisk.status()).isEqualTo(AT_RISK);
        assertThat(shortNames(atRisk)).containsExactly("Växer", "Krymper");
    }

    @Test
    void membersEachIsMissedAfterTheDeadlineAndAClusterWithoutCountFallsShort() {
        var goal = GoalDefinition.membersEach("Minst 50", 50, DEADLINE);

        var outcome = evaluate(goal, AFTER, List.of(cluster("Stor", 210, 200, false, false), cluster("Okänd")));

        assertThat(outcome.status()).isEqualTo(MISSED);
        assertThat(outcome.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.clusterName()).isEqualTo("Okänd");
            assertThat(s.figure()).isEmpty();
        });
    }

    @Test
    void membersEachHasNoDataWhenNoClusterReportedMembers() {
        var outcome = evaluate(GoalDefinition.membersEach("Minst 50", 50, DEADLINE), LATE,
                List.of(cluster("A"), cluster("B")));

        assertThat(outcome.status()).isEqualTo(NO_DATA);
        assertThat(outcome.figure()).isEmpty();
    }

    // --- all ECCP-registered / all with a communication plan by D

    @Test
    void eccpAllIsAchievedWhenAllAreRegisteredAndNamesTheOthersOtherwise() {
        var goal = GoalDefinition.eccpAll("Alla på ECCP", DEADLINE);
        var registered = cluster("Registrerad", null, null, true, false);
        var notRegistered = cluster("Oregistrerad", null, null, false, true);

        assertThat(evaluate(goal, LATE, List.of(registered)).status()).isEqualTo(ACHIEVED);
        assertThat(evaluate(goal, EARLY, List.of(registered, notRegistered)).status()).isEqualTo(ON_TRACK);
        assertThat(evaluate(goal, LATE, List.of(registered, notRegistered)).status()).isEqualTo(AT_RISK);
        var missed = evaluate(goal, AFTER, List.of(registered, notRegistered));
        assertThat(missed.status()).isEqualTo(MISSED);
        assertThat(missed.figure()).contains(new Figure(1, 2, Figure.Unit.CLUSTERS));
        assertThat(shortNames(missed)).containsExactly("Oregistrerad");
    }

    @Test
    void communicationPlanAllJudgesThePlanNotTheRegistration() {
        var goal = GoalDefinition.communicationPlanAll("Alla har kommunikationsplan", DEADLINE);
        var withPlan = cluster("Med plan", null, null, false, true);
        var withoutPlan = cluster("Utan plan", null, null, true, false);

        assertThat(evaluate(goal, AFTER, List.of(withPlan)).status()).isEqualTo(ACHIEVED);
        var missed = evaluate(goal, AFTER, List.of(withPlan, withoutPlan));
        assertThat(missed.status()).isEqualTo(MISSED);
        assertThat(shortNames(missed)).containsExactly("Utan plan");
    }

    // --- regional base funding per cluster at most X kr in year Y

    @Test
    void baseFundingHasNoDataWithoutFundingFigures() {
        var goal = GoalDefinition.baseFundingMax("Högst 1 MSEK", 1_000_000, 2021);

        var outcome = evaluate(goal, AFTER, List.of(cluster("A")));

        assertThat(outcome.status()).isEqualTo(NO_DATA);
        assertThat(goal.deadline()).isEqualTo(DEADLINE);
    }

    @Test
    void baseFundingWithinTheLimitIsAchievedAfterTheYearAndAboveItIsMissed() {
        var goal = GoalDefinition.baseFundingMax("Högst 1 MSEK", 1_000_000, 2021);
        var a = cluster("A");
        var b = cluster("B");

        var within = evaluate(goal, AFTER, List.of(a, b), Optional.of(Map.of(a.id(), 1_000_000L, b.id(), 800_000L)));
        var above = evaluate(goal, AFTER, List.of(a, b), Optional.of(Map.of(a.id(), 1_250_000L, b.id(), 800_000L)));
        var abovePlanned = evaluate(goal, LATE, List.of(a, b), Optional.of(Map.of(a.id(), 1_250_000L)));
        var withinPlanned = evaluate(goal, LATE, List.of(a, b), Optional.of(Map.of(a.id(), 900_000L)));

        assertThat(within.status()).isEqualTo(ACHIEVED);
        assertThat(within.figure()).contains(new Figure(1_000_000, 1_000_000, Figure.Unit.KRONOR));
        assertThat(above.status()).isEqualTo(MISSED);
        assertThat(above.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.clusterName()).isEqualTo("A");
            assertThat(s.figure()).contains(1_250_000L);
        });
        assertThat(abovePlanned.status()).isEqualTo(AT_RISK);
        assertThat(withinPlanned.status()).isEqualTo(ON_TRACK);
    }
}
