package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.funding.FundingFixtures.plan;
import static se.klusterportalen.funding.FundingFixtures.reported;
import static se.klusterportalen.funding.FundingFixtures.row;
import static se.klusterportalen.funding.StandardStream.EU_FUNDS;
import static se.klusterportalen.funding.StandardStream.MEMBER_FEES;
import static se.klusterportalen.funding.StandardStream.REGION_ARENA;
import static se.klusterportalen.funding.StandardStream.REGION_BASE;
import static se.klusterportalen.funding.TaperingShape.EQUAL_PERCENTAGE;
import static se.klusterportalen.funding.TaperingShape.LINEAR;

class ClusterFundingPlanUnitTest {

    private static final TaperingPlan TAPERING = new TaperingPlan(2017, 3_000_000, 2021, 1_000_000, LINEAR);

    /** Base 3,0 → 1,0 mnkr, member fees 1,0 → 2,2 mnkr, arena money from 2019, an EU project in 2018–2019. */
    private static ClusterFundingPlan taperingCluster() {
        var amounts = new ArrayList<FundingAmountValue>();
        amounts.addAll(row(REGION_BASE, 3_000_000, 2_500_000, 2_000_000, 1_500_000, 1_000_000));
        amounts.addAll(row(MEMBER_FEES, 1_000_000, 1_300_000, 1_600_000, 1_900_000, 2_200_000));
        amounts.addAll(row(REGION_ARENA, 0, 0, 300_000, 500_000, 700_000));
        amounts.addAll(row(EU_FUNDS, 0, 800_000, 800_000, 0, 0));
        return plan("Mobile Heights", Optional.of(TAPERING), amounts);
    }

    @Test
    void plannedFiguresPerYearSplitByWhoPays() {
        var mix = taperingCluster().mixPerYear(Basis.PLANNED);

        assertThat(mix).containsOnlyKeys(2017, 2018, 2019, 2020, 2021);
        assertThat(mix.get(2019)).isEqualTo(new FundingMix(2_300_000, 800_000, 1_600_000, 3_600_000, 1_600_000));
        assertThat(mix.get(2019).regionalShare().orElseThrow()).isEqualByComparingTo("48.9");
        assertThat(mix.get(2021).leverage().orElseThrow()).isEqualByComparingTo("1.29");
    }

    @Test
    void theBaseBecomesMostlyNonRegionalIn2020() {
        // 2019: 1,6 of 3,6 mnkr; 2020: 1,9 of 3,4 mnkr
        assertThat(taperingCluster().firstYearBaseMostlyNonRegional(Basis.PLANNED)).hasValue(2020);
    }

    @Test
    void aClusterThatNeverGetsThereHasNoSuchYear() {
        var plan = plan("Ny", Optional.empty(), row(REGION_BASE, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000));

        assertThat(plan.firstYearBaseMostlyNonRegional(Basis.PLANNED)).isEmpty();
        assertThat(plan.mixPerYear(Basis.PLANNED).get(2017).leverage().orElseThrow()).isEqualByComparingTo("0.00");
    }

    @Test
    void actualFiguresCoverOnlyReportedYears() {
        var amounts = new ArrayList<>(row(REGION_BASE, 0, 0, 2_000_000, 1_500_000, 1_000_000));
        amounts.add(reported(REGION_BASE, 2017, 3_000_000, 2_900_000));
        amounts.add(reported(MEMBER_FEES, 2017, 1_000_000, 1_100_000));
        amounts.add(reported(REGION_BASE, 2018, 2_500_000, 2_500_000));
        var plan = plan("Packbridge", Optional.empty(), amounts);

        assertThat(plan.mixPerYear(Basis.ACTUAL)).containsOnlyKeys(2017, 2018);
        assertThat(plan.mixPerYear(Basis.ACTUAL).get(2017).total()).isEqualTo(4_000_000);
        assertThat(plan.actual(FundingFixtures.stream(REGION_BASE), 2019)).isEmpty();
    }

    @Test
    void warningsComeFromTheSavedTaperingPlan() {
        var amounts = new ArrayList<>(row(REGION_BASE, 3_000_000, 2_500_000, 2_600_000, 1_500_000, 1_100_000));
        var plan = plan("IUC Syd", Optional.of(TAPERING), amounts);

        assertThat(plan.warnings()).extracting(FundingWarning::type, FundingWarning::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FundingWarning.Type.BASE_RISING, 2019),
                org.assertj.core.groups.Tuple.tuple(FundingWarning.Type.FLOOR_NOT_REACHED, 2021));
    }

    @Test
    void whatIfAHigherFloorCostsTheRegionMoreAndLowersLeverage() {
        var saved = taperingCluster();
        var comparison = saved.whatIf(TAPERING.withFloor(1_500_000));

        // proposed base: 3,0 / 2,625 / 2,25 / 1,875 / 1,5 mnkr
        assertThat(comparison.years()).hasSize(5);
        var year2021 = comparison.years().getLast();
        assertThat(year2021.saved().regional()).isEqualTo(1_700_000);
        assertThat(year2021.proposed().regional()).isEqualTo(2_200_000);
        assertThat(year2021.proposed().leverage().orElseThrow()).isLessThan(year2021.saved().leverage().orElseThrow());
        assertThat(comparison.regionalCostChange()).isEqualTo(1_250_000);
        assertThat(comparison.savedTotal()).isEqualTo(saved.total(Basis.PLANNED));
    }

    @Test
    void whatIfEqualPercentageStepsSavesTheRegionMoney() {
        var comparison = taperingCluster().whatIf(TAPERING.withShape(EQUAL_PERCENTAGE));

        assertThat(comparison.regionalCostChange()).isNegative();
        assertThat(comparison.years().getFirst().proposed()).isEqualTo(comparison.years().getFirst().saved());
    }

    @Test
    void whatIfLeavesYearsOutsideTheChangedPlanAlone() {
        var comparison = taperingCluster().whatIf(new TaperingPlan(2019, 2_000_000, 2021, 0, LINEAR));

        assertThat(comparison.years().get(0).proposed()).isEqualTo(comparison.years().get(0).saved());
        assertThat(comparison.years().get(4).proposed().regional()).isEqualTo(700_000);
        assertThat(comparison.years().get(4).proposed().regionalShare().orElseThrow()).isEqualByComparingTo("24.1");
    }

    @Test
    void anEmptyPlanHasZeroFiguresNotErrors() {
        var plan = plan("Besöksnäringsklustret Skåne", Optional.empty(), List.of());

        assertThat(plan.total(Basis.PLANNED)).isEqualTo(FundingMix.ZERO);
        assertThat(plan.mixPerYear(Basis.PLANNED).get(2017).regionalShare()).isEmpty();
        assertThat(plan.warnings()).isEmpty();
    }
}
