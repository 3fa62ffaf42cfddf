package se.klusterportalen.label;

/** The three ECEI cluster management excellence labels, lowest first. */
public enum LabelLevel {
    BRONZE, SILVER, GOLD;

    public boolean isAtLeast(LabelLevel other) {
        return compareTo(other) >= 0;
    }
}
