package se.klusterportalen.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;

@IntegrationTest
class AuditIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void demoClustersWereRecordedWithActorRegionAndUtcTime() {
        Map<String, Object> revision = RegionContext.callAs(SKANE, () -> transaction.execute(status -> jdbc.queryForMap(
                "SELECT r.username, r.region_code, r.revtstmp, a.revtype FROM cluster_aud a JOIN revinfo r ON r.rev = a.rev"
                        + " WHERE a.name = 'Mobile Heights' ORDER BY r.rev LIMIT 1")));

        assertThat(revision).containsEntry("username", "system").containsEntry("region_code", SKANE);
        assertThat(((Number) revision.get("revtype")).intValue()).isZero();
        assertThat(((Number) revision.get("revtstmp")).longValue()).isPositive();
    }

    @Test
    void aRegionCannotReadAnotherRegionsHistory() {
        Integer seen = RegionContext.callAs(SKANE, () -> transaction.execute(status -> jdbc.queryForObject(
                "SELECT count(*) FROM cluster_aud WHERE name = 'Paper Province'", Integer.class)));
        Integer revisions = RegionContext.callAs(SKANE, () -> transaction.execute(status -> jdbc.queryForObject(
                "SELECT count(*) FROM revinfo WHERE region_code <> 'skane'", Integer.class)));

        assertThat(seen).isZero();
        assertThat(revisions).isZero();
    }
}
