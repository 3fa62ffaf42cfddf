package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.tenancy.RegionContext;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
@Transactional
class ProgrammeIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired JdbcTemplate jdbc;

    @Autowired se.klusterportalen.cluster.ClusterService clusters;

    private se.klusterportalen.cluster.ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anOfficerCreatesAProgrammeRenamesItAndChangesItsClusters() {
        var created = programmes.create(" Testprogram 2010–2013 ", 2010, 2013,
                List.of(cluster("Compare"), cluster("FindIT")));
        assertThat(created.name()).isEqualTo("Testprogram 2010–2013");
        assertThat(created.years()).containsExactly(2010, 2011, 2012, 2013);

        var updated = programmes.update(created.id(), created.version(), "Testprogram Värmland 2010–2013",
                List.of(cluster("Compare"), cluster("Paper Province")));

        assertThat(updated.name()).isEqualTo("Testprogram Värmland 2010–2013");
        assertThat(updated.clusters()).containsExactlyInAnyOrder(cluster("Compare"), cluster("Paper Province"));
        assertThat(updated.startYear()).isEqualTo(2010);
        assertThatThrownBy(() -> programmes.update(created.id(), created.version(), "Testprogram gammalt", List.of()))
                .isInstanceOf(Rejection.Stale.class);
        assertThat(programmes.find(created.id()).orElseThrow().name()).isEqualTo("Testprogram Värmland 2010–2013");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anotherRegionsClustersAndTakenNamesAreRefused() {
        var mobileHeights = login.inOwnTransaction(SKANE_OFFICER, () -> clusters.list().stream()
                .filter(c -> c.name().equals("Mobile Heights")).findFirst().orElseThrow().id());

        assertThatThrownBy(() -> programmes.create("Testprogram med Skånes kluster", 2010, 2012, List.of(mobileHeights)))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e -> {
                    assertThat(e.errors().getFirst().field()).isEqualTo("clusters");
                    assertThat(e.getMessage()).isEqualTo("programme.clusters.unknown");
                });
        var existing = programmes.create("Testprogram Bergslagen", 2010, 2012, List.of());
        assertThatThrownBy(() -> programmes.create("TESTPROGRAM BERGSLAGEN", 2010, 2012, List.of()))
                .hasMessage("programme.name.taken");
        assertThat(programmes.list()).filteredOn(p -> p.name().startsWith("Testprogram")).containsExactly(existing);
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void skanesProgrammeRunsFrom2017To2021WithItsTenClusters() {
        List<ProgrammeSummary> list = programmes.list();

        // the demo's one programme first (newest); tests that must commit add past ones (2001–2002) after it
        assertThat(list).extracting(ProgrammeSummary::startYear).allMatch(year -> year == 2017 || year == 2001);
        assertThat(list.getFirst()).satisfies(programme -> {
            assertThat(programme.years()).containsExactly(2017, 2018, 2019, 2020, 2021);
            assertThat(programme.clusters()).hasSize(10);
        });
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void politiciansCannotCreateProgrammesAndOfficersGetValidation() {
        assertThatThrownBy(() -> programmes.create("Nytt", 2022, 2025, List.of()))
                .isInstanceOf(AccessDeniedException.class);

        login.as(SKANE_OFFICER);
        assertThatThrownBy(() -> programmes.create("Bakvänt", 2025, 2022, List.of()))
                .hasMessage("programme.period.invalid");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anotherRegionCanNeitherReadNorWriteTheProgrammes() {
        assertThat(programmes.list()).extracting(ProgrammeSummary::name).noneMatch(name -> name.contains("2017–2021"));

        Integer visible = jdbc.queryForObject(
                "SELECT count(*) FROM programme_cluster WHERE region_code = ?", Integer.class, SKANE);
        assertThat(visible).isZero();
        assertThat(jdbc.update("UPDATE programme SET name = 'Kapad' WHERE region_code = ?", SKANE)).isZero();
        // last: the refused insert aborts the (rolled-back) transaction
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO programme (id, region_code, name, start_year, end_year) VALUES (?, ?, 'X', 2020, 2021)",
                UUID.randomUUID(), SKANE)).rootCause().hasMessageContaining("row-level security");
    }
}
