package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection.FieldError;
import se.klusterportalen.rejection.Rejection;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.funding.TaperingShape.EQUAL_PERCENTAGE;
import static se.klusterportalen.funding.TaperingShape.LINEAR;

class TaperingGeneratorUnitTest {

    @Test
    void linearPlanFallsByTheSameKronorEachYear() {
        var proposal = TaperingGenerator.propose(new TaperingPlan(2017, 3_000_000, 2021, 1_000_000, LINEAR));

        assertThat(proposal.amounts()).containsExactly(
                entry(2017, 3_000_000), entry(2018, 2_500_000), entry(2019, 2_000_000), entry(2020, 1_500_000),
                entry(2021, 1_000_000));
        assertThat(proposal.total()).isEqualTo(10_000_000);
        assertThat(proposal.step()).isEqualByComparingTo("500000");
    }

    @Test
    void linearThirdsRoundToWholeKronorAndStillSumToTheExactTotal() {
        var proposal = TaperingGenerator.propose(new TaperingPlan(2018, 1_000_000, 2021, 0, LINEAR));

        assertThat(proposal.amounts().values()).containsExactly(1_000_000L, 666_667L, 333_333L, 0L);
        assertThat(proposal.total()).isEqualTo(2_000_000);
    }

    @Test
    void linearTiesRoundDownInTheFirstHalfAndUpInTheSecondSoMirroredYearsBalance() {
        var proposal = TaperingGenerator.propose(new TaperingPlan(2017, 10, 2021, 0, LINEAR));

        assertThat(proposal.amounts().values()).containsExactly(10L, 7L, 5L, 3L, 0L);
        assertThat(proposal.total()).isEqualTo(25);
    }

    @Test
    void everyLinearPlanKeepsStartAndFloorExactNeverRisesAndSumsWithinHalfAKrona() {
        List<TaperingPlan> plans = new ArrayList<>();
        for (long start : new long[]{1, 7, 999_999, 1_000_001, 2_345_678, 9_000_000}) {
            for (long floor : new long[]{0, 1, 333_333, 999_999}) {
                for (int years = 1; years <= 9; years++) {
                    if (floor <= start) {
                        plans.add(new TaperingPlan(2017, start, 2017 + years, floor, LINEAR));
                    }
                }
            }
        }
        assertThat(plans).hasSizeGreaterThan(150);
        for (TaperingPlan plan : plans) {
            var amounts = TaperingGenerator.propose(plan).amounts();
            assertThat(amounts.firstKey()).isEqualTo(plan.startYear());
            assertThat(amounts.lastKey()).isEqualTo(plan.endYear());
            assertThat(amounts.get(plan.startYear())).as("%s", plan).isEqualTo(plan.startAmount());
            assertThat(amounts.get(plan.endYear())).as("%s", plan).isEqualTo(plan.floorAmount());
            assertThat(new ArrayList<>(amounts.values())).as("%s", plan).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            long years = plan.endYear() - plan.startYear() + 1;
            // exact total: years * (start + floor) / 2, compared in half kronor
            long twiceExact = years * (plan.startAmount() + plan.floorAmount());
            long twiceTotal = 2 * TaperingGenerator.propose(plan).total();
            assertThat(Math.abs(twiceTotal - twiceExact)).as("%s", plan).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void equalPercentageStepsHalveFromEightMillionToOne() {
        var proposal = TaperingGenerator.propose(new TaperingPlan(2018, 8_000_000, 2021, 1_000_000, EQUAL_PERCENTAGE));

        assertThat(proposal.amounts().values()).containsExactly(8_000_000L, 4_000_000L, 2_000_000L, 1_000_000L);
        assertThat(proposal.step()).isEqualByComparingTo("50.0");
    }

    @Test
    void equalPercentageRoundsEachYearToTheNearestKronaAndHitsTheFloorExactly() {
        var proposal = TaperingGenerator.propose(new TaperingPlan(2019, 2_000_000, 2021, 1_000_000, EQUAL_PERCENTAGE));

        // 2 000 000 × √½ = 1 414 213,56…
        assertThat(proposal.amounts().values()).containsExactly(2_000_000L, 1_414_214L, 1_000_000L);
        assertThat(proposal.step()).isEqualByComparingTo("29.3");
    }

    @Test
    void equalPercentageFallsFasterFirstThanLinear() {
        var percentage = TaperingGenerator.propose(new TaperingPlan(2017, 3_000_000, 2021, 1_000_000, EQUAL_PERCENTAGE));
        var linear = TaperingGenerator.propose(new TaperingPlan(2017, 3_000_000, 2021, 1_000_000, LINEAR));

        // 3 000 000 × (1/3)^(1/4) = 2 279 507,06…
        assertThat(percentage.amounts().get(2018)).isEqualTo(2_279_507L);
        assertThat(percentage.amounts().get(2018)).isLessThan(linear.amounts().get(2018));
        assertThat(percentage.total()).isLessThan(linear.total());
    }

    @Test
    void roundingToThousandsRoundsTheYearsBetweenButNeverTheEnds() {
        var proposal = TaperingGenerator.propose(new TaperingPlan(2018, 1_000_500, 2021, 0, LINEAR, TaperingPlan.THOUSANDS));

        assertThat(proposal.amounts().values()).containsExactly(1_000_500L, 667_000L, 334_000L, 0L);
    }

    @Test
    void roundingNeverLiftsAYearAboveTheStartOrBelowTheFloor() {
        var proposal = TaperingGenerator.propose(new TaperingPlan(2019, 1_234_600, 2021, 1_234_500, LINEAR, TaperingPlan.THOUSANDS));

        assertThat(proposal.amounts().values()).containsExactly(1_234_600L, 1_234_600L, 1_234_500L);
    }

    @Test
    void aFloorEqualToTheStartKeepsTheFundingFlat() {
        var proposal = TaperingGenerator.propose(new TaperingPlan(2017, 1_000_000, 2019, 1_000_000, EQUAL_PERCENTAGE));

        assertThat(proposal.amounts().values()).containsOnly(1_000_000L);
        assertThat(proposal.step()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void degenerateInputIsRefusedOnTheComponentAtFaultWithAKeyThatNamesTheProblem() {
        assertThatThrownBy(() -> new TaperingPlan(2021, 3_000_000, 2017, 1_000_000, LINEAR))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("endYear", "funding.tapering.end-before-start")));
        assertThatThrownBy(() -> new TaperingPlan(2021, 3_000_000, 2021, 1_000_000, LINEAR))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("endYear", "funding.tapering.one-year")));
        assertThatThrownBy(() -> new TaperingPlan(2017, 1_000_000, 2021, 1_000_001, LINEAR))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("floorAmount", "funding.tapering.floor-above-start")));
        assertThatThrownBy(() -> new TaperingPlan(2017, 1_000_000, 2021, 0, EQUAL_PERCENTAGE))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("floorAmount", "funding.tapering.percentage-needs-floor")));
        assertThatThrownBy(() -> new TaperingPlan(2017, -1, 2021, 0, LINEAR))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("startAmount", "funding.amount.negative")));
        assertThatThrownBy(() -> new TaperingPlan(2017, 1_000_000, 2021, 0, LINEAR, 0))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("roundingUnit", "funding.tapering.rounding-invalid")));
    }

    @Test
    void nthRootIsExactToManyDecimals() {
        BigDecimal root = TaperingGenerator.nthRoot(new BigDecimal("0.125"), 3);

        assertThat(root.setScale(25, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.5");
    }

    private static java.util.Map.Entry<Integer, Long> entry(int year, long amount) {
        return java.util.Map.entry(year, amount);
    }
}
