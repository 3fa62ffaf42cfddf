package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FundingMixUnitTest {

    @Test
    void shareAndLeverageOfAQuarterRegionalFunding() {
        var mix = new FundingMix(1_000_000, 1_000_000, 2_000_000, 0, 0);

        assertThat(mix.total()).isEqualTo(4_000_000);
        assertThat(mix.regionalShare()).hasValueSatisfying(share -> assertThat(share).isEqualByComparingTo("25.0"));
        assertThat(mix.leverage()).hasValueSatisfying(leverage -> assertThat(leverage).isEqualByComparingTo("3.00"));
    }

    @Test
    void sharesRoundHalfUpToOneDecimalAndLeverageToTwo() {
        var mix = new FundingMix(3, 2, 0, 0, 0);
        assertThat(mix.regionalShare().orElseThrow()).isEqualByComparingTo("60.0");
        assertThat(mix.leverage().orElseThrow()).isEqualByComparingTo("0.67");

        var third = new FundingMix(1, 0, 2, 0, 0);
        assertThat(third.regionalShare().orElseThrow()).isEqualByComparingTo("33.3");
        assertThat(third.leverage().orElseThrow()).isEqualByComparingTo("2.00");
        assertThat(new FundingMix(2, 0, 1, 0, 0).regionalShare().orElseThrow()).isEqualByComparingTo("66.7");
    }

    @Test
    void withoutRegionalMoneyTheShareIsZeroAndLeverageHasNoValue() {
        var mix = new FundingMix(0, 500_000, 1_500_000, 0, 0);

        assertThat(mix.regionalShare().orElseThrow()).isEqualByComparingTo("0.0");
        assertThat(mix.leverage()).isEmpty();
    }

    @Test
    void withoutAnyMoneyNeitherShareNorLeverageHasAValue() {
        assertThat(FundingMix.ZERO.regionalShare()).isEmpty();
        assertThat(FundingMix.ZERO.leverage()).isEmpty();
        assertThat(FundingMix.ZERO.baseMostlyNonRegional()).isFalse();
    }

    @Test
    void theBaseIsMostlyNonRegionalOnlyAboveHalf() {
        assertThat(new FundingMix(1_000_000, 0, 1_000_000, 2_000_000, 1_000_000).baseMostlyNonRegional()).isFalse();
        assertThat(new FundingMix(1_000_000, 0, 1_000_001, 2_000_001, 1_000_001).baseMostlyNonRegional()).isTrue();
    }

    @Test
    void aStreamCountsByItsKindAndTowardsTheBaseOnlyWhenMarkedSo() {
        var base = FundingFixtures.STREAMS.get(StandardStream.REGION_BASE.ordinal());
        var arena = FundingFixtures.STREAMS.get(StandardStream.REGION_ARENA.ordinal());
        var fees = FundingFixtures.STREAMS.get(StandardStream.MEMBER_FEES.ordinal());
        var eu = FundingFixtures.STREAMS.get(StandardStream.EU_FUNDS.ordinal());

        assertThat(FundingMix.of(base, 100)).isEqualTo(new FundingMix(100, 0, 0, 100, 0));
        assertThat(FundingMix.of(arena, 100)).isEqualTo(new FundingMix(100, 0, 0, 0, 0));
        assertThat(FundingMix.of(fees, 100)).isEqualTo(new FundingMix(0, 0, 100, 100, 100));
        assertThat(FundingMix.of(eu, 100)).isEqualTo(new FundingMix(0, 100, 0, 0, 0));
    }
}
