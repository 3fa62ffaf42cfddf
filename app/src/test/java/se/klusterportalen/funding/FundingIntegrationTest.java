package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection.FieldError;
import se.klusterportalen.rejection.Rejection;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.SignedInAs;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
@Transactional
class FundingIntegrationTest {

    @Autowired RealLogin login;
    @Autowired FundingService funding;
    @Autowired ProgrammeService programmes;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired ClusterService clusters;


    private ProgrammeId skaneProgramme() {
        return programmes.list().getFirst().id();
    }

    private ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).map(ClusterSummary::id).findFirst().orElseThrow();
    }

    private static FundingStreamId stream(ClusterFundingPlan plan, StandardStream standard) {
        return plan.streams().stream().filter(s -> s.standard().equals(Optional.of(standard))).findFirst().orElseThrow().id();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void skanesDemoPlanTapersEveryClustersBaseToOneMillionIn2021() {
        ProgrammeFunding programme = funding.programmeFunding(skaneProgramme());

        assertThat(programme.years()).containsExactly(2017, 2018, 2019, 2020, 2021);
        assertThat(programme.streams()).filteredOn(s -> s.standard().isPresent()).hasSize(StandardStream.values().length);
        assertThat(programme.clusters()).hasSize(10);
        var mobileHeights = programme.clusters().stream().filter(c -> c.clusterName().equals("Mobile Heights")).findFirst().orElseThrow();
        assertThat(mobileHeights.plannedBase()).containsEntry(2017, 2_800_000L).containsEntry(2021, 1_000_000L);
        assertThat(mobileHeights.tapering()).hasValueSatisfying(t -> assertThat(t.floorAmount()).isEqualTo(1_000_000));
        assertThat(mobileHeights.actual(stream(mobileHeights, StandardStream.REGION_BASE), 2018)).hasValue(2_350_000);
        assertThat(mobileHeights.actual(stream(mobileHeights, StandardStream.REGION_BASE), 2020)).isEmpty();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theClustersArenaPlansExceedThe2021EnvelopeOfSevenMillion() {
        ProgrammeFunding programme = funding.programmeFunding(skaneProgramme());
        FundingStreamId arena = stream(programme.clusters().getFirst(), StandardStream.REGION_ARENA);

        assertThat(programme.envelope(new StreamYear(arena, 2019))).hasValue(3_000_000);
        assertThat(programme.envelopeWarnings()).filteredOn(w -> w.stream().equals(arena))
                .containsExactly(new EnvelopeWarning(arena, 2021, 7_200_000, 7_000_000));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officerSavesAPlanAndGetsTheRuleWarningsBack() {
        ClusterFundingPlan loaded = funding.clusterPlan(skaneProgramme(), cluster("Packbridge"));
        FundingStreamId base = stream(loaded, StandardStream.REGION_BASE);
        var amounts = new ArrayList<>(loaded.amounts().stream().filter(a -> !a.stream().equals(base)).toList());
        long[] rising = {2_600_000, 2_000_000, 2_200_000, 1_500_000, 1_250_000};
        for (int i = 0; i < rising.length; i++) {
            amounts.add(new FundingAmountValue(base, 2017 + i, rising[i], loaded.actual(base, 2017 + i)));
        }

        ClusterFundingPlan saved = funding.savePlan(loaded.programme(), loaded.cluster(), loaded.version(), amounts,
                loaded.tapering());

        assertThat(saved.version()).isGreaterThan(loaded.version());
        assertThat(saved.changedBy()).hasValue(SKANE_OFFICER);
        assertThat(saved.warnings()).extracting(FundingWarning::type, FundingWarning::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FundingWarning.Type.BASE_RISING, 2019),
                org.assertj.core.groups.Tuple.tuple(FundingWarning.Type.FLOOR_NOT_REACHED, 2021));
        assertThat(funding.clusterPlan(loaded.programme(), loaded.cluster()).plannedBase()).containsEntry(2019, 2_200_000L);
        audit.record();
        String author = jdbc.queryForObject("SELECT r.username FROM funding_amount_aud a JOIN revinfo r ON r.rev = a.rev"
                + " WHERE a.planned = 2200000 AND a.year = 2019 ORDER BY r.rev DESC LIMIT 1", String.class);
        assertThat(author).isEqualTo(SKANE_OFFICER);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        ClusterFundingPlan first = funding.clusterPlan(skaneProgramme(), cluster("IUC Syd"));
        ClusterFundingPlan second = funding.clusterPlan(skaneProgramme(), cluster("IUC Syd"));
        FundingStreamId fees = stream(first, StandardStream.MEMBER_FEES);

        funding.savePlan(first.programme(), first.cluster(), first.version(),
                replace(first, fees, 2021, 1_111_000), first.tapering());

        assertThatThrownBy(() -> funding.savePlan(second.programme(), second.cluster(), second.version(),
                replace(second, fees, 2021, 2_222_000), second.tapering()))
                .isInstanceOfSatisfying(Rejection.Stale.class,
                        stale -> assertThat(stale.messageKey()).isEqualTo("funding.conflict.plan"));
        assertThat(funding.clusterPlan(first.programme(), first.cluster()).planned(fees, 2021)).isEqualTo(1_111_000);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aFirstSaveRacingAnotherFirstSaveIsRefusedToo() {
        ClusterFundingPlan empty = funding.clusterPlan(skaneProgramme(), cluster("Svenskt Marintekniskt Forum"));
        assertThat(empty.version()).isNotEqualTo(ClusterFundingPlan.UNSAVED);

        assertThatThrownBy(() -> funding.savePlan(empty.programme(), empty.cluster(), ClusterFundingPlan.UNSAVED,
                empty.amounts(), empty.tapering())).isInstanceOf(Rejection.Stale.class);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void savingATaperingPlanReplacesOnlyThePlannedBaseFunding() {
        ClusterFundingPlan loaded = funding.clusterPlan(skaneProgramme(), cluster("Livsmedelsakademin"));
        FundingStreamId base = stream(loaded, StandardStream.REGION_BASE);
        var tapering = new TaperingPlan(2017, 2_600_000, 2021, 800_000, TaperingShape.EQUAL_PERCENTAGE, TaperingPlan.THOUSANDS);
        var proposal = new TreeMap<>(TaperingGenerator.propose(tapering).amounts());
        proposal.put(2019, 1_500_000L); // the officer adjusts one year

        ClusterFundingPlan saved = funding.saveTapering(loaded.programme(), loaded.cluster(), loaded.version(), tapering, proposal);

        assertThat(saved.tapering()).hasValue(tapering);
        assertThat(saved.plannedBase()).isEqualTo(proposal);
        assertThat(saved.actual(base, 2017)).isEqualTo(loaded.actual(base, 2017)).isPresent();
        FundingStreamId fees = stream(loaded, StandardStream.MEMBER_FEES);
        assertThat(saved.planned(fees, 2020)).isEqualTo(loaded.planned(fees, 2020));
        assertThat(saved.warnings()).isEmpty();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void badInputIsRefusedAndChangesNothing() {
        ClusterFundingPlan loaded = funding.clusterPlan(skaneProgramme(), cluster("Medicon Valley Alliance"));
        FundingStreamId base = stream(loaded, StandardStream.REGION_BASE);

        assertThatThrownBy(() -> funding.savePlan(loaded.programme(), loaded.cluster(), loaded.version(),
                replace(loaded, base, 2024, 1), loaded.tapering()))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("year", "funding.year.outside-programme")));
        assertThatThrownBy(() -> funding.savePlan(loaded.programme(), loaded.cluster(), loaded.version(),
                loaded.amounts(), Optional.of(new TaperingPlan(2016, 3_000_000, 2021, 0, TaperingShape.LINEAR))))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("tapering", "funding.tapering.outside-programme")));
        assertThatThrownBy(() -> new FundingAmountValue(base, 2018, -5, OptionalLong.empty()))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("planned", "funding.amount.negative")));
        assertThat(funding.clusterPlan(loaded.programme(), loaded.cluster())).isEqualTo(loaded);
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void managersAndPoliticiansReadButCannotChangeFunding() {
        ClusterFundingPlan plan = funding.clusterPlan(skaneProgramme(), cluster("Mobile Heights"));
        assertThat(plan.amounts()).isNotEmpty();
        assertThatThrownBy(() -> funding.savePlan(plan.programme(), plan.cluster(), plan.version(), plan.amounts(),
                plan.tapering())).isInstanceOf(AccessDeniedException.class);

        login.as(SKANE_POLITICIAN);
        assertThatThrownBy(() -> funding.saveEnvelopes(plan.programme(), Map.of(), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funding.addStream("Sponsring", StreamKind.PRIVATE, true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theRegionAddsItsOwnStreamOnceAndPlansWithIt() {
        FundingStreamSummary sponsorship = funding.addStream("Sponsring", StreamKind.PRIVATE, false);

        assertThat(funding.streams()).last().isEqualTo(sponsorship);
        assertThatThrownBy(() -> funding.addStream("sponsring", StreamKind.PRIVATE, false))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("name", "funding.stream.name.taken")));
        assertThatThrownBy(() -> funding.addStream(" ", StreamKind.PRIVATE, false))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("name", "funding.stream.name.invalid")));
        assertThatThrownBy(() -> funding.addStream("Lotteri", null, false))
                .isInstanceOfSatisfying(Rejection.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("kind", "funding.stream.kind.missing")));

        ClusterFundingPlan loaded = funding.clusterPlan(skaneProgramme(), cluster("Resilient Regions Association"));
        ClusterFundingPlan saved = funding.savePlan(loaded.programme(), loaded.cluster(), loaded.version(),
                replace(loaded, sponsorship.id(), 2020, 75_000), loaded.tapering());
        assertThat(saved.mixPerYear(Basis.PLANNED).get(2020).privateFunding())
                .isEqualTo(loaded.mixPerYear(Basis.PLANNED).get(2020).privateFunding() + 75_000);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void envelopesAreSavedAndAStaleEditIsRefused() {
        ProgrammeFunding loaded = funding.programmeFunding(skaneProgramme());
        FundingStreamId eu = stream(loaded.clusters().getFirst(), StandardStream.EU_FUNDS);
        var cell = new StreamYear(eu, 2019);
        var edited = new HashMap<>(loaded.envelopes());
        edited.put(cell, 4_000_000L);

        ProgrammeFunding saved = funding.saveEnvelopes(loaded.programme(), loaded.envelopes(), edited);
        assertThat(saved.envelope(cell)).hasValue(4_000_000);
        assertThat(saved.envelopeWarnings()).anyMatch(w -> w.stream().equals(eu) && w.year() == 2019);

        var otherEdit = new HashMap<>(loaded.envelopes());
        otherEdit.put(cell, 9_000_000L);
        assertThatThrownBy(() -> funding.saveEnvelopes(loaded.programme(), loaded.envelopes(), otherEdit))
                .isInstanceOfSatisfying(Rejection.Stale.class,
                        stale -> assertThat(stale.messageKey()).isEqualTo("funding.conflict.envelopes"));
        assertThat(funding.programmeFunding(skaneProgramme()).envelope(cell)).hasValue(4_000_000);
    }

    private static List<FundingAmountValue> replace(ClusterFundingPlan plan, FundingStreamId stream, int year, long planned) {
        var amounts = new ArrayList<>(plan.amounts().stream()
                .filter(a -> !(a.stream().equals(stream) && a.year() == year)).toList());
        amounts.add(new FundingAmountValue(stream, year, planned, OptionalLong.empty()));
        return amounts;
    }
}
