package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

@IntegrationTest
@Transactional
class ClusterManagerIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;


    private ClusterId idOf(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void theSkaneManagerManagesMobileHeightsOnly() {

        assertThat(clusters.managedByCurrentUser()).containsExactly(idOf("Mobile Heights"));
        assertThat(clusters.managesCluster(idOf("Packbridge"))).isFalse();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officersManageNoClusterThemselves() {

        assertThat(clusters.managedByCurrentUser()).isEmpty();
    }

    @Test
    @SignedInAs(NMS_MANAGER)
    void bindingsAreIsolatedPerRegion() {
        assertThat(clusters.managedByCurrentUser()).containsExactly(idOf("Paper Province"));

        Integer foreign = jdbc.queryForObject(
                "SELECT count(*) FROM cluster_manager WHERE username = 'skane.klusterledare'", Integer.class);
        assertThat(foreign).isZero();
    }
}
