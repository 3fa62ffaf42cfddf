package se.klusterportalen.cluster;

import java.util.Optional;

/**
 * Swedish organisation numbers (organisationsnummer): ten digits, written NNNNNN-NNNN, the last a Luhn check
 * digit over the first nine. A twelve-digit form with the prefix 16 is accepted too.
 */
final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** The number in the form NNNNNN-NNNN, or empty when it is not a valid organisation number. */
    static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replace("-", "").replace(" ", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
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
