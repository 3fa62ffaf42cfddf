package se.klusterportalen.funding.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KronorInputUnitTest {

    @Test
    void readsAmountsAsSwedesWriteThem() {
        assertThat(KronorInput.parse("1 250 000")).hasValue(1_250_000);
        assertThat(KronorInput.parse("1\u00a0250\u00a0000 kr")).hasValue(1_250_000);
        assertThat(KronorInput.parse("1.250.000")).hasValue(1_250_000);
        assertThat(KronorInput.parse(" 700000kr ")).hasValue(700_000);
        assertThat(KronorInput.parse("0")).hasValue(0);
    }

    @Test
    void anEmptyTextIsNoAmount() {
        assertThat(KronorInput.parse("")).isEmpty();
        assertThat(KronorInput.parse("  ")).isEmpty();
        assertThat(KronorInput.parse(null)).isEmpty();
    }

    @Test
    void refusesWhatIsNotWholeNonNegativeKronor() {
        assertThatThrownBy(() -> KronorInput.parse("-5")).hasMessage("funding.amount.negative");
        assertThatThrownBy(() -> KronorInput.parse("\u22125 000")).hasMessage("funding.amount.negative");
        assertThatThrownBy(() -> KronorInput.parse("1,5")).hasMessage("funding.amount.invalid");
        assertThatThrownBy(() -> KronorInput.parse("12abc")).hasMessage("funding.amount.invalid");
        assertThatThrownBy(() -> KronorInput.parse("1e6")).hasMessage("funding.amount.invalid");
        assertThatThrownBy(() -> KronorInput.parse("9999999999999999")).hasMessage("funding.amount.too-large");
    }
}
