package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;

/**
 * The difference between a value at a later date and one at an earlier date, computed only where both values allow
 * it (see {@link Differences}).
 *
 * @param value  the computed difference (its text written as the portal writes numbers); {@code null} unless
 *               {@code status} is {@link Status#COMPUTED}
 * @param status whether it was computed, and why not
 */
public record Difference(@Nullable IndicatorValue value, Status status) {

    public enum Status {
        COMPUTED,
        /** One of the values is not available or not reported. */
        MISSING_VALUE,
        /** The kinds do not allow a difference (e.g. "at least" at the earlier date, a range against "8 (24)"). */
        NOT_COMPARABLE
    }

    static Difference of(IndicatorValue value) {
        return new Difference(value, Status.COMPUTED);
    }

    static final Difference MISSING = new Difference(null, Status.MISSING_VALUE);
    static final Difference NOT_COMPARABLE = new Difference(null, Status.NOT_COMPARABLE);
}
