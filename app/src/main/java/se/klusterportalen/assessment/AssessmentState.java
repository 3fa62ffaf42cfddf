package se.klusterportalen.assessment;

/** Draft (being answered) → submitted (under review) → fixed (fastställd, read-only). */
public enum AssessmentState {
    DRAFT, SUBMITTED, FIXED
}
