package se.klusterportalen.programme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** {@code GET /api/v1/programmes}: the caller's region's programmes, so that an integration finds the ids to import into. */
@IntegrationTest
class ProgrammeListApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;

    @AfterEach
    void signOut() {
        login.logout();
    }

    private record Answer(int status, String body) {
    }

    private Answer get(String token) {
        var request = RestClient.create("http://localhost:" + port).get().uri("/api/v1/programmes");
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    @Test
    void eachRegionSeesItsOwnProgrammesWithIdNameAndPeriod() {
        login.as(SKANE_OFFICER);
        List<String> skaneIds = programmes.list().stream().map(p -> p.id().toString()).toList();
        login.as(NMS_OFFICER);
        List<String> nmsIds = programmes.list().stream().map(p -> p.id().toString()).toList();

        var skane = get(login.accessToken(SKANE_OFFICER));
        var nms = get(login.accessToken(NMS_OFFICER));

        assertThat(skane.status()).isEqualTo(200);
        JsonNode skaneJson = JsonMapper.builder().build().readTree(skane.body()).get("items");
        var ids = new ArrayList<String>();
        skaneJson.forEach(p -> ids.add(p.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(skaneIds).doesNotContainAnyElementsOf(nmsIds);
        // the demo programme (tests that must commit add uniquely named ones of 2001–2002, ADR 0008)
        JsonNode first = null;
        for (JsonNode programme : skaneJson) {
            if (programme.get("name").asString().contains("2017")) {
                first = programme;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("name").asString()).isNotBlank();
        assertThat(first.get("startYear").asInt()).isEqualTo(2017);
        assertThat(first.get("endYear").asInt()).isEqualTo(2021);
        assertThat(first.get("period").asString()).isEqualTo("2017\u20132021");
        assertThat(JsonMapper.builder().build().readTree(nms.body()).findValuesAsString("id"))
                .containsExactlyInAnyOrderElementsOf(nmsIds);
        assertThat(get(null).status()).isEqualTo(401);
    }
}
