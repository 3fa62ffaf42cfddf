package se.klusterportalen.assessment;

/** A horizontal area (gender equality, equal opportunities, environment), assessed apart from the phase. */
public record HorizontalArea(String code, LocalizedText name) {
}
