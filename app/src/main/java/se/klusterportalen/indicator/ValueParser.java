package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.text.PlainText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the kind of a reported indicator text and its numbers (see {@link ValueKind}). Pure. A text that
 * matches no kind is not guessed at: {@link #parse} returns empty and the importer reports the text as an error.
 *
 * <p>Numbers: digits with an optional Swedish decimal comma ({@code 3,5}) or decimal point ({@code 3.5}), thousands
 * grouped with spaces ({@code 1 416}); a leading minus (hyphen, U+2212 or an en dash) for differences. A point
 * followed by exactly three digits ({@code 1.250}) is refused: it may be a thousands separator or a decimal point.
 */
final class ValueParser {

    private static final String UNSIGNED = "(?:\\d{1,3}(?: \\d{3})+|\\d+)(?:[.,]\\d+)?";
    private static final String SIGNED = "[-\u2212\u2013]?" + UNSIGNED;
    private static final Pattern EXACT = Pattern.compile("(" + SIGNED + ")");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?:ca\\.?|c:a|cirka|ungefär|approx\\.?|~|≈)\\s*(" + SIGNED + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_LEAST_AFTER = Pattern.compile("(" + UNSIGNED + ")\\s*\\+");
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("(?:>=?|≥|minst|över)\\s*(" + UNSIGNED + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUM = Pattern.compile(UNSIGNED + "(?:\\s*\\+\\s*" + UNSIGNED + ")+");
    private static final Pattern PART = Pattern.compile(UNSIGNED);
    private static final Pattern RANGE = Pattern.compile("(" + SIGNED + ")\\s*[-\u2013\u2014]\\s*(" + UNSIGNED + ")");
    private static final Pattern UNCERTAIN = Pattern.compile("\\(\\s*(" + SIGNED + ")\\s*\\)");
    private static final Pattern WITH_ALTERNATIVE = Pattern.compile(
            "(" + SIGNED + ")\\s*\\(\\s*(" + SIGNED + ")\\s*\\)");
    private static final Pattern AMBIGUOUS_POINT = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");
    private static final Set<String> NOT_AVAILABLE = Set.of("n.a.", "n.a", "n/a", "na", "n. a.", "uppgift saknas",
            "uppg. saknas", "saknas", "ej tillgängligt", "ej tillgänglig", "-", "\u2013", "\u2014", "\u2212");

    private ValueParser() {
    }

    /** The value the text stands for, or empty when the text matches no known kind. */
    static Optional<IndicatorValue> parse(String raw) {
        String text = normalise(raw);
        if (text.isEmpty()) {
            return Optional.of(IndicatorValue.notReported());
        }
        if (NOT_AVAILABLE.contains(text.toLowerCase(Locale.ROOT))) {
            return Optional.of(IndicatorValue.notAvailable(text));
        }
        try {
            return Optional.ofNullable(recognise(text));
        } catch (NumberFormatException ambiguous) {
            return Optional.empty();
        }
    }

    private static IndicatorValue recognise(String text) {
        Matcher m;
        if ((m = EXACT.matcher(text)).matches()) {
            return flagged(IndicatorValue.of(text, ValueKind.EXACT, number(m.group(1))), m.group(1));
        }
        if ((m = APPROXIMATE.matcher(text)).matches()) {
            return flagged(IndicatorValue.of(text, ValueKind.APPROXIMATE, number(m.group(1))), m.group(1));
        }
        if ((m = AT_LEAST_AFTER.matcher(text)).matches() || (m = AT_LEAST_BEFORE.matcher(text)).matches()) {
            return flagged(IndicatorValue.of(text, ValueKind.AT_LEAST, number(m.group(1))), m.group(1));
        }
        if (SUM.matcher(text).matches()) {
            return sum(text);
        }
        if ((m = RANGE.matcher(text)).matches()) {
            BigDecimal low = number(m.group(1));
            BigDecimal high = number(m.group(2));
            return low.compareTo(high) < 0
                    ? flagged(IndicatorValue.range(text, low, high), m.group(1), m.group(2)) : null;
        }
        if ((m = UNCERTAIN.matcher(text)).matches()) {
            return flagged(IndicatorValue.of(text, ValueKind.UNCERTAIN, number(m.group(1))), m.group(1));
        }
        if ((m = WITH_ALTERNATIVE.matcher(text)).matches()) {
            return flagged(IndicatorValue.withAlternative(text, number(m.group(1)), number(m.group(2))),
                    m.group(1), m.group(2));
        }
        return null;
    }

    private static IndicatorValue sum(String text) {
        var parts = new ArrayList<BigDecimal>();
        var written = new ArrayList<String>();
        Matcher part = PART.matcher(text);
        while (part.find()) {
            written.add(part.group());
            parts.add(number(part.group()));
        }
        BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new IndicatorValue(text, ValueKind.SUM, total, null, null, parts, null,
                written.stream().anyMatch(ValueParser::leadingZero));
    }

    private static IndicatorValue flagged(IndicatorValue value, String... numbers) {
        for (String number : numbers) {
            if (leadingZero(number)) {
                return new IndicatorValue(value.text(), value.kind(), value.value(), value.low(), value.high(),
                        value.parts(), value.alternative(), true);
            }
        }
        return value;
    }

    /** {@code 05} but not {@code 0} or {@code 0,5}. */
    private static boolean leadingZero(String number) {
        String digits = number.replaceFirst("^[-\u2212\u2013]", "");
        return digits.length() > 1 && digits.charAt(0) == '0' && Character.isDigit(digits.charAt(1));
    }

    /** An exact decimal; {@link NumberFormatException} for a point that may be a thousands separator. */
    static BigDecimal number(String written) {
        String digits = written.replace(" ", "");
        if (AMBIGUOUS_POINT.matcher(digits.replaceFirst("^[-\u2212\u2013]", "")).matches()) {
            throw new NumberFormatException(written);
        }
        digits = digits.replace('\u2212', '-').replace('\u2013', '-').replace(',', '.');
        return new BigDecimal(digits);
    }

    /** The shared normaliser's one-line text: trimmed, invisible characters (soft hyphens) gone, one plain space. */
    static String normalise(@Nullable String raw) {
        return PlainText.line(raw);
    }
}
