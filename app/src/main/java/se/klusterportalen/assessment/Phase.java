package se.klusterportalen.assessment;

/** One of the model's phases (1 networking … 4 innovation). */
public record Phase(int number, LocalizedText name, LocalizedText description) {
}
