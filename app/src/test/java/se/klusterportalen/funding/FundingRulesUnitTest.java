package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.funding.FundingWarning.Type.BASE_RISING;
import static se.klusterportalen.funding.FundingWarning.Type.FLOOR_NOT_REACHED;
import static se.klusterportalen.funding.TaperingShape.LINEAR;

class FundingRulesUnitTest {

    private static final Optional<TaperingPlan> TO_ONE_MILLION_IN_2021 =
            Optional.of(new TaperingPlan(2017, 3_000_000, 2021, 1_000_000, LINEAR));

    @Test
    void aPlanThatFallsToTheFloorBreaksNoRule() {
        var base = Map.of(2017, 3_000_000L, 2018, 2_500_000L, 2019, 2_000_000L, 2020, 1_500_000L, 2021, 1_000_000L);

        assertThat(FundingRules.tapering(TO_ONE_MILLION_IN_2021, base)).isEmpty();
    }

    @Test
    void risingBaseAndAMissedFloorAreReportedWithTheirYears() {
        var base = Map.of(2017, 3_000_000L, 2018, 2_500_000L, 2019, 2_700_000L, 2020, 1_500_000L, 2021, 1_200_000L);

        assertThat(FundingRules.tapering(TO_ONE_MILLION_IN_2021, base)).containsExactly(
                new FundingWarning(BASE_RISING, 2019, 2_700_000, 2_500_000),
                new FundingWarning(FLOOR_NOT_REACHED, 2021, 1_200_000, 1_000_000));
    }

    @Test
    void onlyYearsInsideTheTaperingPeriodAreChecked() {
        var tapering = Optional.of(new TaperingPlan(2019, 2_000_000, 2021, 1_000_000, LINEAR));
        var base = Map.of(2017, 500_000L, 2018, 900_000L, 2019, 2_000_000L, 2020, 1_500_000L, 2021, 1_000_000L);

        // 2018 → 2019 rises, but 2019 is where the tapering starts
        assertThat(FundingRules.tapering(tapering, base)).isEmpty();
    }

    @Test
    void aYearWithoutPlannedBaseCountsAsNothingSoTheNextYearRises() {
        var base = Map.of(2017, 3_000_000L, 2019, 2_000_000L, 2020, 1_500_000L, 2021, 1_000_000L);

        assertThat(FundingRules.tapering(TO_ONE_MILLION_IN_2021, base))
                .containsExactly(new FundingWarning(BASE_RISING, 2019, 2_000_000, 0));
    }

    @Test
    void withoutATaperingPlanThereIsNothingToCheck() {
        assertThat(FundingRules.tapering(Optional.empty(), Map.of(2017, 1L, 2018, 5L))).isEmpty();
    }

    @Test
    void envelopesWarnOnlyWhereThePlannedSumExceedsThem() {
        var arena = new FundingStreamId(java.util.UUID.randomUUID());
        var envelopes = Map.of(new StreamYear(arena, 2019), 3_000_000L, new StreamYear(arena, 2020), 5_000_000L,
                new StreamYear(arena, 2021), 7_000_000L);
        var planned = Map.of(new StreamYear(arena, 2019), 3_000_001L, new StreamYear(arena, 2020), 5_000_000L,
                new StreamYear(arena, 2018), 9_000_000L);

        assertThat(FundingRules.envelopes(envelopes, planned))
                .containsExactly(new EnvelopeWarning(arena, 2019, 3_000_001, 3_000_000))
                .first().extracting(EnvelopeWarning::excess).isEqualTo(1L);
    }
}
