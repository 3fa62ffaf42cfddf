package se.klusterportalen.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Both walls between regions: Hibernate's tenant filter and PostgreSQL row-level security, here on the cluster table;
 * {@link TenancyCatalogueIntegrationTest} checks that every region-owned table has the same policy. Not in a
 * rolled-back transaction: it tests how the portal's own transactions set the region, reads the demo rows and
 * writes nothing (the one insert is refused).
 */
@IntegrationTest
class TenancyIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;


    @Test
    @SignedInAs(SKANE_OFFICER)
    void aSkaneUserSeesOnlySkanesClusters() {
        List<String> names = clusters.list().stream().map(ClusterSummary::name).toList();

        assertThat(names).hasSize(10).contains("Mobile Heights", "Medicon Valley Alliance")
                .doesNotContain("Paper Province", "Triple Steelix");
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void aNorraMellansverigeUserSeesOnlyTheirSixteen() {
        assertThat(clusters.list()).hasSize(16).extracting(ClusterSummary::name)
                .contains("Paper Province").doesNotContain("Mobile Heights");
    }

    @Test
    void rawSqlWithSkaneSetReturnsOnlySkaneRows() {
        List<String> regions = RegionContext.callAs(SKANE, () -> transaction.execute(status ->
                jdbc.queryForList("SELECT DISTINCT region_code FROM cluster", String.class)));

        assertThat(regions).containsExactly(SKANE);
        Integer count = RegionContext.callAs(SKANE, () -> transaction.execute(status ->
                jdbc.queryForObject("SELECT count(*) FROM cluster", Integer.class)));
        assertThat(count).isEqualTo(10);
    }

    @Test
    void rawSqlWithoutRegionReturnsNothing() {
        Integer inTransaction = transaction.execute(status ->
                jdbc.queryForObject("SELECT count(*) FROM cluster", Integer.class));
        Integer withoutTransaction = jdbc.queryForObject("SELECT count(*) FROM cluster", Integer.class);

        assertThat(inTransaction).isZero();
        assertThat(withoutTransaction).isZero();
    }

    @Test
    void insertForAnotherRegionIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> RegionContext.runAs(SKANE, () -> transaction.executeWithoutResult(status ->
                jdbc.update("INSERT INTO cluster (id, region_code, name, status) VALUES (?, ?, 'Smuggled', 'ACTIVE')",
                        UUID.randomUUID(), NMS))))
                .rootCause().hasMessageContaining("violates row-level security policy");

        Integer smuggled = RegionContext.callAs(NMS, () -> transaction.execute(status ->
                jdbc.queryForObject("SELECT count(*) FROM cluster WHERE name = 'Smuggled'", Integer.class)));
        assertThat(smuggled).isZero();
    }

    @Test
    void updateOfAnotherRegionsRowChangesNothing() {
        int updated = RegionContext.callAs(SKANE, () -> transaction.execute(status ->
                jdbc.update("UPDATE cluster SET name = name || ' (hijacked)' WHERE region_code = ?", NMS)));

        assertThat(updated).isZero();
    }

    @Test
    void theSettingIsTransactionLocal() {
        RegionContext.runAs(SKANE, () -> transaction.executeWithoutResult(status ->
                jdbc.queryForObject("SELECT count(*) FROM cluster", Integer.class)));

        // the pooled connection goes back without the region: the next, region-less transaction sees nothing
        Integer after = transaction.execute(status -> jdbc.queryForObject("SELECT count(*) FROM cluster", Integer.class));
        assertThat(after).isZero();
    }
}
