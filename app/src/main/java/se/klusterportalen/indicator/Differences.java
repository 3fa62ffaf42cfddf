package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The difference rule of issue 12. Exact values and sums give an exact difference; an approximate value gives an
 * approximate one; a range gives a range (later low − earlier high … later high − earlier low); "at least" later
 * against an exact earlier value gives "at least"; an uncertain value gives an uncertain difference; a value with an
 * alternative count against an exact one (or another such value) gives both differences. Anything else, and any
 * missing value, is not computed, and says why.
 */
final class Differences {

    private Differences() {
    }

    static Difference between(IndicatorValue earlier, IndicatorValue later) {
        if (earlier.kind().missing() || later.kind().missing()) {
            return Difference.MISSING;
        }
        ValueKind a = earlier.kind();
        ValueKind b = later.kind();
        if (a.summable() && b.summable()) {
            return point(ValueKind.EXACT, later.value(), earlier.value());
        }
        if (a == ValueKind.AT_LEAST) {
            return Difference.NOT_COMPARABLE;
        }
        if (b == ValueKind.AT_LEAST) {
            return a.summable() ? point(ValueKind.AT_LEAST, later.value(), earlier.value()) : Difference.NOT_COMPARABLE;
        }
        if (a == ValueKind.WITH_ALTERNATIVE || b == ValueKind.WITH_ALTERNATIVE) {
            if (!(a.summable() || a == ValueKind.WITH_ALTERNATIVE) || !(b.summable() || b == ValueKind.WITH_ALTERNATIVE)) {
                return Difference.NOT_COMPARABLE;
            }
            BigDecimal value = later.value().subtract(earlier.value());
            BigDecimal alternative = alternativeOf(later).subtract(alternativeOf(earlier));
            return Difference.of(IndicatorValue.withAlternative(write(value) + " (" + write(alternative) + ")", value,
                    alternative));
        }
        if (a == ValueKind.UNCERTAIN || b == ValueKind.UNCERTAIN) {
            boolean plain = (a.summable() || a == ValueKind.UNCERTAIN) && (b.summable() || b == ValueKind.UNCERTAIN);
            return plain ? point(ValueKind.UNCERTAIN, later.value(), earlier.value()) : Difference.NOT_COMPARABLE;
        }
        if (a == ValueKind.RANGE || b == ValueKind.RANGE) {
            BigDecimal low = later.lowest().subtract(earlier.highest());
            BigDecimal high = later.highest().subtract(earlier.lowest());
            return Difference.of(IndicatorValue.range(write(low) + "\u2013" + write(high), low, high));
        }
        // approximate against exact, sum or approximate
        return point(ValueKind.APPROXIMATE, later.value(), earlier.value());
    }

    /**
     * Whether a reported difference disagrees with the computed one: compared by their lowest and highest readings
     * and their alternative counts. Nothing reported, or nothing computed, is no disagreement.
     */
    static boolean mismatch(IndicatorValue reported, Difference computed) {
        IndicatorValue value = computed.value();
        if (reported.kind().missing() || value == null) {
            return false;
        }
        if (!same(reported.lowest(), value.lowest())) {
            return true;
        }
        if (reported.highest() != null && value.highest() != null && !same(reported.highest(), value.highest())) {
            return true;
        }
        return reported.alternative() != null && value.alternative() != null
                && !same(reported.alternative(), value.alternative());
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal alternativeOf(IndicatorValue value) {
        return value.alternative() != null ? value.alternative() : value.value();
    }

    private static Difference point(ValueKind kind, BigDecimal later, BigDecimal earlier) {
        BigDecimal difference = later.subtract(earlier);
        String text = switch (kind) {
            case APPROXIMATE -> "ca " + write(difference);
            case AT_LEAST -> write(difference) + "+";
            case UNCERTAIN -> "(" + write(difference) + ")";
            default -> write(difference);
        };
        return Difference.of(new IndicatorValue(text, kind, difference,
                kind == ValueKind.AT_LEAST ? difference : null, null, List.of(), null, false));
    }

    /** A number as a Swedish text: decimal comma, minus sign, no grouping. */
    static String write(BigDecimal number) {
        String plain = number.stripTrailingZeros().toPlainString().replace('.', ',');
        return plain.startsWith("-") ? "\u2212" + plain.substring(1) : plain;
    }
}
