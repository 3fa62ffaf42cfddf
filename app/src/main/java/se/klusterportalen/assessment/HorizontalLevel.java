package se.klusterportalen.assessment;

/** A level of work in a horizontal area: 1 general work, 2 targeted efforts, 3 transformative work. */
public record HorizontalLevel(int level, LocalizedText name, LocalizedText description) {
}
