package se.klusterportalen.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.RealLogin;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The portfolio: a second region cannot write rows for Skåne, nor find Skåne's through the service or the API.
 * That no region reads or changes another's rows in any table is TenancyCatalogueIntegrationTest's.
 */
@IntegrationTest
@Transactional
class ClusterIsolationIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegionSql sql;


    private static final Map<String, String> INSERTS = Map.of(
            "smart_specialisation_area", "INSERT INTO smart_specialisation_area (id, region_code, name) VALUES (?, 'skane', 'Kapad')",
            "cluster_contact", "INSERT INTO cluster_contact (id, region_code, cluster_id, position, name) "
                    + "SELECT ?, 'skane', id, 0, 'Kapad' FROM cluster LIMIT 1",
            "cluster_member_year", "INSERT INTO cluster_member_year (id, region_code, cluster_id, year) "
                    + "SELECT ?, 'skane', id, 2000 FROM cluster LIMIT 1",
            "cluster_member_organisation", "INSERT INTO cluster_member_organisation (id, region_code, cluster_id, name, member_type) "
                    + "SELECT ?, 'skane', id, 'Kapad', 'SME' FROM cluster LIMIT 1",
            "cluster_member_year_aud", "INSERT INTO cluster_member_year_aud (id, rev, region_code) "
                    + "SELECT ?, rev, 'skane' FROM revinfo LIMIT 1");

    @ParameterizedTest
    @ValueSource(strings = {"smart_specialisation_area", "cluster_contact", "cluster_member_year",
            "cluster_member_organisation", "cluster_member_year_aud"})
    void anotherRegionCannotWriteRowsForSkane(String table) {
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status ->
                jdbc.update(INSERTS.get(table), UUID.randomUUID()))))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void elementCollectionRowsTakeTheWritersRegion() {
        String region = sql.asRegion(NMS, (status -> jdbc.queryForObject(
                "SELECT region_code FROM cluster_area LIMIT 1", String.class)));
        assertThat(region).isEqualTo(NMS);
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void throughTheServiceAnotherRegionsOfficerFindsNothing() {
        var skaneId = login.inOwnTransaction(SKANE_OFFICER, () -> clusters.list().stream()
                .filter(c -> c.name().equals("Media Evolution")).findFirst().orElseThrow().id());
        var skaneAreas = login.inOwnTransaction(SKANE_OFFICER, () -> clusters.areas());

        assertThat(clusters.profile(skaneId)).isEmpty();
        assertThat(clusters.namedMembers(skaneId)).isEmpty();
        assertThat(clusters.areas()).doesNotContainAnyElementsOf(skaneAreas);
        assertThatThrownBy(() -> clusters.history(skaneId)).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> clusters.draftOf(skaneId)).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> clusters.saveMembers(skaneId, MemberCounts.of(2020, 1, 1, 1, 1, 1), true))
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(clusters.portfolio()).extracting(PortfolioRow::id).doesNotContain(skaneId);
    }

    private int status(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void throughTheApiAnotherRegionGets404AndPoliticiansGetNoContacts() {
        var skaneId = clusters.list().stream().filter(c -> c.name().equals("Media Evolution")).findFirst()
                .orElseThrow().id();

        assertThat(status("/api/v1/clusters/" + skaneId, login.accessToken(NMS_OFFICER))).isEqualTo(404);
        assertThat(status("/api/v1/clusters/" + skaneId + "/members", login.accessToken(NMS_OFFICER))).isEqualTo(404);

        Map<?, ?> asPolitician = RestClient.create("http://localhost:" + port).get().uri("/api/v1/clusters/" + skaneId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(SKANE_POLITICIAN))
                .retrieve().body(Map.class);
        assertThat(asPolitician.get("name")).isEqualTo("Media Evolution");
        assertThat(asPolitician.get("latestMembers")).isEqualTo(400);
        assertThat(asPolitician.get("contacts")).isNull();

        Map<?, ?> asOfficer = RestClient.create("http://localhost:" + port).get().uri("/api/v1/clusters/" + skaneId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(SKANE_OFFICER))
                .retrieve().body(Map.class);
        assertThat(asOfficer.get("contacts")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty();
    }
}
