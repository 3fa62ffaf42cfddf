package se.klusterportalen.funding;

/** How base funding falls from the start amount to the floor. */
public enum TaperingShape {
    /** The same number of kronor less each year. */
    LINEAR,
    /** The same percentage less each year. */
    EQUAL_PERCENTAGE
}
