package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NO_REGION;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
class ClusterApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;

    private Response get(String path, String token) {
        var request = RestClient.create("http://localhost:" + port).get().uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode(),
                res.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), new String(res.getBody().readAllBytes())));
    }

    record Response(HttpStatusCode status, String contentType, String body) {
    }

    @Test
    void withoutTokenTheAnswerIs401InJsonNotARedirect() {
        var response = get("/api/v1/clusters", null);

        assertThat(response.status().value()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void aForgedTokenIsRejected() {
        assertThat(get("/api/v1/clusters", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").status().value()).isEqualTo(401);
    }

    @Test
    void aSkaneTokenListsOnlySkanesClusters() {
        Map<String, Object> page = RestClient.create("http://localhost:" + port).get().uri("/api/v1/clusters")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(SKANE_POLITICIAN))
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() { });
        @SuppressWarnings("unchecked")
        var clusters = (List<Map<String, Object>>) page.get("items");

        assertThat(clusters).hasSize(10).extracting(c -> c.get("name"))
                .contains("Packbridge").doesNotContain("Paper Province");
    }

    @Test
    void aNorraMellansverigeTokenListsTheirSixteen() {
        var response = get("/api/v1/clusters", login.accessToken(NMS_MANAGER));

        assertThat(response.status().value()).isEqualTo(200);
        assertThat(response.body()).contains("Paper Province").doesNotContain("Packbridge");
    }

    @Test
    void aUserWithoutRegionOrRegionalRoleIsForbiddenInJson() {
        for (String user : List.of(NO_REGION, ADMIN)) {
            var response = get("/api/v1/clusters", login.accessToken(user));
            assertThat(response.status().value()).as(user).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anUnknownApiPathIs404InJson() {
        var response = get("/api/v1/no-such-thing", login.accessToken(SKANE_POLITICIAN));

        assertThat(response.status().value()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
