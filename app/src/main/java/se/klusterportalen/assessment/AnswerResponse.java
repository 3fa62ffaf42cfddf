package se.klusterportalen.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The answer to one question of the form (see {@link AnswerInput} for the fields).
 *
 * @param value             null while unanswered
 * @param valueBeforeReview what the cluster had answered, when the officer changed the answer in review
 * @param reviewComment     the officer's reason for that change; null when the answer was not changed in review
 * @param carriedOverFrom   the name of the earlier round this answer was copied from when the round opened, until
 *                          someone changes it; null for an answer given in this round
 */
public record AnswerResponse(AnswerKind kind, String code, @Nullable AnswerValue value, @Nullable String text,
                             @Nullable String detail, @Nullable AnswerValue valueBeforeReview,
                             @Nullable String reviewComment, @Nullable String carriedOverFrom) {

    public static AnswerResponse unanswered(AnswerKind kind, String code) {
        return new AnswerResponse(kind, code, null, null, null, null, null, null);
    }

    public boolean carriedOver() {
        return carriedOverFrom != null;
    }

    public boolean changedInReview() {
        return reviewComment != null;
    }

    /** A criterion's answer: met or not; null while unanswered (and for an area). */
    public @Nullable Boolean met() {
        return value instanceof AnswerValue.Met(boolean met) ? met : null;
    }

    /** An area's level; null while unanswered (and for a criterion). */
    public @Nullable Integer level() {
        return value instanceof AnswerValue.Level(int level) ? level : null;
    }
}
