package se.klusterportalen.indicator;

/**
 * What a reported text means, as recognised by the importer. Source: issue 12 and "Indicators followed over time"
 * in the domain notes; the kinds keep the meaning of messy values instead of guessing a number.
 */
public enum ValueKind {
    /** A number, also negative and with a Swedish decimal comma: {@code 12}, {@code -4}, {@code 3,5}. */
    EXACT,
    /** {@code ca 39}, {@code ca. 39}, {@code ~39}: value 39, not exactly. */
    APPROXIMATE,
    /** {@code 50-250}, {@code 50–250}, {@code 50 - 250}: low and high, no single value. */
    RANGE,
    /** {@code 25+}, {@code 25 +}, {@code >25}: at least the value. */
    AT_LEAST,
    /** {@code 11+26+50}: the value is the sum (87), the parts are kept. */
    SUM,
    /** {@code (113)}: uncertain or partial. */
    UNCERTAIN,
    /** {@code 8 (24)}: a value and an alternative count in brackets. */
    WITH_ALTERNATIVE,
    /** {@code n.a.}, {@code n/a}, {@code uppgift saknas}, {@code -} alone. */
    NOT_AVAILABLE,
    /** An empty cell. */
    NOT_REPORTED;

    /** Whether values of this kind add up exactly across clusters (exact values and sums of parts). */
    public boolean summable() {
        return this == EXACT || this == SUM;
    }

    /** Whether the text carries no number at all. */
    public boolean missing() {
        return this == NOT_AVAILABLE || this == NOT_REPORTED;
    }
}
