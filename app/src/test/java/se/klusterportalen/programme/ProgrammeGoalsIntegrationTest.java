package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.RealLogin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
@Transactional
class ProgrammeGoalsIntegrationTest {

    static final LocalDate END_OF_2021 = LocalDate.of(2021, 12, 31);

    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeFixtures fixtures;
    @Autowired AuditTrail audit;
    @Autowired se.klusterportalen.cluster.ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegionSql sql;


    ProgrammeSummary skane() {
        return programmes.list().stream().filter(p -> p.name().contains("2017–2021")).findFirst().orElseThrow();
    }

    GoalEvaluation goal(List<GoalEvaluation> goals, GoalKind kind) {
        return goals.stream().filter(g -> g.definition().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void skanesGoalsFromTheProgrammeDocumentAreEvaluatedFromTheLabels() {
        var goals = programmes.goals(skane().id());

        assertThat(goals).extracting(g -> g.definition().kind()).containsExactly(GoalKind.LABEL_AT_LEAST,
                GoalKind.LABEL_ALL, GoalKind.ECCP_ALL, GoalKind.COMMUNICATION_PLAN_ALL, GoalKind.MANUAL,
                GoalKind.MANUAL, GoalKind.MANUAL, GoalKind.MANUAL, GoalKind.MEMBERS_EACH, GoalKind.MANUAL,
                GoalKind.BASE_FUNDING_MAX);
        var fiveGold = goal(goals, GoalKind.LABEL_AT_LEAST);
        assertThat(fiveGold.status()).isEqualTo(GoalStatus.MISSED);
        assertThat(fiveGold.judgedOn()).isEqualTo(END_OF_2021);
        assertThat(fiveGold.figure()).contains(new GoalEvaluation.Figure(3, 5, GoalEvaluation.Figure.Unit.CLUSTERS));
        assertThat(fiveGold.shortfalls()).hasSize(7).extracting(Shortfall::clusterName)
                .contains("Mobile Heights", "Besöksnäringsklustret Skåne")
                .doesNotContain("Media Evolution", "Packbridge", "Medicon Valley Alliance");
        var restSilver = goal(goals, GoalKind.LABEL_ALL);
        assertThat(restSilver.figure()).contains(new GoalEvaluation.Figure(7, 10, GoalEvaluation.Figure.Unit.CLUSTERS));
        assertThat(restSilver.shortfalls()).extracting(Shortfall::clusterName).containsExactlyInAnyOrder(
                "Resilient Regions Association", "Svenskt Marintekniskt Forum", "Besöksnäringsklustret Skåne");
        // judged from the demo funding plans: the highest regional base funding in 2021 against 1 MSEK
        var baseFunding = goal(goals, GoalKind.BASE_FUNDING_MAX);
        assertThat(baseFunding.figure()).contains(new GoalEvaluation.Figure(1_000_000, 1_000_000, GoalEvaluation.Figure.Unit.KRONOR));
        assertThat(baseFunding.status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void onADateBeforeTheDeadlineTheSameGoalIsJudgedOnThatDate() {
        var goals = programmes.goalsOn(skane().id(), LocalDate.of(2020, 1, 15));

        var fiveGold = goal(goals, GoalKind.LABEL_AT_LEAST);
        assertThat(fiveGold.judgedOn()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(fiveGold.figure().orElseThrow().value()).isZero();
        assertThat(fiveGold.status()).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officersJudgeManualGoalsAndEveryChangeStaysInTheHistory() {
        var programme = fixtures.pastProgramme("Testprogram historik", List.of(clusters.list().getFirst().id())).id();
        var added = fixtures.manualGoal(programme, "Testmål: fler kvinnor i styrelserna", LocalDate.of(2002, 12, 31));
        var id = added.id();
        assertThat(added.status()).isEqualTo(GoalStatus.NOT_ASSESSED);
        audit.record();

        programmes.judgeGoal(id, GoalStatus.ON_TRACK, "Fyra av tio styrelser jämställda", added.version());
        audit.record();
        assertThatThrownBy(() -> programmes.judgeGoal(id, GoalStatus.MISSED, "Skrivs över?", added.version()))
                .isInstanceOf(Rejection.Stale.class);
        programmes.judgeGoal(id, GoalStatus.ACHIEVED, "Sju av tio", added.version() + 1);
        audit.record();

        var history = programmes.goalHistory(id);
        assertThat(history).extracting(GoalHistoryEntry::status)
                .containsExactly(GoalStatus.ACHIEVED, GoalStatus.ON_TRACK, GoalStatus.NOT_ASSESSED);
        assertThat(history.getFirst().username()).isEqualTo(SKANE_OFFICER);
        assertThat(history.getFirst().userDisplayName()).isEqualTo("Sara Handläggare");
        assertThat(history.getFirst().comment()).isEqualTo("Sju av tio");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void ruleGoalsAreNotJudgedByHand() {
        assertThatThrownBy(() -> programmes.judgeGoal(goal(programmes.goals(skane().id()), GoalKind.LABEL_ALL).id(),
                GoalStatus.ACHIEVED, null, 0)).isInstanceOf(Rejection.Invalid.class)
                .hasMessage("programme.goal.status.rule");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void ruleGoalsAreValidatedAndOnlyOfficersAddThem() {
        var programme = skane().id();
        assertThatThrownBy(() -> programmes.addGoal(programme,
                GoalDefinition.labelAtLeast("Elva i guld", 11, LabelLevel.GOLD, END_OF_2021)))
                .hasMessage("programme.goal.threshold.more-than-clusters");
        assertThatThrownBy(() -> programmes.addGoal(programme,
                new GoalDefinition(GoalKind.LABEL_ALL, "Alla", END_OF_2021, null, null, null)))
                .isInstanceOf(Rejection.Invalid.class).hasMessage("programme.goal.level.required");
        assertThatThrownBy(() -> programmes.addGoal(programme, GoalDefinition.baseFundingMax("2030", 1, 2030)))
                .hasMessage("programme.goal.year.outside");
        assertThatThrownBy(() -> programmes.addGoal(programme, GoalDefinition.manual(" ", END_OF_2021)))
                .hasMessage("programme.goal.title.required");

        for (String user : List.of(SKANE_POLITICIAN, SKANE_MANAGER)) {
            login.as(user);
            assertThatThrownBy(() -> programmes.addGoal(programme, GoalDefinition.manual("Nej", END_OF_2021)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anotherRegionReachesNoneOfSkanesGoals() {
        var programme = login.inOwnTransaction(SKANE_OFFICER, () -> skane().id());
        var goalId = login.inOwnTransaction(SKANE_OFFICER, () -> programmes.goals(programme).getFirst().id());

        assertThatThrownBy(() -> programmes.goals(programme)).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> programmes.goalHistory(goalId)).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> programmes.judgeGoal(goalId, GoalStatus.MISSED, "x", 0))
                .isInstanceOf(Rejection.NotFound.class);

        for (String table : List.of("programme_goal", "programme_goal_aud")) {
            Integer seen = jdbc.queryForObject(
                    "SELECT count(*) FROM " + table + " WHERE region_code = ?", Integer.class, SKANE);
            Integer own = sql.asRegion(SKANE, (status -> jdbc.queryForObject(
                    "SELECT count(*) FROM " + table + " WHERE region_code = ?", Integer.class, SKANE)));
            assertThat(seen).as(table).isZero();
            assertThat(own).as(table).isPositive();
        }
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status -> jdbc.update(
                "INSERT INTO programme_goal (id, region_code, programme_id, position, kind, title, deadline) "
                        + "VALUES (?, ?, ?, 99, 'MANUAL', 'Smugglat', DATE '2021-12-31')",
                UUID.randomUUID(), SKANE, programme.value())))).rootCause().hasMessageContaining("row-level security");
        Integer changed = jdbc.update("UPDATE programme_goal SET title = 'Kapad' WHERE region_code = ?", SKANE);
        assertThat(changed).isZero();
    }
}
