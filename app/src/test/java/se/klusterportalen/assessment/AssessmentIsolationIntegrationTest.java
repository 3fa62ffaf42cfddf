package se.klusterportalen.assessment;

import se.klusterportalen.rejection.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Norra Mellansverige can neither add Skåne's assessment rows nor find them through the service. That no region
 * reads or changes another's rows in any table, history included, is TenancyCatalogueIntegrationTest's.
 */
@IntegrationTest
@Transactional
@SignedInAs(NMS_OFFICER)
class AssessmentIsolationIntegrationTest {

    @Autowired RealLogin login;
    @Autowired AssessmentService assessments;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegionSql sql;

    static RoundSummary skaneRound;
    static AssessmentSummary skaneAssessment;

    /** Committed once for the class (its history too): a uniquely named Skåne round with one answered draft. */
    @BeforeEach
    void skaneAnswersSomething() {
        if (skaneRound != null) {
            return;
        }
        login.inOwnTransaction(SKANE_OFFICER, () -> {
            var cluster = clusters.list().getFirst().id();
            skaneRound = assessments.openRound("Isolering " + UUID.randomUUID(), List.of(cluster));
            skaneAssessment = assessments.assessments(skaneRound.id()).getFirst();
            var details = assessments.answer(skaneAssessment.id(), skaneAssessment.version(),
                    AnswerInput.criterion("S1.1", true, "Skånes underlag", null), null);
            assessments.answer(skaneAssessment.id(), details.version(), AnswerInput.area("ENVIRONMENT", 2, "a", "b"), null);
        });
    }


    @Test
    void norraMellansverigeCannotAddSkaneRows() {
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status -> jdbc.update(
                "INSERT INTO assessment_round (id, region_code, name, framework_version, opened_at, opened_by)"
                        + " VALUES (?, ?, 'Kapad', 1, now(), 'x')", UUID.randomUUID(), SKANE))))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status -> jdbc.update(
                "INSERT INTO assessment_answer (id, region_code, assessment_id, kind, code, met)"
                        + " VALUES (?, ?, ?, 'CRITERION', 'S1.2', true)", UUID.randomUUID(), SKANE, skaneAssessment.id().value()))))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status -> jdbc.update(
                "INSERT INTO assessment_answer (id, region_code, assessment_id, kind, code, level)"
                        + " VALUES (?, ?, ?, 'AREA', 'ENVIRONMENT', 3)", UUID.randomUUID(), SKANE, skaneAssessment.id().value()))))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status -> jdbc.update(
                "INSERT INTO assessment_aud (id, rev, revtype, region_code) VALUES (?, 1, 0, ?)",
                UUID.randomUUID(), SKANE)))).rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void throughTheServiceAnotherRegionsOfficerFindsNothing() {

        assertThat(assessments.rounds()).extracting(RoundSummary::id).doesNotContain(skaneRound.id());
        assertThatThrownBy(() -> assessments.assessments(skaneRound.id())).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> assessments.assessment(skaneAssessment.id())).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> assessments.answer(skaneAssessment.id(), 1,
                AnswerInput.criterion("S1.2", true, "x", null), null)).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> assessments.matrix(skaneRound.id())).isInstanceOf(Rejection.NotFound.class);
        assertThat(assessments.history(skaneAssessment.clusterId())).isEmpty();

        assertThat(login.inOwnTransaction(SKANE_OFFICER, () -> assessments.assessment(skaneAssessment.id()).criteria()))
                .containsOnlyKeys("S1.1");
    }

    @Test
    void theFrameworkIsSharedReferenceDataEveryRegionReadsButNoneChanges() {
        for (String region : List.of(SKANE, NMS)) {
            Integer criteria = sql.asRegion(region, (status -> jdbc.queryForObject(
                    "SELECT count(*) FROM phase_model_criterion WHERE framework_version = 1", Integer.class)));
            assertThat(criteria).isEqualTo(33);
        }
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status ->
                jdbc.update("UPDATE phase_model_criterion SET text_sv = 'x' WHERE code = 'S1.1'"))))
                .rootCause().hasMessageContaining("permission denied");
    }
}
