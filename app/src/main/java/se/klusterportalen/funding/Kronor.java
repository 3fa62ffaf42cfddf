package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads an amount as people type it or spreadsheets hold it: "1 250 000", "1250000 kr", "1.250.000", "1250000,00".
 * Only whole, non-negative kronor; an empty text is no amount. A text that is no amount is refused with
 * {@link Rejection.Invalid} on the field {@value #FIELD} with one of the keys below.
 */
public final class Kronor {

    /** The field of the {@link Rejection.Invalid} that refuses a text. */
    public static final String FIELD = "amount";
    public static final String INVALID = "funding.amount.invalid";
    public static final String NEGATIVE = "funding.amount.negative";
    public static final String TOO_LARGE = "funding.amount.too-large";
    public static final String NOT_WHOLE = "funding.amount.not-whole";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("(\\d+)[.,](\\d+)");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,15}");

    private Kronor() {
    }

    /**
     * Millions of kronor with one decimal, for charts and reports: "1,3 mnkr" in Swedish, "1,3 MSEK" in English (the
     * number stays in the Swedish format, like every figure; only the unit is a word of the language).
     */
    public static String mnkr(long value, Locale language) {
        String unit = "en".equals(language.getLanguage()) ? "MSEK" : "mnkr";
        var format = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(java.math.BigDecimal.valueOf(value).divide(java.math.BigDecimal.valueOf(1_000_000), 1,
                java.math.RoundingMode.HALF_UP)) + "\u00a0" + unit;
    }

    public static OptionalLong parse(String text) {
        String cleaned = text == null ? "" : SPACES.matcher(text).replaceAll("");
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (lower.endsWith("kr") || lower.endsWith("sek")) {
            cleaned = cleaned.substring(0, cleaned.length() - (lower.endsWith("kr") ? 2 : 3));
        }
        if (cleaned.isEmpty()) {
            return OptionalLong.empty();
        }
        if (cleaned.startsWith("-") || cleaned.startsWith("\u2212")) {
            throw new Rejection.Invalid(FIELD, NEGATIVE);
        }
        if (DOTTED_THOUSANDS.matcher(cleaned).matches()) {
            cleaned = cleaned.replace(".", "");
        }
        var decimal = DECIMAL.matcher(cleaned);
        if (decimal.matches()) {
            if (!decimal.group(2).chars().allMatch(c -> c == '0')) {
                throw new Rejection.Invalid(FIELD, NOT_WHOLE);
            }
            cleaned = decimal.group(1);
        }
        if (cleaned.matches("\\d{16,}")) {
            throw new Rejection.Invalid(FIELD, TOO_LARGE);
        }
        if (!DIGITS.matcher(cleaned).matches()) {
            throw new Rejection.Invalid(FIELD, INVALID);
        }
        return OptionalLong.of(Long.parseLong(cleaned));
    }
}
