package se.klusterportalen.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** Norra Mellansverige can neither read nor write any of Skåne's assessment rows, nor their history. */
@IntegrationTest
class AssessmentIsolationIntegrationTest {

    static final List<String> REGION_TABLES = List.of("assessment_round", "assessment", "assessment_criterion_answer",
            "assessment_horizontal_answer", "assessment_round_aud", "assessment_aud",
            "assessment_criterion_answer_aud", "assessment_horizontal_answer_aud");

    @Autowired RealLogin login;
    @Autowired AssessmentService assessments;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    RoundSummary skaneRound;
    AssessmentSummary skaneAssessment;

    @BeforeEach
    void skaneAnswersSomething() {
        login.as(SKANE_OFFICER);
        var cluster = clusters.list().getFirst().id();
        skaneRound = assessments.openRound("Isolering " + UUID.randomUUID(), List.of(cluster));
        skaneAssessment = assessments.assessments(skaneRound.id()).getFirst();
        var details = assessments.answer(skaneAssessment.id(), skaneAssessment.version(),
                new CriterionInput("S1.1", true, "Skånes underlag", null), null);
        assessments.answerArea(skaneAssessment.id(), details.version(), new AreaInput("ENVIRONMENT", 2, "a", "b"), null);
    }

    @AfterEach
    void signOut() {
        login.logout();
    }

    private Integer countAs(String region, String table) {
        return RegionContext.callAs(region, () -> transaction.execute(status -> jdbc.queryForObject(
                "SELECT count(*) FROM " + table + " WHERE region_code = ?", Integer.class, SKANE)));
    }

    @Test
    void everyTableHasRowsForSkaneThatNorraMellansverigeCannotSee() {
        for (String table : REGION_TABLES) {
            assertThat(countAs(SKANE, table)).as(table).isPositive();
            assertThat(countAs(NMS, table)).as(table).isZero();
        }
    }

    @Test
    void norraMellansverigeCanNeitherChangeNorAddSkaneRows() {
        for (String table : REGION_TABLES.stream().filter(t -> !t.endsWith("_aud")).toList()) {
            Integer updated = RegionContext.callAs(NMS, () -> transaction.execute(status ->
                    jdbc.update("UPDATE " + table + " SET region_code = region_code WHERE region_code = ?", SKANE)));
            assertThat(updated).as(table).isZero();
            Integer deleted = RegionContext.callAs(NMS, () -> transaction.execute(status ->
                    jdbc.update("DELETE FROM " + table + " WHERE region_code = ?", SKANE)));
            assertThat(deleted).as(table).isZero();
        }
        assertThatThrownBy(() -> RegionContext.runAs(NMS, () -> transaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO assessment_round (id, region_code, name, framework_version, opened_at, opened_by)"
                        + " VALUES (?, ?, 'Kapad', 1, now(), 'x')", UUID.randomUUID(), SKANE))))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> RegionContext.runAs(NMS, () -> transaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO assessment_criterion_answer (id, region_code, assessment_id, criterion_code, met)"
                        + " VALUES (?, ?, ?, 'S1.2', true)", UUID.randomUUID(), SKANE, skaneAssessment.id().value()))))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> RegionContext.runAs(NMS, () -> transaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO assessment_horizontal_answer (id, region_code, assessment_id, area_code, level)"
                        + " VALUES (?, ?, ?, 'ENVIRONMENT', 3)", UUID.randomUUID(), SKANE, skaneAssessment.id().value()))))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> RegionContext.runAs(NMS, () -> transaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO assessment_aud (id, rev, revtype, region_code) VALUES (?, 1, 0, ?)",
                UUID.randomUUID(), SKANE)))).rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void historyCanOnlyBeAddedToNeverRewritten() {
        for (String table : REGION_TABLES.stream().filter(t -> t.endsWith("_aud")).toList()) {
            assertThatThrownBy(() -> RegionContext.runAs(SKANE, () -> transaction.executeWithoutResult(status ->
                    jdbc.update("UPDATE " + table + " SET revtype = 2 WHERE region_code = ?", SKANE))))
                    .as(table).rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void throughTheServiceAnotherRegionsOfficerFindsNothing() {
        login.as(NMS_OFFICER);

        assertThat(assessments.rounds()).extracting(RoundSummary::id).doesNotContain(skaneRound.id());
        assertThatThrownBy(() -> assessments.assessments(skaneRound.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> assessments.assessment(skaneAssessment.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> assessments.answer(skaneAssessment.id(), 1,
                new CriterionInput("S1.2", true, "x", null), null)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> assessments.matrix(skaneRound.id())).isInstanceOf(NoSuchElementException.class);
        assertThat(assessments.history(skaneAssessment.clusterId())).isEmpty();

        login.as(SKANE_OFFICER);
        assertThat(assessments.assessment(skaneAssessment.id()).criteria()).containsOnlyKeys("S1.1");
    }

    @Test
    void theFrameworkIsSharedReferenceDataEveryRegionReadsButNoneChanges() {
        for (String region : List.of(SKANE, NMS)) {
            Integer criteria = RegionContext.callAs(region, () -> transaction.execute(status -> jdbc.queryForObject(
                    "SELECT count(*) FROM phase_model_criterion WHERE framework_version = 1", Integer.class)));
            assertThat(criteria).isEqualTo(33);
        }
        assertThatThrownBy(() -> RegionContext.runAs(NMS, () -> transaction.executeWithoutResult(status ->
                jdbc.update("UPDATE phase_model_criterion SET text_sv = 'x' WHERE code = 'S1.1'"))))
                .rootCause().hasMessageContaining("permission denied");
    }
}
