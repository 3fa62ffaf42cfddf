package se.klusterportalen.label;

public enum IndicatorRating {
    MET, PARTLY, NOT_MET
}
