package se.klusterportalen.assessment;

/** The answer for one horizontal area; level null while unanswered. */
public record AreaResponse(String areaCode, Integer level, String analysis, String activities,
                           Integer levelBeforeReview, String reviewComment) {

    public static AreaResponse unanswered(String areaCode) {
        return new AreaResponse(areaCode, null, null, null, null, null);
    }

    public boolean changedInReview() {
        return reviewComment != null;
    }
}
