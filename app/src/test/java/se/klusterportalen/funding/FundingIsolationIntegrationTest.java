package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Funding is walled off from other regions: inserts for another region are refused, and the service finds nothing.
 * That no region reads or changes another's rows in any table is TenancyCatalogueIntegrationTest's.
 */
@IntegrationTest
@Transactional
class FundingIsolationIntegrationTest {

    @Autowired RealLogin login;
    @Autowired FundingService funding;
    @Autowired ProgrammeService programmes;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegionSql sql;


    @Test
    void anotherRegionCannotInsertRowsForSkane() {
        UUID any = UUID.randomUUID();
        Map<String, String> inserts = Map.of(
                "funding_stream", "INSERT INTO funding_stream (id, region_code, name, kind, base, sort_order) VALUES (?, 'skane', 'X', 'PRIVATE', false, 1)",
                "funding_plan", "INSERT INTO funding_plan (id, region_code, programme_id, cluster_id, changed_at, changed_by) VALUES (?, 'skane', '" + any + "', '" + any + "', now(), 'x')",
                "funding_amount", "INSERT INTO funding_amount (id, region_code, plan_id, stream_id, year, planned) VALUES (?, 'skane', '" + any + "', '" + any + "', 2019, 1)",
                "funding_envelope", "INSERT INTO funding_envelope (id, region_code, programme_id, stream_id, year, amount) VALUES (?, 'skane', '" + any + "', '" + any + "', 2019, 1)",
                "funding_plan_aud", "INSERT INTO funding_plan_aud (id, rev, region_code) VALUES (?, (SELECT max(rev) FROM revinfo), 'skane')",
                "funding_amount_aud", "INSERT INTO funding_amount_aud (id, rev, region_code) VALUES (?, (SELECT max(rev) FROM revinfo), 'skane')",
                "funding_stream_aud", "INSERT INTO funding_stream_aud (id, rev, region_code) VALUES (?, (SELECT max(rev) FROM revinfo), 'skane')",
                "funding_envelope_aud", "INSERT INTO funding_envelope_aud (id, rev, region_code) VALUES (?, (SELECT max(rev) FROM revinfo), 'skane')");
        inserts.forEach((table, insert) -> assertThatThrownBy(() -> sql.runAsRegion(NMS, status ->
                jdbc.update(insert, UUID.randomUUID())))
                .as(table).rootCause().hasMessageContaining("row-level security"));
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void throughTheServiceAnotherRegionsOfficerFindsNothingAndChangesNothing() {
        ProgrammeId skaneProgramme = login.inOwnTransaction(SKANE_OFFICER, () -> programmes.list().getFirst().id());
        ClusterId mobileHeights = login.inOwnTransaction(SKANE_OFFICER, () -> clusters.list().stream()
                .filter(c -> c.name().equals("Mobile Heights")).findFirst().orElseThrow().id());
        ClusterFundingPlan skanePlan = login.inOwnTransaction(SKANE_OFFICER,
                () -> funding.clusterPlan(skaneProgramme, mobileHeights));
        List<String> skaneStreamIds = login.inOwnTransaction(SKANE_OFFICER,
                () -> funding.streams().stream().map(s -> s.id().toString()).toList());

        assertThat(funding.streams()).extracting(s -> s.id().toString()).doesNotContainAnyElementsOf(skaneStreamIds);
        assertThatThrownBy(() -> funding.programmeFunding(skaneProgramme)).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> funding.clusterPlan(skaneProgramme, mobileHeights)).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> funding.savePlan(skaneProgramme, mobileHeights, skanePlan.version(), List.of(), Optional.empty()))
                .isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> funding.saveEnvelopes(skaneProgramme, Map.of(), Map.of()))
                .isInstanceOf(Rejection.NotFound.class);
        ProgrammeId nmsProgramme = programmes.list().getFirst().id();
        assertThat(funding.programmeFunding(nmsProgramme).clusters()).extracting(ClusterFundingPlan::clusterName)
                .contains("Paper Province").doesNotContain("Mobile Heights");

        assertThat(login.inOwnTransaction(SKANE_OFFICER, () -> funding.clusterPlan(skaneProgramme, mobileHeights)))
                .isEqualTo(skanePlan);
    }
}
