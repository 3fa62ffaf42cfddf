package se.klusterportalen.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

@IntegrationTest
class ClusterManagerIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        login.logout();
    }

    private ClusterId idOf(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theSkaneManagerManagesMobileHeightsOnly() {
        login.as(SKANE_MANAGER);

        assertThat(clusters.managedByCurrentUser()).containsExactly(idOf("Mobile Heights"));
        assertThat(clusters.managesCluster(idOf("Packbridge"))).isFalse();
    }

    @Test
    void officersManageNoClusterThemselves() {
        login.as(SKANE_OFFICER);

        assertThat(clusters.managedByCurrentUser()).isEmpty();
    }

    @Test
    void bindingsAreIsolatedPerRegion() {
        login.as(NMS_MANAGER);
        assertThat(clusters.managedByCurrentUser()).containsExactly(idOf("Paper Province"));

        Integer foreign = RegionContext.callAs(NMS, () -> transaction.execute(status -> jdbc.queryForObject(
                "SELECT count(*) FROM cluster_manager WHERE username = 'skane.klusterledare'", Integer.class)));
        assertThat(foreign).isZero();
    }
}
