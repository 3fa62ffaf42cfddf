package se.klusterportalen.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValueParserUnitTest {

    private static IndicatorValue parse(String text) {
        return ValueParser.parse(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    @Test
    void exactNumbersAlsoNegativeGroupedAndWithADecimalComma() {
        assertThat(parse("12")).isEqualTo(new IndicatorValue("12", ValueKind.EXACT, n("12"), null, null, List.of(), null, false));
        assertThat(parse("1 416").value()).isEqualByComparingTo("1416");
        assertThat(parse("1\u00a0416").value()).isEqualByComparingTo("1416");
        assertThat(parse("3,5").value()).isEqualTo(n("3.5"));
        assertThat(parse("3.5").value()).isEqualTo(n("3.5"));
        assertThat(parse("-4").value()).isEqualTo(n("-4"));
        assertThat(parse("\u22124").value()).isEqualTo(n("-4"));
        assertThat(parse("\u22124").kind()).isEqualTo(ValueKind.EXACT);
        assertThat(parse("\u20132,5").value()).isEqualTo(n("-2.5"));
        assertThat(parse(" 0 ").value()).isEqualTo(n("0"));
        assertThat(parse("0").review()).isFalse();
        assertThat(parse("0,5").review()).isFalse();
    }

    @Test
    void approximateValues() {
        for (String text : List.of("ca 39", "ca. 39", "ca.39", "Ca 39", "~39", "~ 39", "c:a 39", "cirka 39")) {
            IndicatorValue value = parse(text);
            assertThat(value.kind()).as(text).isEqualTo(ValueKind.APPROXIMATE);
            assertThat(value.value()).as(text).isEqualTo(n("39"));
            assertThat(value.text()).isEqualTo(text.strip());
        }
        assertThat(parse("ca 22,5").value()).isEqualTo(n("22.5"));
    }

    @Test
    void rangesWithHyphenEnDashAndSpaces() {
        for (String text : List.of("50-250", "50\u2013250", "50 - 250", "50 \u2013 250", "50\u2014250")) {
            IndicatorValue value = parse(text);
            assertThat(value.kind()).as(text).isEqualTo(ValueKind.RANGE);
            assertThat(value.low()).as(text).isEqualTo(n("50"));
            assertThat(value.high()).as(text).isEqualTo(n("250"));
            assertThat(value.value()).as("a range is not its middle").isNull();
        }
    }

    @Test
    void atLeast() {
        for (String text : List.of("25+", "25 +", ">25", "> 25", "≥25")) {
            IndicatorValue value = parse(text);
            assertThat(value.kind()).as(text).isEqualTo(ValueKind.AT_LEAST);
            assertThat(value.value()).as(text).isEqualTo(n("25"));
            assertThat(value.low()).as(text).isEqualTo(n("25"));
            assertThat(value.high()).isNull();
        }
    }

    @Test
    void sumsKeepTheirParts() {
        IndicatorValue sum = parse("11+26+50");
        assertThat(sum.kind()).isEqualTo(ValueKind.SUM);
        assertThat(sum.value()).isEqualTo(n("87"));
        assertThat(sum.parts()).containsExactly(n("11"), n("26"), n("50"));
        assertThat(sum.review()).isFalse();
        assertThat(parse("7 + 12 + 4").value()).isEqualTo(n("23"));
    }

    @Test
    void aPartWithALeadingZeroIsStillASumButFlagged() {
        IndicatorValue value = parse("13+05");
        assertThat(value.kind()).isEqualTo(ValueKind.SUM);
        assertThat(value.value()).isEqualTo(n("18"));
        assertThat(value.parts()).containsExactly(n("13"), n("5"));
        assertThat(value.review()).isTrue();
    }

    @Test
    void uncertainAndWithAlternative() {
        IndicatorValue uncertain = parse("(113)");
        assertThat(uncertain.kind()).isEqualTo(ValueKind.UNCERTAIN);
        assertThat(uncertain.value()).isEqualTo(n("113"));

        IndicatorValue alternative = parse("8 (24)");
        assertThat(alternative.kind()).isEqualTo(ValueKind.WITH_ALTERNATIVE);
        assertThat(alternative.value()).isEqualTo(n("8"));
        assertThat(alternative.alternative()).isEqualTo(n("24"));
        assertThat(parse("8(24)").kind()).isEqualTo(ValueKind.WITH_ALTERNATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"n.a.", "N.A.", "n.a", "n/a", "N/A", "uppgift saknas", "Uppgift saknas", "-", "\u2013", " - "})
    void notAvailable(String text) {
        IndicatorValue value = parse(text);
        assertThat(value.kind()).isEqualTo(ValueKind.NOT_AVAILABLE);
        assertThat(value.value()).as("not available is not zero").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0"})
    void emptyIsNotReported(String text) {
        IndicatorValue value = parse(text);
        assertThat(value.kind()).isEqualTo(ValueKind.NOT_REPORTED);
        assertThat(value.value()).isNull();
        assertThat(value.text()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12 st", "1.250", "250-50", "ca", "+", "5 -", "(12", "8 (24", "11 26", "1e6",
            "12,5,3", "ca 20-30", "--4"})
    void aTextOfNoKnownKindIsNotGuessed(String text) {
        assertThat(ValueParser.parse(text)).isEmpty();
    }
}
