package se.klusterportalen.assessment;

import se.klusterportalen.rejection.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The assessment refuses every step its state does not allow: draft → submitted → fixed, or back to draft. */
class AssessmentTransitionsUnitTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-09T14:30:00Z");
    static final AnswerInput MET = AnswerInput.criterion("S1.1", true, "Strategi antagen 2025", null);
    static final AnswerInput LEVEL_TWO = AnswerInput.area("H1", 2, "Analys", "Aktiviteter");

    static Assessment draft() {
        var round = new AssessmentRound("Vår 2026", 1, T0, "skane.handlaggare");
        return new Assessment(round, UUID.randomUUID(), "A", T0, "skane.klusterledare");
    }

    static Assessment submitted() {
        var assessment = draft();
        assessment.answer(MET, T0, "skane.klusterledare");
        assessment.submit(Map.of(), T1, "skane.klusterledare");
        return assessment;
    }

    static Assessment fixed() {
        var assessment = submitted();
        assessment.fix(T1, "skane.handlaggare");
        return assessment;
    }

    static String refusal(Runnable step) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(Rejection.Invalid.class,
                step::run);
        assertThat(thrown).as("refused").isNotNull();
        return String.join(",", thrown.messageKeyByField().values());
    }

    @Test
    void aCompleteDraftIsSubmittedAndThenFixed() {
        var assessment = submitted();
        assertThat(assessment.state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThat(assessment.submittedBy()).isEqualTo("skane.klusterledare");
        assessment.fix(T1, "skane.handlaggare");
        assertThat(assessment.state()).isEqualTo(AssessmentState.FIXED);
        assertThat(assessment.fixedAt()).isEqualTo(T1);
    }

    @Test
    void anIncompleteDraftIsNotSubmittedAndStaysADraft() {
        var assessment = draft();
        assertThatThrownBy(() -> assessment.submit(Map.of("S1.2", "assessment.error.unanswered"), T1, "x"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e ->
                        assertThat(e.messageKeyByField()).containsExactly(Map.entry("S1.2", "assessment.error.unanswered")));
        assertThat(assessment.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(assessment.submittedAt()).isNull();
    }

    @Test
    void aSubmittedAssessmentIsNotSubmittedAgain() {
        var assessment = submitted();
        assertThat(refusal(() -> assessment.submit(Map.of(), T1, "x"))).isEqualTo("assessment.error.not-draft");
    }

    @Test
    void aFixedAssessmentIsNotSubmittedAgain() {
        var assessment = fixed();
        assertThat(refusal(() -> assessment.submit(Map.of(), T1, "x"))).isEqualTo("assessment.error.not-draft");
        assertThat(assessment.state()).isEqualTo(AssessmentState.FIXED);
    }

    @Test
    void aDraftIsNotFixed() {
        var assessment = draft();
        assertThat(refusal(() -> assessment.fix(T1, "skane.handlaggare"))).isEqualTo("assessment.error.not-submitted");
        assertThat(assessment.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(assessment.fixedBy()).isNull();
    }

    @Test
    void aFixedAssessmentIsNotFixedAgain() {
        var assessment = fixed();
        assertThat(refusal(() -> assessment.fix(T1.plusSeconds(60), "other"))).isEqualTo("assessment.error.fixed");
        assertThat(assessment.fixedAt()).isEqualTo(T1);
    }

    @Test
    void aDraftIsNotSentBack() {
        var assessment = draft();
        assertThat(refusal(() -> assessment.sendBack("Komplettera", T1, "skane.handlaggare")))
                .isEqualTo("assessment.error.not-submitted");
        assertThat(assessment.returnNote(name -> name)).isEmpty();
    }

    @Test
    void aFixedAssessmentIsNotSentBack() {
        var assessment = fixed();
        assertThat(refusal(() -> assessment.sendBack("Komplettera", T1, "skane.handlaggare")))
                .isEqualTo("assessment.error.fixed");
        assertThat(assessment.state()).isEqualTo(AssessmentState.FIXED);
    }

    @Test
    void aSubmittedAssessmentIsNotSentBackWithoutAReason() {
        var assessment = submitted();
        assertThat(refusal(() -> assessment.sendBack("  ", T1, "skane.handlaggare")))
                .isEqualTo("assessment.error.return-comment-required");
        assertThat(assessment.state()).isEqualTo(AssessmentState.SUBMITTED);
    }

    @Test
    void sentBackItIsADraftAgainWithTheReasonAndTheAnswers() {
        var assessment = submitted();
        assessment.sendBack("Komplettera S1.2", T1, "skane.handlaggare");
        assertThat(assessment.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(assessment.submittedAt()).isNull();
        assertThat(assessment.returnNote(name -> name).orElseThrow().comment()).isEqualTo("Komplettera S1.2");
        assertThat(assessment.metCriteria()).containsExactly("S1.1");
    }

    @Test
    void aSubmittedAssessmentIsNotAnsweredAsADraft() {
        var assessment = submitted();
        assertThat(refusal(() -> assessment.answer(AnswerInput.criterion("S1.1", false, null, null), T1, "x")))
                .isEqualTo("assessment.error.not-draft");
        assertThat(refusal(() -> assessment.answer(LEVEL_TWO, T1, "x"))).isEqualTo("assessment.error.not-draft");
        assertThat(assessment.metCriteria()).containsExactly("S1.1");
    }

    @Test
    void aFixedAssessmentIsNotAnsweredNorChangedInReview() {
        var assessment = fixed();
        assertThat(refusal(() -> assessment.answer(AnswerInput.criterion("S1.1", false, null, null), T1, "x")))
                .isEqualTo("assessment.error.fixed");
        assertThat(refusal(() -> assessment.changeInReview(AnswerInput.criterion("S1.1", false, null, null),
                "Ändrat", T1, "x"))).isEqualTo("assessment.error.fixed");
        assertThat(refusal(() -> assessment.changeInReview(LEVEL_TWO, "Ändrat", T1, "x")))
                .isEqualTo("assessment.error.fixed");
        assertThat(assessment.metCriteria()).containsExactly("S1.1");
    }

    @Test
    void aDraftIsNotChangedInReview() {
        var assessment = draft();
        assertThat(refusal(() -> assessment.changeInReview(MET, "Ändrat", T1, "x")))
                .isEqualTo("assessment.error.not-submitted");
        assertThat(assessment.metCriteria()).isEmpty();
    }

    @Test
    void aChangeInReviewNeedsItsReason() {
        var assessment = submitted();
        assertThat(refusal(() -> assessment.changeInReview(AnswerInput.criterion("S1.1", false, null, null), null,
                T1, "x"))).isEqualTo("assessment.error.review-comment-required");
        assertThat(assessment.metCriteria()).containsExactly("S1.1");
    }
}
