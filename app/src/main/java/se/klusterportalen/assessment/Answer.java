package se.klusterportalen.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.Objects;
import java.util.UUID;

/**
 * The answer to one question of an assessment, a criterion's or a horizontal area's: its value (met / level), the
 * text it rests on (evidence / analysis) and a detail (link / activities); and what the cluster had answered if the
 * officer changed it in review. The value is stored in the column of its kind ({@code met} or {@code level}).
 */
@Entity
@Table(name = "assessment_answer")
@Audited
class Answer extends RegionOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AnswerKind kind;

    @Column(nullable = false, updatable = false)
    private String code;

    private @Nullable Boolean met;

    private @Nullable Integer level;

    private @Nullable String text;

    private @Nullable String detail;

    @Column(name = "met_before_review")
    private @Nullable Boolean metBeforeReview;

    @Column(name = "level_before_review")
    private @Nullable Integer levelBeforeReview;

    @Column(name = "review_comment")
    private @Nullable String reviewComment;

    /** The round this answer was copied from when its round opened; null once anyone changes it. */
    @Column(name = "carried_from")
    private @Nullable String carriedFrom;

    protected Answer() {
    }

    Answer(Assessment assessment, AnswerKind kind, String code) {
        this.id = UUID.randomUUID();
        this.assessment = assessment;
        this.kind = kind;
        this.code = code;
    }

    boolean answers(AnswerKind kind, String code) {
        return this.kind == kind && this.code.equals(code);
    }

    AnswerKind kind() {
        return kind;
    }

    boolean differsFrom(AnswerInput input) {
        return !Objects.equals(value(), input.value()) || !Objects.equals(text, input.text())
                || !Objects.equals(detail, input.detail());
    }

    void answer(AnswerInput input) {
        setValue(input.value());
        this.text = input.text();
        this.detail = input.detail();
        this.carriedFrom = null;
    }

    /** A copy of an earlier round's answer (value, text, detail; no review marks) as the new round's start. */
    static Answer carriedOver(Assessment assessment, AnswerResponse earlier, String fromRound) {
        var answer = new Answer(assessment, earlier.kind(), earlier.code());
        answer.setValue(earlier.value());
        answer.text = earlier.text();
        answer.detail = earlier.detail();
        answer.carriedFrom = fromRound;
        return answer;
    }

    void changeInReview(AnswerInput input, String comment) {
        if (reviewComment == null) {
            metBeforeReview = met;
            levelBeforeReview = level;
        }
        answer(input);
        reviewComment = comment;
    }

    boolean isMet() {
        return Boolean.TRUE.equals(met);
    }

    private @Nullable AnswerValue value() {
        return value(met, level);
    }

    private static @Nullable AnswerValue value(@Nullable Boolean met, @Nullable Integer level) {
        if (met != null) {
            return new AnswerValue.Met(met);
        }
        return level == null ? null : new AnswerValue.Level(level);
    }

    private void setValue(@Nullable AnswerValue value) {
        met = value instanceof AnswerValue.Met(boolean isMet) ? isMet : null;
        level = value instanceof AnswerValue.Level(int reached) ? reached : null;
    }

    AnswerResponse toResponse() {
        return new AnswerResponse(kind, code, value(), text, detail, value(metBeforeReview, levelBeforeReview),
                reviewComment, carriedFrom);
    }
}
