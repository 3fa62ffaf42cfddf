package se.klusterportalen.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** POST /api/v1/phase-model/evaluate with real Keycloak tokens. */
@IntegrationTest
class PhaseModelApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;

    record Response(int status, String contentType, JsonNode body, String language) {
    }

    private Response post(String json, String token) {
        return post(json, token, "en");
    }

    private Response post(String json, String token, String language) {
        var request = RestClient.create("http://localhost:" + port).post().uri("/api/v1/phase-model/evaluate")
                .contentType(MediaType.APPLICATION_JSON).body(json);
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
                JsonMapper.builder().build().readTree(res.getBody().readAllBytes()),
                res.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)));
    }

    private static int phase(JsonNode body, String dimension) {
        for (JsonNode node : body.get("dimensions")) {
            if (node.get("code").asString().equals(dimension)) {
                return node.get("phase").asInt();
            }
        }
        throw new AssertionError(dimension);
    }

    private static final String TIED = """
            {"met": ["S1.1", "S1.2", "S2.1", "S2.2", "S3.1", "S3.2", "S4.2",
                     "O1.1", "O2.1", "O3.1", "O3.2",
                     "N1.1", "N1.2", "N2.1", "N2.2",
                     "A1.1", "A2.1", "A2.2",
                     "F1.1", "F3.1"]}""";

    @Test
    void theExplanationIsSwedishUnlessTheClientPrefersEnglish() {
        String token = login.accessToken(NMS_MANAGER);

        var swedish = post(TIED, token, null);
        var preferred = post(TIED, token, "en-GB;q=0.4, sv-SE;q=0.9");
        var english = post(TIED, token, "en-US,en;q=0.9");

        assertThat(swedish.language()).isEqualTo("sv");
        assertThat(swedish.body().get("dimensions").get(0).get("explanation").asString())
                .isEqualTo("För att nå fas 4 i Strategi: S4.1, S4.3");
        assertThat(swedish.body().get("tieNote").asString()).isEqualTo(
                "Faserna 2 och 3 är lika vanliga; den samlade bedömningen blir 2, som ligger närmast medelvärdet 2,2.");
        assertThat(preferred.language()).isEqualTo("sv");
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.body().get("dimensions").get(0).get("name").asString()).isEqualTo("Strategy");
    }

    @Test
    void goodInputGivesFivePhasesTheOverallPhaseAndAnExplanation() {
        var response = post(TIED, login.accessToken(NMS_MANAGER));

        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(body.get("dimensions")).hasSize(5);
        assertThat(phase(body, "S")).isEqualTo(3);
        assertThat(phase(body, "O")).isEqualTo(3);
        assertThat(phase(body, "N")).isEqualTo(2);
        assertThat(phase(body, "A")).isEqualTo(2);
        assertThat(phase(body, "F")).isEqualTo(1);
        // 3,3,2,2,1: two modes, mean 2.2 is nearer 2
        assertThat(body.get("overall").asInt()).isEqualTo(2);
        assertThat(body.get("tieBreak").asString()).isEqualTo("CLOSEST_TO_MEAN");
        assertThat(body.get("tieNote").asString()).contains("2.2");
        var strategy = body.get("dimensions").get(0);
        assertThat(strategy.get("explanation").asString()).isEqualTo("To reach phase 4 in Strategy: S4.1, S4.3");
        var financing = body.get("dimensions").get(4);
        assertThat(financing.get("missingForNextPhase").toString()).isEqualTo("[\"F2.1\",\"F2.2\"]");
        assertThat(financing.get("notCounted").toString()).isEqualTo("[\"F3.1\"]");
    }

    @Test
    void unknownCodesAre400ListingThemInTheClientsLanguage() {
        String request = "{\"met\": [\"S1.1\", \"X9.9\", \"s1.2\"]}";
        var english = post(request, login.accessToken(SKANE_POLITICIAN));
        var swedish = post(request, login.accessToken(SKANE_POLITICIAN), null);

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.body().get("detail").asString()).isEqualTo("Unknown criterion codes: X9.9, s1.2.");
        assertThat(english.body().get("messageKey").asString()).isEqualTo("assessment.error.unknown-criteria");
        assertThat(english.body().get("errors").get(0).get("field").asString()).isEqualTo("met");
        assertThat(swedish.status()).isEqualTo(400);
        assertThat(swedish.body().get("detail").asString()).isEqualTo("Okända kriteriekoder: X9.9, s1.2.");
        assertThat(swedish.body().get("messageKey").asString()).isEqualTo("assessment.error.unknown-criteria");
    }

    @Test
    void manyUnknownCodesEchoFiveCutShortAndCountTheRest() {
        String longCode = "Y".repeat(30);
        var response = post("{\"met\": [\"" + longCode + "\", \"A1\", \"A2\", \"A3\", \"A4\", \"A5\", \"A6\"]}",
                login.accessToken(SKANE_POLITICIAN));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString())
                .isEqualTo("Unknown criterion codes: " + "Y".repeat(20) + "…, A1, A2, A3, A4 and 2 more.");
        assertThat(response.body().get("messageKey").asString()).isEqualTo("assessment.error.unknown-criteria.more");
    }

    @Test
    void anEmptyListIsPhaseZeroEverywhere() {
        var response = post("{\"met\": []}", login.accessToken(SKANE_POLITICIAN));

        assertThat(response.status()).isEqualTo(200);
        for (String dimension : new String[]{"S", "O", "N", "A", "F"}) {
            assertThat(phase(response.body(), dimension)).isZero();
        }
        assertThat(response.body().get("overall").asInt()).isZero();
        assertThat(response.body().get("tieBreak").asString()).isEqualTo("NONE");
    }

    @Test
    void thePlatformAdminWithoutRegionMayCalculateToo() {
        assertThat(post("{\"met\": [\"F1.1\"]}", login.accessToken(ADMIN)).status()).isEqualTo(200);
    }

    @Test
    void withoutTokenTheAnswerIs401() {
        var response = post("{\"met\": []}", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMissingListIs400WithItsField() {
        var response = post("{}", login.accessToken(SKANE_POLITICIAN));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString())
                .isEqualTo("The list of met criteria is required (it may be empty).");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("met");
    }
}
