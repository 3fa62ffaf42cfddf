package se.klusterportalen.assessment;

import se.klusterportalen.rejection.Rejection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** A round in Skåne from opening to a fixed result, and who may do what on the way. */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class AssessmentWorkflowIntegrationTest {

    @Autowired RealLogin login;
    @Autowired AssessmentService assessments;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @PersistenceContext EntityManager entityManager;
    @Autowired AuditTrail audit;

    ClusterId mobileHeights;
    ClusterId packbridge;
    RoundSummary round;

    @BeforeEach
    void openRound() {
        Map<String, ClusterId> byName = clusters.list().stream()
                .collect(java.util.stream.Collectors.toMap(ClusterSummary::name, ClusterSummary::id));
        mobileHeights = byName.get("Mobile Heights");
        packbridge = byName.get("Packbridge");
        round = assessments.openRound("Test " + UUID.randomUUID(), List.of(mobileHeights, packbridge));
        audit.record();
    }


    private AssessmentSummary of(ClusterId cluster) {
        return assessments.assessments(round.id()).stream().filter(a -> a.clusterId().equals(cluster)).findFirst()
                .orElseThrow();
    }

    /** Answers everything: each dimension up to the given phase met, the rest not met; every area at level 1. */
    private AssessmentDetails answerAll(AssessmentId id, int... phases) {
        var details = assessments.assessment(id);
        var model = details.model();
        for (int i = 0; i < model.dimensions().size(); i++) {
            for (Criterion criterion : model.dimensions().get(i).criteria()) {
                boolean met = criterion.phase() <= phases[i];
                details = assessments.answer(id, details.version(),
                        AnswerInput.criterion(criterion.code(), met, met ? "Protokoll från styrelsemöte" : null, null), null);
            }
        }
        for (HorizontalArea area : model.areas()) {
            details = assessments.answer(id, details.version(),
                    AnswerInput.area(area.code(), 1, "Genomgång av branschens statistik", "Utbildning för styrelsen"), null);
        }
        return details;
    }

    @Test
    void aRoundGetsAnEmptyDraftPerChosenClusterWithTheFrameworkVersionAndALetter() {
        assertThat(round.assessments()).isEqualTo(2);
        assertThat(round.frameworkVersion()).isEqualTo(1);
        var list = assessments.assessments(round.id());
        assertThat(list).extracting(AssessmentSummary::clusterName).containsExactly("Mobile Heights", "Packbridge");
        assertThat(list).extracting(AssessmentSummary::state).containsOnly(AssessmentState.DRAFT);
        assertThat(list).extracting(AssessmentSummary::letter).containsExactlyInAnyOrder("A", "B");
        assertThat(list).allSatisfy(a -> assertThat(a.evaluation().overall()).isZero());
        entityManager.flush();
        Integer recorded = jdbc.queryForObject(
                "SELECT count(*) FROM assessment WHERE round_id = ? AND framework_version = 1", Integer.class,
                round.id().value());
        assertThat(recorded).isEqualTo(2);
    }

    @Test
    void theSameRoundFormSavedTwiceOpensOneRound() {
        int before = assessments.rounds().size();
        var form = RoundId.random();
        String name = "Dubbelklick " + UUID.randomUUID();

        var first = assessments.openRound(form, name, List.of(mobileHeights, packbridge));
        var second = assessments.openRound(form, name, List.of(mobileHeights, packbridge));

        assertThat(second).isEqualTo(first);
        assertThat(first.id()).isEqualTo(form);
        assertThat(assessments.rounds()).hasSize(before + 1);
        assertThat(assessments.assessments(form)).hasSize(2);
    }

    @Test
    void roundNamesAreCheckedAndOnlyOfficersOpenRounds() {
        assertThatThrownBy(() -> assessments.openRound(" ", List.of(mobileHeights)))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("name", "assessment.round.error.name"));
        assertThatThrownBy(() -> assessments.openRound(round.name(), List.of(mobileHeights)))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("name", "assessment.round.error.name-taken"));
        assertThatThrownBy(() -> assessments.openRound("Tom " + UUID.randomUUID(), List.of()))
                .isInstanceOf(Rejection.Invalid.class);

        login.as(SKANE_MANAGER);
        assertThatThrownBy(() -> assessments.openRound("Egen " + UUID.randomUUID(), List.of(mobileHeights)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerAnswersOnlyForTheirOwnClusterAndComputesPhasesAsTheyGo() {
        var packbridgeDraft = of(packbridge);
        var ownDraft = of(mobileHeights);

        login.as(SKANE_MANAGER);
        assertThat(assessments.assessments(round.id())).extracting(AssessmentSummary::clusterName)
                .containsExactly("Mobile Heights");
        assertThatThrownBy(() -> assessments.assessment(packbridgeDraft.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.answer(packbridgeDraft.id(), packbridgeDraft.version(),
                AnswerInput.criterion("S1.1", true, "x", null), null)).isInstanceOf(AccessDeniedException.class);

        var details = assessments.answer(ownDraft.id(), ownDraft.version(),
                AnswerInput.criterion("S1.1", true, "Förstudie 2016", "https://example.org/forstudie.pdf"), null);
        assertThat(details.access()).isEqualTo(AssessmentAccess.ANSWER);
        assertThat(details.evaluation().phaseOf("S")).isZero();
        details = assessments.answer(ownDraft.id(), details.version(), AnswerInput.criterion("S1.2", true, "Möte", null), null);
        assertThat(details.evaluation().phaseOf("S")).isEqualTo(1);
        assertThat(details.evaluation().dimension("S").missingForNextPhase()).containsExactly("S2.1", "S2.2");
        assertThat(details.criterion("S1.1").detail()).isEqualTo("https://example.org/forstudie.pdf");
    }

    @Test
    void badInputAndStaleVersionsChangeNothing() {
        var draft = of(mobileHeights);
        var saved = assessments.answer(draft.id(), draft.version(), AnswerInput.criterion("S1.1", true, "Förstudie", null), null);

        assertThatThrownBy(() -> assessments.answer(draft.id(), saved.version(),
                AnswerInput.criterion("S1.2", true, "x", "javascript:alert(1)"), null))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("S1.2", "assessment.error.link"));
        assertThatThrownBy(() -> assessments.answer(draft.id(), saved.version(),
                AnswerInput.criterion("X9.9", true, "x", null), null))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e -> assertThat(e.errors()).containsExactly(
                        new Rejection.FieldError("code", "assessment.error.unknown-criteria", "X9.9")));
        assertThatThrownBy(() -> assessments.answer(draft.id(), draft.version(),
                AnswerInput.criterion("S1.2", false, null, null), null)).isInstanceOf(Rejection.Stale.class);

        var now = assessments.assessment(draft.id());
        assertThat(now.version()).isEqualTo(saved.version());
        assertThat(now.criteria()).containsOnlyKeys("S1.1");
    }

    @Test
    void anIncompleteDraftCannotBeSubmitted() {
        var draft = of(mobileHeights);
        var details = assessments.answer(draft.id(), draft.version(), AnswerInput.criterion("S1.1", true, null, null), null);
        details = assessments.answer(draft.id(), details.version(),
                AnswerInput.area("ENVIRONMENT", 2, "Analys av branschens utsläpp", null), null);
        long version = details.version();

        assertThatThrownBy(() -> assessments.submit(draft.id(), version))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e -> assertThat(e.messageKeyByField())
                        .containsEntry("S1.1", "assessment.error.evidence-required")
                        .containsEntry("S1.2", "assessment.error.unanswered")
                        .containsEntry("ENVIRONMENT", "assessment.error.analysis-and-activities-required")
                        .containsEntry("GENDER_EQUALITY", "assessment.error.level-required"));
        assertThat(assessments.assessment(draft.id()).state()).isEqualTo(AssessmentState.DRAFT);
    }

    @Test
    void theOfficerSendsASubmittedAssessmentBackWithAReasonAndTheManagerAnswersAgain() {
        var draft = of(mobileHeights);
        login.as(SKANE_MANAGER);
        var submitted = assessments.submit(draft.id(), answerAll(draft.id(), 2, 2, 2, 2, 2).version());
        assertThatThrownBy(() -> assessments.sendBack(draft.id(), submitted.version(), "Nej"))
                .isInstanceOf(AccessDeniedException.class);

        login.as(SKANE_OFFICER);
        assertThatThrownBy(() -> assessments.sendBack(draft.id(), submitted.version(), "  "))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e -> assertThat(e.messageKeyByField())
                        .containsEntry("return", "assessment.error.return-comment-required"));
        assertThatThrownBy(() -> assessments.sendBack(draft.id(), submitted.version() - 1, "Gammal version"))
                .isInstanceOf(Rejection.Stale.class);
        var returned = assessments.sendBack(draft.id(), submitted.version(),
                " Bifoga styrelseprotokollet som belägg för S2.1. ");

        assertThat(returned.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(returned.returned()).hasValueSatisfying(note -> {
            assertThat(note.by()).isEqualTo(SKANE_OFFICER);
            assertThat(note.byName()).isEqualTo("Sara Handläggare");
            assertThat(note.comment()).isEqualTo("Bifoga styrelseprotokollet som belägg för S2.1.");
        });
        assertThat(returned.criterion("S2.1").met()).isTrue();
        assertThatThrownBy(() -> assessments.sendBack(draft.id(), returned.version(), "Igen"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e -> assertThat(e.messageKeyByField())
                        .containsEntry("assessment", "assessment.error.not-submitted"));

        login.as(SKANE_MANAGER);
        var mine = assessments.assessment(draft.id());
        assertThat(mine.access()).isEqualTo(AssessmentAccess.ANSWER);
        assertThat(mine.returned()).isPresent();
        var again = assessments.answer(draft.id(), mine.version(),
                AnswerInput.criterion("S2.1", true, "Styrelseprotokoll 2021-03-04", "https://example.se/protokoll.pdf"), null);
        assertThat(assessments.submit(draft.id(), again.version()).state()).isEqualTo(AssessmentState.SUBMITTED);
    }

    @Test
    void submitReviewWithCommentsFixAndThenNothingChanges() {
        var draft = of(mobileHeights);
        login.as(SKANE_MANAGER);
        var answered = answerAll(draft.id(), 3, 3, 2, 3, 2);
        assertThat(answered.evaluation().overall()).isEqualTo(3);
        var submitted = assessments.submit(draft.id(), answered.version());
        audit.record();
        assertThat(submitted.state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThat(submitted.access()).isEqualTo(AssessmentAccess.READ_ONLY);
        assertThatThrownBy(() -> assessments.answer(draft.id(), submitted.version(),
                AnswerInput.criterion("S4.1", true, "x", null), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.fix(draft.id(), submitted.version())).isInstanceOf(AccessDeniedException.class);

        login.as(SKANE_POLITICIAN);
        assertThat(assessments.assessments(round.id())).isEmpty();
        assertThatThrownBy(() -> assessments.assessment(draft.id())).isInstanceOf(AccessDeniedException.class);

        login.as(SKANE_OFFICER);
        var inReview = assessments.assessment(draft.id());
        assertThat(inReview.access()).isEqualTo(AssessmentAccess.REVIEW);
        assertThatThrownBy(() -> assessments.answer(draft.id(), inReview.version(),
                AnswerInput.criterion("A3.2", false, null, null), " "))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e -> assertThat(e.messageKeyByField())
                        .containsEntry("A3.2", "assessment.error.review-comment-required"));
        var reviewed = assessments.answer(draft.id(), inReview.version(),
                AnswerInput.criterion("A3.2", false, null, null), "Två projekt, inte tre, enligt projektlistan");
        audit.record();
        assertThat(reviewed.criterion("A3.2").valueBeforeReview()).isEqualTo(new AnswerValue.Met(true));
        assertThat(reviewed.criterion("A3.2").reviewComment()).isEqualTo("Två projekt, inte tre, enligt projektlistan");
        assertThat(reviewed.evaluation().phaseOf("A")).isEqualTo(2);
        assertThat(reviewed.evaluation().overall()).isEqualTo(2); // 3,3,2,2,2

        var fixed = assessments.fix(draft.id(), reviewed.version());
        audit.record();
        assertThat(fixed.state()).isEqualTo(AssessmentState.FIXED);
        assertThat(fixed.access()).isEqualTo(AssessmentAccess.READ_ONLY);
        assertThatThrownBy(() -> assessments.answer(draft.id(), fixed.version(),
                AnswerInput.criterion("A3.2", true, "x", null), "Ångrar mig"))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("assessment", "assessment.error.fixed"));

        login.as(SKANE_MANAGER);
        assertThatThrownBy(() -> assessments.answer(draft.id(), fixed.version(),
                AnswerInput.area("ENVIRONMENT", 3, "a", "b"), null)).isInstanceOf(Rejection.Invalid.class);

        login.as(SKANE_POLITICIAN);
        assertThat(assessments.assessments(round.id())).extracting(AssessmentSummary::clusterName)
                .containsExactly("Mobile Heights");
        var matrix = assessments.matrix(round.id());
        assertThat(matrix.rows()).singleElement().satisfies(row -> {
            assertThat(row.clusterName()).isEqualTo("Mobile Heights");
            assertThat(row.evaluation().overall()).isEqualTo(2);
        });
        assertThat(matrix.dimensionMedians()).containsEntry("S", java.math.BigDecimal.valueOf(3));
        assertThat(assessments.latestFixed(List.of(mobileHeights)).get(mobileHeights).roundId()).isEqualTo(round.id());
        assertThat(assessments.history(mobileHeights)).extracting(AssessmentSummary::roundName).contains(round.name());

        List<Map<String, Object>> trail = jdbc.queryForList(
                "SELECT a.state, r.username FROM assessment_aud a JOIN revinfo r ON r.rev = a.rev"
                        + " WHERE a.id = ? ORDER BY a.rev", draft.id().value());
        assertThat(trail).extracting(row -> row.get("state")).contains("DRAFT", "SUBMITTED", "FIXED");
        assertThat(trail.getLast()).containsEntry("state", "FIXED").containsEntry("username", SKANE_OFFICER);
        List<Map<String, Object>> answerHistory = jdbc.queryForList(
                "SELECT a.met, a.review_comment, r.username FROM assessment_answer_aud a"
                        + " JOIN revinfo r ON r.rev = a.rev WHERE a.assessment_id = ? AND a.kind = 'CRITERION' AND a.code = 'A3.2'"
                        + " ORDER BY a.rev", draft.id().value());
        assertThat(answerHistory).extracting(row -> row.get("met"), row -> row.get("username")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(true, SKANE_MANAGER),
                org.assertj.core.groups.Tuple.tuple(false, SKANE_OFFICER));
    }
}
