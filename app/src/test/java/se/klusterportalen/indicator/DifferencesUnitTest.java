package se.klusterportalen.indicator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DifferencesUnitTest {

    private static IndicatorValue v(String text) {
        return ValueParser.parse(text).orElseThrow();
    }

    private static Difference diff(String earlier, String later) {
        return Differences.between(v(earlier), v(later));
    }

    @Test
    void exactAndSumsGiveAnExactDifference() {
        Difference difference = diff("3", "7+12+4");
        assertThat(difference.status()).isEqualTo(Difference.Status.COMPUTED);
        assertThat(difference.value().kind()).isEqualTo(ValueKind.EXACT);
        assertThat(difference.value().value()).isEqualByComparingTo("20");
        assertThat(diff("30", "26").value().text()).isEqualTo("\u22124");
        assertThat(diff("1,5", "3").value().value()).isEqualByComparingTo("1.5");
        assertThat(diff("1,5", "3").value().text()).isEqualTo("1,5");
    }

    @Test
    void approximateGivesApproximate() {
        Difference difference = diff("0", "ca 22");
        assertThat(difference.value().kind()).isEqualTo(ValueKind.APPROXIMATE);
        assertThat(difference.value().value()).isEqualByComparingTo("22");
        assertThat(difference.value().text()).isEqualTo("ca 22");
    }

    @Test
    void aRangeGivesARange() {
        Difference fromExact = diff("0", "20-80");
        assertThat(fromExact.value().kind()).isEqualTo(ValueKind.RANGE);
        assertThat(fromExact.value().low()).isEqualByComparingTo("20");
        assertThat(fromExact.value().high()).isEqualByComparingTo("80");

        Difference between = diff("10-20", "50-250");
        assertThat(between.value().low()).isEqualByComparingTo("30");
        assertThat(between.value().high()).isEqualByComparingTo("240");
        assertThat(between.value().text()).isEqualTo("30\u2013240");
    }

    @Test
    void alternativesGiveBothDifferences() {
        Difference difference = diff("4", "9 (15)");
        assertThat(difference.value().kind()).isEqualTo(ValueKind.WITH_ALTERNATIVE);
        assertThat(difference.value().value()).isEqualByComparingTo("5");
        assertThat(difference.value().alternative()).isEqualByComparingTo("11");
        assertThat(difference.value().text()).isEqualTo("5 (11)");
    }

    @Test
    void atLeastLaterGivesAtLeastButNotEarlier() {
        assertThat(diff("0", "15+").value().kind()).isEqualTo(ValueKind.AT_LEAST);
        assertThat(diff("0", "15+").value().value()).isEqualByComparingTo("15");
        assertThat(diff("15+", "20").status()).isEqualTo(Difference.Status.NOT_COMPARABLE);
    }

    @Test
    void uncertainGivesUncertain() {
        assertThat(diff("100", "(113)").value().kind()).isEqualTo(ValueKind.UNCERTAIN);
        assertThat(diff("100", "(113)").value().value()).isEqualByComparingTo("13");
    }

    @Test
    void missingValuesAndIncompatibleKindsSaySo() {
        assertThat(diff("n.a.", "640").status()).isEqualTo(Difference.Status.MISSING_VALUE);
        assertThat(diff("", "(58)").status()).isEqualTo(Difference.Status.MISSING_VALUE);
        assertThat(diff("20-30", "8 (24)").status()).isEqualTo(Difference.Status.NOT_COMPARABLE);
        assertThat(diff("20-30", "8 (24)").value()).isNull();
    }

    @Test
    void aReportedDifferenceThatDisagreesIsAMismatch() {
        assertThat(Differences.mismatch(v("20"), diff("3", "7+12+4"))).isFalse();
        assertThat(Differences.mismatch(v("21"), diff("3", "7+12+4"))).isTrue();
        assertThat(Differences.mismatch(v("\u22124"), diff("30", "26"))).isFalse();
        assertThat(Differences.mismatch(v("-4"), diff("30", "26"))).isFalse();
        assertThat(Differences.mismatch(v("2+5"), diff("0", "2+5"))).isFalse();
        assertThat(Differences.mismatch(v("5 (11)"), diff("4", "9 (15)"))).isFalse();
        assertThat(Differences.mismatch(v("5 (12)"), diff("4", "9 (15)"))).isTrue();
        assertThat(Differences.mismatch(v("20-80"), diff("0", "20-80"))).isFalse();
        assertThat(Differences.mismatch(v("20-90"), diff("0", "20-80"))).isTrue();
        assertThat(Differences.mismatch(v("15"), diff("0", "15+"))).isFalse();
        assertThat(Differences.mismatch(v(""), diff("3", "4"))).as("nothing reported").isFalse();
        assertThat(Differences.mismatch(v("(58)"), diff("", "(58)"))).as("nothing computed").isFalse();
        assertThat(new BigDecimal("5.0").compareTo(diff("1", "6").value().value())).isZero();
    }
}
