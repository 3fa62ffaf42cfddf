package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.funding.FundingFixtures.plan;
import static se.klusterportalen.funding.FundingFixtures.reported;
import static se.klusterportalen.funding.FundingFixtures.row;
import static se.klusterportalen.funding.FundingFixtures.stream;
import static se.klusterportalen.funding.StandardStream.MEMBER_FEES;
import static se.klusterportalen.funding.StandardStream.REGION_ARENA;
import static se.klusterportalen.funding.StandardStream.REGION_BASE;

class ProgrammeFundingUnitTest {

    private static ProgrammeFunding twoClustersWithArenaEnvelopes() {
        var first = new ArrayList<>(row(REGION_ARENA, 0, 0, 2_000_000, 2_000_000, 3_000_000));
        first.addAll(row(REGION_BASE, 2_000_000, 2_000_000, 1_500_000, 1_000_000, 1_000_000));
        first.add(reported(MEMBER_FEES, 2017, 500_000, 600_000));
        var second = new ArrayList<>(row(REGION_ARENA, 0, 0, 2_000_000, 2_000_000, 3_000_000));
        second.addAll(row(MEMBER_FEES, 1_000_000, 1_000_000, 1_000_000, 1_200_000, 1_500_000));
        var arena = stream(REGION_ARENA);
        return new ProgrammeFunding(FundingFixtures.PROGRAMME, "Program", FundingFixtures.YEARS, FundingFixtures.STREAMS,
                List.of(plan("A", Optional.empty(), first), plan("B", Optional.empty(), second)),
                Map.of(new StreamYear(arena, 2019), 3_000_000L, new StreamYear(arena, 2020), 5_000_000L,
                        new StreamYear(arena, 2021), 7_000_000L));
    }

    @Test
    void theClustersPlannedArenaMoneyExceedsThe2019Envelope() {
        var programme = twoClustersWithArenaEnvelopes();

        assertThat(programme.planned(new StreamYear(stream(REGION_ARENA), 2019))).isEqualTo(4_000_000);
        assertThat(programme.envelopeWarnings())
                .containsExactly(new EnvelopeWarning(stream(REGION_ARENA), 2019, 4_000_000, 3_000_000));
    }

    @Test
    void programmeFiguresAreTheSumOfTheClusters() {
        var programme = twoClustersWithArenaEnvelopes();

        assertThat(programme.mixPerYear(Basis.PLANNED).get(2017)).isEqualTo(new FundingMix(2_000_000, 0, 1_500_000,
                3_500_000, 1_500_000));
        assertThat(programme.total(Basis.PLANNED).regional()).isEqualTo(7_500_000 + 14_000_000);
        assertThat(programme.firstYearBaseMostlyNonRegional(Basis.PLANNED)).hasValue(2020);
    }

    @Test
    void actualSumsExistOnlyWhereSomeoneReported() {
        var programme = twoClustersWithArenaEnvelopes();

        assertThat(programme.actual(new StreamYear(stream(MEMBER_FEES), 2017))).hasValue(600_000);
        assertThat(programme.actual(new StreamYear(stream(MEMBER_FEES), 2018))).isEmpty();
        assertThat(programme.envelope(new StreamYear(stream(REGION_BASE), 2019))).isEmpty();
    }

    @Test
    void theProgrammesOutcomeCountsOnlyYearsEveryPlanningClusterReported() {
        var programme = twoClustersWithArenaEnvelopes();

        // 2017: A reported its member fees, B (which plans 1 000 000 kr of fees) has not
        assertThat(programme.reporting(2017)).isEqualTo(new ProgrammeFunding.Reporting(1, 2));
        assertThat(programme.mixPerYear(Basis.ACTUAL)).containsKey(2017);
        assertThat(programme.completeActualPerYear()).isEmpty();

        var both = new ProgrammeFunding(programme.programme(), "Program", programme.years(), programme.streams(),
                List.of(programme.clusters().get(0), plan("B", Optional.empty(),
                        List.of(reported(MEMBER_FEES, 2017, 1_000_000, 900_000)))), Map.of());
        assertThat(both.reporting(2017).complete()).isTrue();
        assertThat(both.completeActualPerYear()).containsOnlyKeys(2017);
        assertThat(both.completeActualPerYear().get(2017).privateFunding()).isEqualTo(1_500_000);
    }

    @Test
    void aPartlyReportedYearHasItsSumButNoShareOrLeverage() {
        var programme = twoClustersWithArenaEnvelopes();

        var y2017 = programme.perYear().getFirst();
        assertThat(y2017.year()).isEqualTo(2017);
        assertThat(y2017.reporting().status()).isEqualTo(ProgrammeFunding.Reporting.Status.PARTIAL);
        assertThat(y2017.actual()).hasValueSatisfying(mix -> assertThat(mix.privateFunding()).isEqualTo(600_000));
        assertThat(y2017.completeActual()).isEmpty();
        assertThat(y2017.actualRegionalShare()).isEmpty();
        assertThat(y2017.actualLeverage()).isEmpty();
        assertThat(programme.partlyReportedYears()).extracting(ProgrammeFunding.YearFunding::year).containsExactly(2017);
        assertThat(programme.perYear().get(1).reporting().status()).isEqualTo(ProgrammeFunding.Reporting.Status.NONE);
    }
}
