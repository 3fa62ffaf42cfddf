package se.klusterportalen.assessment;

/**
 * The answer to one criterion.
 *
 * @param met             null while unanswered
 * @param metBeforeReview what the cluster had answered, when the officer changed the answer in review
 */
public record CriterionResponse(String code, Boolean met, String evidence, String link, Boolean metBeforeReview,
                                String reviewComment) {

    public static CriterionResponse unanswered(String code) {
        return new CriterionResponse(code, null, null, null, null, null);
    }

    public boolean changedInReview() {
        return reviewComment != null;
    }
}
