package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationNumberUnitTest {

    @Test
    void aValidNumberIsAcceptedInEveryUsualSpellingAndWrittenWithAHyphen() {
        assertThat(OrganisationNumber.normalise("232100-0255")).contains("232100-0255");
        assertThat(OrganisationNumber.normalise("2321000255")).contains("232100-0255");
        assertThat(OrganisationNumber.normalise(" 16232100-0255 ")).contains("232100-0255");
        assertThat(OrganisationNumber.normalise("556036-0793")).contains("556036-0793");
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(OrganisationNumber.normalise("232100-0256")).isEmpty();
        assertThat(OrganisationNumber.normalise("556036-0794")).isEmpty();
    }

    @Test
    void wrongLengthsAndLettersAreRefused() {
        assertThat(OrganisationNumber.normalise("232100-025")).isEmpty();
        assertThat(OrganisationNumber.normalise("23210O-0255")).isEmpty();
        assertThat(OrganisationNumber.normalise("19232100-0255")).isEmpty();
        assertThat(OrganisationNumber.normalise("")).isEmpty();
    }

    @Test
    void theCheckDigitIsLuhnOverTheFirstNineDigits() {
        assertThat(OrganisationNumber.checkDigit("232100025")).isEqualTo(5);
        assertThat(OrganisationNumber.checkDigit("000000000")).isZero();
    }
}
