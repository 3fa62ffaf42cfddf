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
    void aMalformedIdIsInvalidWithItsFieldError() {
        var swedish = get("/api/v1/programmes/not-an-id/goals", "sv");
        var english = get("/api/v1/programmes/not-an-id/goals", "en");

        assertThat(swedish.status()).isEqualTo(400);
        assertThat(swedish.json().get("messageKey").asString()).isEqualTo("programme.invalid-id");
        assertThat(swedish.json().get("detail").asString()).isEqualTo("Programmets id i adressen är inte giltigt (ett UUID väntas).");
        assertThat(english.json().get("detail").asString()).isEqualTo("The programme id in the address is not valid (a UUID is expected).");
        var error = english.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("id");
        assertThat(error.get("messageKey").asString()).isEqualTo("programme.invalid-id");
        assertThat(error.get("detail").asString()).isEqualTo("The programme id in the address is not valid (a UUID is expected).");
    }
}
