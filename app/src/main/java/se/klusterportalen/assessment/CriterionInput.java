package se.klusterportalen.assessment;

/** What a user enters for a criterion: met (null = not yet answered), the evidence and an optional link. */
public record CriterionInput(String code, Boolean met, String evidence, String link) {

    public CriterionInput {
        evidence = blankToNull(evidence);
        link = blankToNull(link);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
