package se.klusterportalen.assessment;

/** What a user enters for a horizontal area: the level, the analysis and the concrete activities. */
public record AreaInput(String areaCode, Integer level, String analysis, String activities) {

    public AreaInput {
        analysis = CriterionInput.blankToNull(analysis);
        activities = CriterionInput.blankToNull(activities);
    }
}
