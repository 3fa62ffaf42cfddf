package se.klusterportalen.programme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
class ProgrammeIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Autowired se.klusterportalen.cluster.ClusterService clusters;

    @AfterEach
    void signOut() {
        login.logout();
        RegionContext.runAs(NMS, () -> transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM programme_cluster WHERE programme_id IN (SELECT id FROM programme WHERE name LIKE 'Testprogram%')");
            jdbc.update("DELETE FROM programme WHERE name LIKE 'Testprogram%'");
        }));
    }

    private se.klusterportalen.cluster.ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void anOfficerCreatesAProgrammeRenamesItAndChangesItsClusters() {
        login.as(NMS_OFFICER);
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
    void anotherRegionsClustersAndTakenNamesAreRefused() {
        login.as(SKANE_OFFICER);
        var mobileHeights = clusters.list().stream().filter(c -> c.name().equals("Mobile Heights")).findFirst()
                .orElseThrow().id();

        login.as(NMS_OFFICER);
        assertThatThrownBy(() -> programmes.create("Testprogram med Skånes kluster", 2010, 2012, List.of(mobileHeights)))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e -> {
                    assertThat(e.errors().getFirst().field()).isEqualTo("clusters");
                    assertThat(e.getMessage()).isEqualTo("programme.clusters.unknown");
                });
        var existing = programmes.list().getFirst();
        assertThatThrownBy(() -> programmes.create(existing.name().toUpperCase(), 2010, 2012, List.of()))
                .hasMessage("programme.name.taken");
        assertThat(programmes.list()).noneMatch(p -> p.name().startsWith("Testprogram"));
    }

    @Test
    void skanesProgrammeRunsFrom2017To2021WithItsTenClusters() {
        login.as(SKANE_POLITICIAN);
        List<ProgrammeSummary> list = programmes.list();

        assertThat(list).singleElement().satisfies(programme -> {
            assertThat(programme.years()).containsExactly(2017, 2018, 2019, 2020, 2021);
            assertThat(programme.clusters()).hasSize(10);
        });
    }

    @Test
    void politiciansCannotCreateProgrammesAndOfficersGetValidation() {
        login.as(SKANE_POLITICIAN);
        assertThatThrownBy(() -> programmes.create("Nytt", 2022, 2025, List.of()))
                .isInstanceOf(AccessDeniedException.class);

        login.as(SKANE_OFFICER);
        assertThatThrownBy(() -> programmes.create("Bakvänt", 2025, 2022, List.of()))
                .hasMessage("programme.period.invalid");
    }

    @Test
    void anotherRegionCanNeitherReadNorWriteTheProgrammes() {
        login.as(NMS_OFFICER);
        assertThat(programmes.list()).extracting(ProgrammeSummary::name).noneMatch(name -> name.contains("2017–2021"));

        Integer visible = RegionContext.callAs(NMS, () -> transaction.execute(status -> jdbc.queryForObject(
                "SELECT count(*) FROM programme_cluster WHERE region_code = ?", Integer.class, SKANE)));
        assertThat(visible).isZero();
        assertThatThrownBy(() -> RegionContext.runAs(NMS, () -> transaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO programme (id, region_code, name, start_year, end_year) VALUES (?, ?, 'X', 2020, 2021)",
                UUID.randomUUID(), SKANE)))).rootCause().hasMessageContaining("row-level security");
        Integer updated = RegionContext.callAs(NMS, () -> transaction.execute(status ->
                jdbc.update("UPDATE programme SET name = 'Kapad' WHERE region_code = ?", SKANE)));
        assertThat(updated).isZero();
    }
}
