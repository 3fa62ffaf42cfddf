package se.klusterportalen.assessment;

/** A criterion such as {@code S2.1}: Strategy, phase 2, criterion 1. */
public record Criterion(String code, String dimensionCode, int phase, LocalizedText text) {
}
