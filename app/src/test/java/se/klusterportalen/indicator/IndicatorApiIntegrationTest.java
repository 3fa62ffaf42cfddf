package se.klusterportalen.indicator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.RealLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;

/** The import of follow-up reports through the REST API, as a reporting tool would send them. */
@IntegrationTest
class IndicatorApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired JdbcTemplate jdbc;
    @Autowired IndicatorFixtures indicatorFixtures;
    @Autowired RegionSql sql;

    @AfterEach
    void removeWhatTheImportSaved() {
        indicatorFixtures.removeImported(NMS, List.of("Nätverk Alfa", "Nätverk Beta"));
    }

    private record Answer(int status, String body, String contentType) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    private Answer postText(String path, String token, byte[] body, String language) {
        var request = RestClient.create("http://localhost:" + port).post().uri(path)
                .contentType(MediaType.parseMediaType("text/tab-separated-values")).body(body)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
                String.valueOf(response.getHeaders().getContentType())));
    }

    private Answer postFile(String path, String token, byte[] file, String name) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return RestClient.create("http://localhost:" + port).post().uri(path)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((req, response) -> new Answer(response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
                        String.valueOf(response.getHeaders().getContentType())));
    }

    private int values() {
        return sql.asRegion(NMS, (status -> jdbc.queryForObject(
                "SELECT count(*) FROM indicator_value", Integer.class)));
    }

    @Test
    void thePreviewOfRawTextShowsKindsAndNumbersAndSavesNothing() {
        Answer answer = postText("/api/v1/indicators/import/preview", login.accessToken(NMS_OFFICER),
                IndicatorImportIntegrationTest.sample(), "sv");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("saved").asBoolean()).isFalse();
        assertThat(json.get("errors")).isEmpty();
        assertThat(json.get("networks").findValuesAsString("name")).contains("Nätverk Alfa", "Nätverk Beta");
        JsonNode alfa = json.get("networks").get(0);
        assertThat(alfa.get("target").asString()).isEqualTo("NEW_CLUSTER");
        assertThat(alfa.get("dates").get(0).asString()).isEqualTo("2019-01-01");
        JsonNode activities = alfa.get("indicators").get(4);
        assertThat(activities.get("name").asString()).isEqualTo("Antal konkreta samarbetsaktiviteter med företag ur nätverket");
        JsonNode sum = activities.get("values").get(1);
        assertThat(sum.get("date").asString()).isEqualTo("2020-12-31");
        assertThat(sum.get("text").asString()).isEqualTo("7+12+4");
        assertThat(sum.get("kind").asString()).isEqualTo("SUM");
        assertThat(sum.get("value").decimalValue()).isEqualByComparingTo("23");
        assertThat(sum.get("parts")).extracting(JsonNode::asInt).containsExactly(7, 12, 4);
        assertThat(activities.get("reportedDifference").get("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(activities.get("computedDifference").get("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(activities.get("differenceMismatch").asBoolean()).isFalse();
        JsonNode range = alfa.get("indicators").get(6).get("values").get(1);
        assertThat(range.get("kind").asString()).isEqualTo("RANGE");
        assertThat(range.get("low").decimalValue()).isEqualByComparingTo("20");
        assertThat(range.get("high").decimalValue()).isEqualByComparingTo("80");
        assertThat(range.get("value").isNull()).isTrue();
        JsonNode alternative = alfa.get("indicators").get(3).get("values").get(1);
        assertThat(alternative.get("alternative").decimalValue()).isEqualByComparingTo("15");
        assertThat(values()).isZero();
    }

    @Test
    void importingAMultipartFileSavesAllValues() {
        Answer answer = postFile("/api/v1/indicators/import", login.accessToken(NMS_OFFICER),
                IndicatorImportIntegrationTest.sample(), "uppfoljning.tsv");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("saved").asBoolean()).isTrue();
        assertThat(values()).isEqualTo(26);
    }

    @Test
    void aBadFileIsRefusedWithLineColumnTextAndAMessageAndSavesNothing() {
        byte[] bad = new String(IndicatorImportIntegrationTest.sample(), StandardCharsets.UTF_8)
                .replace("\tca 22\tca 22", "\tungefär tjugo\tca 22").getBytes(StandardCharsets.UTF_8);

        Answer answer = postText("/api/v1/indicators/import", login.accessToken(NMS_OFFICER), bad, "en");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(answer.json().get("errors")).hasSize(1);
        assertThat(error.get("line").asInt()).isEqualTo(7);
        assertThat(error.get("column").asInt()).isEqualTo(3);
        assertThat(error.get("text").asString()).isEqualTo("ungefär tjugo");
        assertThat(error.get("message").asString()).startsWith("The value cannot be read");
        assertThat(answer.json().get("saved").asBoolean()).isFalse();
        assertThat(values()).isZero();
    }

    @Test
    void withoutATokenIs401AndAClusterManagerIs403() {
        Answer anonymous = postText("/api/v1/indicators/import/preview", null, IndicatorImportIntegrationTest.sample(), "sv");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Answer manager = postText("/api/v1/indicators/import", login.accessToken(NMS_MANAGER),
                IndicatorImportIntegrationTest.sample(), "sv");
        assertThat(manager.status()).isEqualTo(403);
        assertThat(manager.contentType()).startsWith("application/problem+json");
        assertThat(values()).isZero();
    }
}
