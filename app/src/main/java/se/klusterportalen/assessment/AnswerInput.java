package se.klusterportalen.assessment;

import se.klusterportalen.text.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters for one question of the form. Blank texts count as none.
 *
 * @param value  {@link AnswerValue.Met} for a criterion, {@link AnswerValue.Level} for an area; null = not yet answered
 * @param text   a criterion's evidence, an area's analysis (at most 4 000 characters)
 * @param detail a criterion's optional link (http or https, at most 500 characters), an area's concrete activities
 *               (at most 4 000 characters)
 * @throws IllegalArgumentException when the value is not of the kind's type
 */
public record AnswerInput(AnswerKind kind, String code, @Nullable AnswerValue value, @Nullable String text,
                          @Nullable String detail) {

    public AnswerInput {
        if (value != null && !kind.holds(value)) {
            throw new IllegalArgumentException(kind + " " + code + " cannot hold " + value);
        }
        text = blankToNull(text);
        detail = blankToNull(detail);
    }

    /** A criterion's answer: met (null = not yet answered), the evidence and an optional link. */
    public static AnswerInput criterion(String code, @Nullable Boolean met, @Nullable String evidence,
                                        @Nullable String link) {
        return new AnswerInput(AnswerKind.CRITERION, code, met == null ? null : new AnswerValue.Met(met), evidence, link);
    }

    /** A horizontal area's answer: the level (null = none chosen), the analysis and the concrete activities. */
    public static AnswerInput area(String code, @Nullable Integer level, @Nullable String analysis,
                                   @Nullable String activities) {
        return new AnswerInput(AnswerKind.AREA, code, level == null ? null : new AnswerValue.Level(level), analysis,
                activities);
    }

    boolean isEmpty() {
        return value == null && text == null && detail == null;
    }

    /** Typed text as {@link PlainText#lines} normalises it; {@code null} when nothing is left. */
    private static @Nullable String blankToNull(@Nullable String text) {
        String lines = PlainText.lines(text);
        return lines.isEmpty() ? null : lines;
    }
}
