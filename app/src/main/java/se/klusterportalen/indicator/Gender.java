package se.klusterportalen.indicator;

/** The part of a total an indicator counts when it is broken down by gender. */
public enum Gender {
    MEN, WOMEN
}
