package se.klusterportalen.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import se.klusterportalen.spreadsheet.TestWorkbooks;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** The cluster import's preview through the REST API: what the upload view shows, as JSON, and nothing saved. */
@IntegrationTest
class ClusterImportApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        login.logout();
    }

    private record Answer(int status, String body) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    private Answer upload(String query, String fileName, byte[] content, String token) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var request = RestClient.create("http://localhost:" + port).post()
                .uri("/api/v1/clusters/import/preview" + query)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private int count(String sql) {
        return RegionContext.callAs(SKANE, () -> transaction.execute(status ->
                jdbc.queryForObject(sql, Integer.class)));
    }

    @Test
    void theSixSpellingsOfAnOrganisationNumberArePreviewedInOneFormAndNothingIsSaved() {
        int clustersBefore = count("SELECT count(*) FROM cluster");
        int revisionsBefore = count("SELECT count(*) FROM revinfo");

        var answer = upload("", "orgnr.csv", TestWorkbooks.caseFile("clusters-organisation-number-variants.csv"),
                login.accessToken(SKANE_OFFICER));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("kind").asString()).isEqualTo("CLUSTERS");
        assertThat(json.get("accepted").asBoolean()).isTrue();
        assertThat(json.get("created").asLong()).isEqualTo(6);
        assertThat(json.get("file").get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(json.get("file").get("separator").asString()).isEqualTo(";");
        assertThat(json.get("rows").findValuesAsString("subject")).containsExactly("Testkluster BH-9a",
                "Testkluster BH-9b", "Testkluster BH-9c", "Testkluster BH-9d", "Testkluster BH-9e", "Testkluster BH-9f");
        for (JsonNode row : json.get("rows")) {
            assertThat(row.get("action").asString()).isEqualTo("CREATE");
            assertThat(row.get("values").get("Organisationsnummer").asString()).isEqualTo("559900-1236");
        }
        assertThat(count("SELECT count(*) FROM cluster")).isEqualTo(clustersBefore);
        assertThat(count("SELECT count(*) FROM revinfo")).isEqualTo(revisionsBefore);
    }

    @Test
    void errorsNameRowColumnValueAndTheRealProblemAndMemberCountsAreAKind() {
        byte[] file = "Namn;Organisationsnummer\nTestkluster BH-9x;559900\u20131237\n".getBytes(StandardCharsets.UTF_8);
        byte[] members = ("Kluster;År;Små och medelstora företag;Stora företag;Akademi/forskningsinstitut;"
                + "Offentlig sektor;Övriga\nPackbridge\u00a0;2020;150;20;10;15;5\n").getBytes(StandardCharsets.UTF_8);

        var refused = upload("", "orgnr.csv", file, login.accessToken(SKANE_OFFICER)).json();
        var counts = upload("?kind=MEMBERS", "medlemmar.csv", members, login.accessToken(SKANE_OFFICER)).json();

        JsonNode error = refused.get("errors").get(0);
        assertThat(refused.get("accepted").asBoolean()).isFalse();
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asString()).isEqualTo("Organisationsnummer");
        assertThat(error.get("value").asString()).isEqualTo("559900\u20131237");
        assertThat(error.get("messageKey").asString()).isEqualTo("cluster.error.org-number.check-digit.hidden");
        assertThat(error.get("message").asString()).startsWith("Kontrollsiffran").contains("osynligt eller förväxlingsbart");
        assertThat(counts.get("kind").asString()).isEqualTo("MEMBERS");
        assertThat(counts.get("rows").get(0).get("subject").asString()).isEqualTo("Packbridge 2020");
        assertThat(counts.get("rows").get(0).get("values").get("Små och medelstora företag").asString()).isEqualTo("150");
    }

    @Test
    void withoutATokenUnauthorizedAndAPoliticianForbidden() {
        byte[] file = TestWorkbooks.caseFile("clusters-organisation-number-variants.csv");

        assertThat(upload("", "orgnr.csv", file, null).status()).isEqualTo(401);
        assertThat(upload("", "orgnr.csv", file, login.accessToken(SKANE_POLITICIAN)).status()).isEqualTo(403);
        assertThat(upload("?kind=OKÄND", "orgnr.csv", file, login.accessToken(SKANE_OFFICER)).status()).isEqualTo(400);
    }
}
