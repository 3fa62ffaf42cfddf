package se.klusterportalen.assessment;

/** Someone else saved the assessment after the user loaded it; nothing was saved. */
public class StaleAssessmentException extends RuntimeException {

    public static final String MESSAGE_KEY = "assessment.error.stale";

    StaleAssessmentException() {
        super(MESSAGE_KEY);
    }
}
