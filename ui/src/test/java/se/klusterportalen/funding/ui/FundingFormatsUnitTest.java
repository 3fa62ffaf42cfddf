package se.klusterportalen.funding.ui;

import org.junit.jupiter.api.Test;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.MessagesI18NProvider;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The Swedish formats the funding views rely on (non-breaking spaces keep amounts on one line). */
class FundingFormatsUnitTest {

    @Test
    void kronorMillionsPercentAndDecimals() {
        assertThat(Formats.kronor(1_250_000)).isEqualTo("1\u00a0250\u00a0000\u00a0kr");
        assertThat(Formats.mnkr(1_250_000, MessagesI18NProvider.SWEDISH)).isEqualTo("1,3\u00a0mnkr");
        assertThat(Formats.mnkr(7_000_000, MessagesI18NProvider.SWEDISH)).isEqualTo("7,0\u00a0mnkr");
        assertThat(Formats.mnkr(0, MessagesI18NProvider.SWEDISH)).isEqualTo("0,0\u00a0mnkr");
        assertThat(Formats.mnkr(1_250_000, MessagesI18NProvider.ENGLISH)).isEqualTo("1,3\u00a0MSEK");
        assertThat(Formats.percent(new BigDecimal("42.5"))).isEqualTo("42,5\u00a0%");
        assertThat(Formats.decimal(new BigDecimal("1.35"))).isEqualTo("1,35");
        assertThat(Formats.decimal(new BigDecimal("12.00"))).isEqualTo("12,00");
    }
}
