package se.klusterportalen.funding;

/**
 * A rule of the tapering plan that a cluster's planned base funding breaks, in a year.
 *
 * @param amount    the planned base funding in that year
 * @param reference what it is compared with: the year before ({@code BASE_RISING}) or the floor
 */
public record FundingWarning(Type type, int year, long amount, long reference) {

    public enum Type {
        /** Base funding higher than the year before, within the tapering period. */
        BASE_RISING,
        /** Base funding above the floor in the tapering plan's end year. */
        FLOOR_NOT_REACHED
    }
}
