package se.klusterportalen.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * A rejection through the REST API: problem details whose {@code detail} is a sentence in the client's language
 * (Swedish unless Accept-Language prefers English), with the message key in {@code messageKey}.
 */
@IntegrationTest
class RejectionApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;

    private record Answer(int status, String contentType, JsonNode json) {
    }

    private Answer get(String path, String acceptLanguage) {
        var request = RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(SKANE_POLITICIAN));
        if (acceptLanguage != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()),
                JsonMapper.builder().build().readTree(response.getBody().readAllBytes())));
    }

    @Test
    void anUnknownProgrammeIsNotFoundInSwedishByDefaultAndInEnglishOnRequest() {
        String path = "/api/v1/programmes/" + new UUID(0, 42) + "/goals";

        var swedish = get(path, null);
        var english = get(path, "en-GB,en;q=0.9");

        assertThat(swedish.status()).isEqualTo(404);
        assertThat(swedish.contentType()).isEqualTo("application/problem+json");
        assertThat(swedish.json().get("messageKey").asString()).isEqualTo("programme.not-found");
        assertThat(swedish.json().get("detail").asString()).isEqualTo("Programmet finns inte.");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.json().get("messageKey").asString()).isEqualTo("programme.not-found");
        assertThat(english.json().get("detail").asString()).isEqualTo("The programme does not exist.");
    }

    @Test
    void aMalformedIdIsNotFoundWithTheSameBodyAsAnUnknownOne() {
        for (String path : List.of("/goals", "/milestones", "/funding")) {
            var malformed = get("/api/v1/programmes/not-an-id" + path, "sv");
            var unknown = get("/api/v1/programmes/" + new UUID(0, 42) + path, "sv");

            assertThat(malformed.status()).as(path).isEqualTo(404);
            assertThat(malformed.contentType()).as(path).isEqualTo("application/problem+json");
            assertThat(malformed.json().get("messageKey").asString()).as(path).isEqualTo("programme.not-found");
            assertThat(malformed.json().get("detail").asString()).as(path).isEqualTo("Programmet finns inte.");
            assertThat(withoutInstance(malformed.json())).as(path).isEqualTo(withoutInstance(unknown.json()));
        }
        var cluster = get("/api/v1/labels/not-an-id", "en");
        assertThat(cluster.status()).isEqualTo(404);
        assertThat(cluster.json().get("detail").asString()).isEqualTo("The cluster does not exist in your region.");
        assertThat(withoutInstance(cluster.json()))
                .isEqualTo(withoutInstance(get("/api/v1/labels/" + new UUID(0, 42), "en").json()));
    }

    @Test
    void refusalsBeforeAnyControllerAreInTheClientsLanguageWithTheirKey() {
        var client = RestClient.create("http://localhost:" + port);
        var withoutToken = client.get().uri("/api/v1/clusters").exchange((req, response) -> new Answer(
                response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                JsonMapper.builder().build().readTree(response.getBody().readAllBytes())));
        var wrongType = get("/api/v1/clusters?size=abc", "en");
        var politicianWrites = client.post().uri("/api/v1/indicators/import")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(SKANE_POLITICIAN))
                .header(HttpHeaders.CONTENT_TYPE, "text/tab-separated-values").body("inte\tett\tindikatorark\n")
                .exchange((req, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        JsonMapper.builder().build().readTree(response.getBody().readAllBytes())));

        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(withoutToken.json().get("messageKey").asString()).isEqualTo("rejection.unauthenticated");
        assertThat(withoutToken.json().get("detail").asString()).startsWith("Anropet saknar en giltig åtkomsttoken");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("messageKey").asString()).isEqualTo("rejection.request.invalid-value");
        assertThat(wrongType.json().get("detail").asString()).isEqualTo("The value abc has the wrong form.");
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(politicianWrites.status()).isEqualTo(403);
        assertThat(politicianWrites.json().get("messageKey").asString()).isEqualTo("rejection.forbidden");
        assertThat(politicianWrites.json().get("detail").asString()).isEqualTo("Du får inte göra detta.");
    }

    @Test
    void theApiDescriptionIsServedWithoutATokenAsJsonAndYaml() {
        var client = RestClient.create("http://localhost:" + port);
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
            var answer = client.get().uri(path).exchange((req, response) -> new Answer(
                    response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()), null));
            assertThat(answer.status()).as(path).isEqualTo(200);
        }
    }

    /** The problem without its {@code instance} (the request's path, which differs by design). */
    private static JsonNode withoutInstance(JsonNode problem) {
        ObjectNode copy = (ObjectNode) problem.deepCopy();
        copy.remove("instance");
        return copy;
    }
}
