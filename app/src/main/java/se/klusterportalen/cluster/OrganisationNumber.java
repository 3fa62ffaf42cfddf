package se.klusterportalen.cluster;

import se.klusterportalen.text.PlainText;

import java.util.Optional;

/**
 * Swedish organisation numbers (organisationsnummer): ten digits, written NNNNNN-NNNN, the last a Luhn check
 * digit over the first nine. Also accepted: twelve digits with the prefix 16, no hyphen, a space instead, and the
 * look-alikes people paste from web pages and word processors (en dash, non-breaking hyphen, minus sign, no-break
 * space, zero-width characters, full-width digits): all are stored as NNNNNN-NNNN.
 */
final class OrganisationNumber {

    static final String LENGTH = "cluster.error.org-number.length";
    static final String NOT_DIGITS = "cluster.error.org-number.not-digits";
    static final String CHECK_DIGIT = "cluster.error.org-number.check-digit";
    /** Appended to a reason key when the value also holds an invisible or look-alike character. */
    static final String HIDDEN_SUFFIX = ".hidden";

    /** Either the canonical number or the message key of the real problem with it. */
    record Checked(Optional<String> number, String reasonKey) {
    }

    private OrganisationNumber() {
    }

    /** The number in the form NNNNNN-NNNN, or empty when it is not a valid organisation number. */
    static Optional<String> normalise(String text) {
        return check(text).number();
    }

    /**
     * The canonical number, or why not: {@link #NOT_DIGITS} (a letter or another sign), {@link #LENGTH} (not 10
     * digits, nor 12 starting with 16), {@link #CHECK_DIGIT}; each with {@link #HIDDEN_SUFFIX} when the value holds
     * an invisible or look-alike character, so the message can say what the user cannot see.
     */
    static Checked check(String text) {
        if (text == null || PlainText.code(text).isEmpty()) {
            return new Checked(Optional.empty(), LENGTH);
        }
        String code = PlainText.code(text);
        String suffix = PlainText.hasInvisibleOrLookAlike(text) || !code.chars().allMatch(c -> c < 128)
                ? HIDDEN_SUFFIX : "";
        String digits = code.replace("-", "").replace(" ", "");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Checked(Optional.empty(), NOT_DIGITS + suffix);
        }
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 10) {
            return new Checked(Optional.empty(), LENGTH + suffix);
        }
        if (checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            return new Checked(Optional.empty(), CHECK_DIGIT + suffix);
        }
        return new Checked(Optional.of(digits.substring(0, 6) + "-" + digits.substring(6)), "");
    }

    /** Luhn: double every other digit from the left (weights 2, 1, 2, ...), sum the digits. */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
