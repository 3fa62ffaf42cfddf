package se.klusterportalen.funding.ui;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads an amount as people type it: "1 250 000", "1250000 kr", "1.250.000". Only whole, non-negative kronor;
 * an empty text is no amount. Errors are message keys.
 */
final class KronorInput {

    static final String INVALID = "funding.amount.invalid";
    static final String NEGATIVE = "funding.amount.negative";
    static final String TOO_LARGE = "funding.amount.too-large";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\u202f.]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,15}");

    private KronorInput() {
    }

    static OptionalLong parse(String text) {
        String cleaned = text == null ? "" : SEPARATORS.matcher(text.strip()).replaceAll("");
        if (cleaned.toLowerCase(java.util.Locale.ROOT).endsWith("kr")) {
            cleaned = cleaned.substring(0, cleaned.length() - 2);
        }
        if (cleaned.isEmpty()) {
            return OptionalLong.empty();
        }
        if (cleaned.startsWith("-") || cleaned.startsWith("\u2212")) {
            throw new IllegalArgumentException(NEGATIVE);
        }
        if (cleaned.matches("\\d{16,}")) {
            throw new IllegalArgumentException(TOO_LARGE);
        }
        if (!DIGITS.matcher(cleaned).matches()) {
            throw new IllegalArgumentException(INVALID);
        }
        return OptionalLong.of(Long.parseLong(cleaned));
    }
}
