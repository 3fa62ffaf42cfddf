package se.klusterportalen.assessment;

/** What the signed-in user may do with an assessment in its current state. */
public enum AssessmentAccess {
    READ_ONLY,
    /** A draft of the user's own cluster (manager) or any cluster (officer): answer and submit. */
    ANSWER,
    /** A submitted assessment, for the officer: change answers with a comment, then fix. */
    REVIEW
}
