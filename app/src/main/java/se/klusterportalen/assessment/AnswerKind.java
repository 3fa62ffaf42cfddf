package se.klusterportalen.assessment;

/** What an answer answers: one of the framework's criteria, or one of its horizontal areas. */
public enum AnswerKind {
    /** A criterion of a dimension's phase; its value is {@link AnswerValue.Met}. */
    CRITERION,
    /** A horizontal area; its value is {@link AnswerValue.Level}. */
    AREA;

    boolean holds(AnswerValue value) {
        return switch (value) {
            case AnswerValue.Met met -> this == CRITERION;
            case AnswerValue.Level level -> this == AREA;
        };
    }
}
