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
    void theSixSpellingsOfTheCaseFileAreOneNumber() {
        for (String spelling : new String[] {"559900-1236", "559900\u20131236", "559900\u20111236",
                "559900\u00a01236", "165599001236", "5599001236", "559900\u22121236", "5599\u200b00-1236",
                "５５９９００-１２３６"}) {
            assertThat(OrganisationNumber.normalise(spelling)).as(spelling).contains("559900-1236");
        }
    }

    @Test
    void aWrongCheckDigitIsRefusedAsSuch() {
        assertThat(OrganisationNumber.check("232100-0256").reasonKey()).isEqualTo(OrganisationNumber.CHECK_DIGIT);
        assertThat(OrganisationNumber.check("556036-0794").reasonKey()).isEqualTo(OrganisationNumber.CHECK_DIGIT);
    }

    @Test
    void wrongLengthsAndLettersAreRefusedWithTheirOwnReason() {
        assertThat(OrganisationNumber.check("232100-025").reasonKey()).isEqualTo(OrganisationNumber.LENGTH);
        assertThat(OrganisationNumber.check("19232100-0255").reasonKey()).isEqualTo(OrganisationNumber.LENGTH);
        assertThat(OrganisationNumber.check("").reasonKey()).isEqualTo(OrganisationNumber.LENGTH);
        assertThat(OrganisationNumber.check("23210O-0255").reasonKey()).isEqualTo(OrganisationNumber.NOT_DIGITS);
        assertThat(OrganisationNumber.check("232100/0255").reasonKey()).isEqualTo(OrganisationNumber.NOT_DIGITS);
    }

    @Test
    void aRefusedValueWithAnInvisibleOrLookAlikeCharacterSaysSo() {
        assertThat(OrganisationNumber.check("559900\u20131237").reasonKey())
                .isEqualTo(OrganisationNumber.CHECK_DIGIT + OrganisationNumber.HIDDEN_SUFFIX);
        assertThat(OrganisationNumber.check("559900\u00a0123").reasonKey())
                .isEqualTo(OrganisationNumber.LENGTH + OrganisationNumber.HIDDEN_SUFFIX);
        assertThat(OrganisationNumber.check("55990\u041e-1236").reasonKey())
                .as("a Cyrillic O for a zero").isEqualTo(OrganisationNumber.NOT_DIGITS + OrganisationNumber.HIDDEN_SUFFIX);
    }

    @Test
    void theCheckDigitIsLuhnOverTheFirstNineDigits() {
        assertThat(OrganisationNumber.checkDigit("232100025")).isEqualTo(5);
        assertThat(OrganisationNumber.checkDigit("000000000")).isZero();
    }
}
