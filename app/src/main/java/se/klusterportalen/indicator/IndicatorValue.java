package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reported value as written and as understood. Numbers are exact decimals, never floating point.
 *
 * @param text        the original text (trimmed), empty for {@link ValueKind#NOT_REPORTED}
 * @param value       the number the kind speaks of: the exact, approximate, uncertain or at-least number, the sum of
 *                    the parts, the main count of {@link ValueKind#WITH_ALTERNATIVE}; {@code null} for ranges and
 *                    missing values
 * @param low         a range's low end, or the bound of {@link ValueKind#AT_LEAST}; else {@code null}
 * @param high        a range's high end; else {@code null}
 * @param parts       the parts of a {@link ValueKind#SUM}, in the order written; else empty
 * @param alternative the bracketed count of {@link ValueKind#WITH_ALTERNATIVE}; else {@code null}
 * @param review      the text was understood but should be checked by a person (a part with a leading zero such as
 *                    {@code 13+05}, which could also be a time)
 */
public record IndicatorValue(String text, ValueKind kind, @Nullable BigDecimal value, @Nullable BigDecimal low,
                             @Nullable BigDecimal high, List<BigDecimal> parts, @Nullable BigDecimal alternative,
                             boolean review) {

    public IndicatorValue {
        parts = List.copyOf(parts);
    }

    static IndicatorValue notReported() {
        return new IndicatorValue("", ValueKind.NOT_REPORTED, null, null, null, List.of(), null, false);
    }

    static IndicatorValue notAvailable(String text) {
        return new IndicatorValue(text, ValueKind.NOT_AVAILABLE, null, null, null, List.of(), null, false);
    }

    static IndicatorValue of(String text, ValueKind kind, BigDecimal value) {
        return new IndicatorValue(text, kind, value, kind == ValueKind.AT_LEAST ? value : null, null, List.of(), null,
                false);
    }

    static IndicatorValue range(String text, BigDecimal low, BigDecimal high) {
        return new IndicatorValue(text, ValueKind.RANGE, null, low, high, List.of(), null, false);
    }

    static IndicatorValue withAlternative(String text, BigDecimal value, BigDecimal alternative) {
        return new IndicatorValue(text, ValueKind.WITH_ALTERNATIVE, value, null, null, List.of(), alternative, false);
    }

    /** The lowest the value can be read as: the value, or a range's low end. */
    @Nullable BigDecimal lowest() {
        return kind == ValueKind.RANGE ? low : value;
    }

    /** The highest the value can be read as: the value, or a range's high end ({@code null} for "at least"). */
    @Nullable BigDecimal highest() {
        return kind == ValueKind.RANGE ? high : kind == ValueKind.AT_LEAST ? null : value;
    }
}
