package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection.FieldError;
import se.klusterportalen.rejection.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KronorUnitTest {

    @Test
    void readsAmountsAsSwedesWriteThem() {
        assertThat(Kronor.parse("1 250 000")).hasValue(1_250_000);
        assertThat(Kronor.parse("1\u00a0250\u00a0000 kr")).hasValue(1_250_000);
        assertThat(Kronor.parse("1.250.000")).hasValue(1_250_000);
        assertThat(Kronor.parse(" 700000kr ")).hasValue(700_000);
        assertThat(Kronor.parse("700 000 SEK")).hasValue(700_000);
        assertThat(Kronor.parse("0")).hasValue(0);
    }

    @Test
    void readsWholeKronorWrittenWithDecimals() {
        assertThat(Kronor.parse("1250000,00")).hasValue(1_250_000);
        assertThat(Kronor.parse("1250000.0")).hasValue(1_250_000);
    }

    @Test
    void anEmptyTextIsNoAmount() {
        assertThat(Kronor.parse("")).isEmpty();
        assertThat(Kronor.parse("  ")).isEmpty();
        assertThat(Kronor.parse(null)).isEmpty();
    }

    @Test
    void refusesWhatIsNotWholeNonNegativeKronor() {
        assertThatThrownBy(() -> Kronor.parse("-5"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("amount", "funding.amount.negative")));
        assertThatThrownBy(() -> Kronor.parse("\u22125 000"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("amount", "funding.amount.negative")));
        assertThatThrownBy(() -> Kronor.parse("1,5"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("amount", "funding.amount.not-whole")));
        assertThatThrownBy(() -> Kronor.parse("1250000.50"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("amount", "funding.amount.not-whole")));
        assertThatThrownBy(() -> Kronor.parse("12abc"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("amount", "funding.amount.invalid")));
        assertThatThrownBy(() -> Kronor.parse("1e6"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("amount", "funding.amount.invalid")));
        assertThatThrownBy(() -> Kronor.parse("1.2.3"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("amount", "funding.amount.invalid")));
        assertThatThrownBy(() -> Kronor.parse("9999999999999999"))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("amount", "funding.amount.too-large")));
    }
}
