package se.klusterportalen.funding;

/** Which figures: the plan or the reported outcome (utfall). */
public enum Basis {
    PLANNED, ACTUAL
}
