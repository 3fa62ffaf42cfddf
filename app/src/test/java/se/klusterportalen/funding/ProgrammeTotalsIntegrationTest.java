package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * Issue #19: the programme's funding summed in the database is the same as summed from every plan, and the cluster
 * list read a page at a time is the same list in the same order.
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_POLITICIAN)
class ProgrammeTotalsIntegrationTest {

    @Autowired FundingService funding;
    @Autowired ProgrammeService programmes;

    private ProgrammeId skaneProgramme() {
        return programmes.list().getFirst().id();
    }

    private static FundingStreamId stream(ProgrammeTotals totals, StandardStream standard) {
        return totals.streams().stream().filter(s -> s.standard().equals(Optional.of(standard))).findFirst()
                .orElseThrow().id();
    }

    @Test
    void theSumsFromTheDatabaseAreTheSumsOfEveryPlan() {
        ProgrammeTotals totals = funding.programmeTotals(skaneProgramme());
        ProgrammeFunding everyPlan = funding.programmeFunding(skaneProgramme());

        assertThat(totals).isEqualTo(ProgrammeTotals.of(everyPlan));
        assertThat(totals.clusters()).isEqualTo(10);
        assertThat(totals.planned(new StreamYear(stream(totals, StandardStream.REGION_BASE), 2017))).isEqualTo(22_800_000);
        // the visitor cluster plans money for 2019 and has reported nothing
        assertThat(totals.reporting(2019)).isEqualTo(new ProgrammeFunding.Reporting(9, 10));
        assertThat(totals.perYear()).isEqualTo(everyPlan.perYear());
        for (Basis basis : Basis.values()) {
            assertThat(totals.mixPerYear(basis)).isEqualTo(everyPlan.mixPerYear(basis));
            assertThat(totals.total(basis)).isEqualTo(everyPlan.total(basis));
            assertThat(totals.firstYearBaseMostlyNonRegional(basis)).isEqualTo(everyPlan.firstYearBaseMostlyNonRegional(basis));
        }
        assertThat(totals.completeActualPerYear()).isEqualTo(everyPlan.completeActualPerYear()).containsKeys(2017, 2018)
                .doesNotContainKey(2019);
        assertThat(totals.partlyReportedYears()).isEqualTo(everyPlan.partlyReportedYears());
        assertThat(totals.envelopeWarnings()).isEqualTo(everyPlan.envelopeWarnings()).isNotEmpty();
        for (var stream : totals.streams()) {
            for (int year : totals.years()) {
                var cell = new StreamYear(stream.id(), year);
                assertThat(totals.planned(cell)).isEqualTo(everyPlan.planned(cell));
                assertThat(totals.actual(cell)).isEqualTo(everyPlan.actual(cell));
            }
        }
    }

    @Test
    void theClusterListPageByPageIsTheListOfEveryPlanInItsOrder() {
        List<ClusterFundingPlan> everyPlan = funding.programmeFunding(skaneProgramme()).clusters();

        var paged = new ArrayList<ClusterFundingPlan>();
        for (int offset = 0; offset < 12; offset += 4) {
            paged.addAll(funding.clusterPlans(skaneProgramme(), offset, 4));
        }

        assertThat(paged).hasSize(10).isEqualTo(everyPlan);
        assertThat(paged.getFirst().warnings()).isEqualTo(everyPlan.getFirst().warnings());
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void savedEnvelopesAnswerWithTheNewSums() {
        ProgrammeTotals before = funding.programmeTotals(skaneProgramme());
        var arena2019 = new StreamYear(stream(before, StandardStream.REGION_ARENA), 2019);
        var edited = new java.util.HashMap<>(before.envelopes());
        edited.put(arena2019, 2_000_000L);

        ProgrammeTotals after = funding.saveEnvelopeTotals(skaneProgramme(), before.envelopes(), edited);

        assertThat(after.envelope(arena2019)).hasValue(2_000_000);
        assertThat(after).isEqualTo(ProgrammeTotals.of(funding.programmeFunding(skaneProgramme())));
    }
}
