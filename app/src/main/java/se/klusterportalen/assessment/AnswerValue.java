package se.klusterportalen.assessment;

/**
 * What an answer says: whether a criterion is met, or the level (of the framework's {@link HorizontalLevel}s) a
 * horizontal area reaches. An unanswered question has no value (null).
 */
public sealed interface AnswerValue {

    /** A criterion's answer: met or not met. */
    record Met(boolean met) implements AnswerValue {
    }

    /** A horizontal area's answer: its level, one of the framework's levels. */
    record Level(int level) implements AnswerValue {
    }
}
