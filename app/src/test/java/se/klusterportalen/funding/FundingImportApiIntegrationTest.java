package se.klusterportalen.funding;

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
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.spreadsheet.TestWorkbooks;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The funding import's preview through the REST API: the same service path as the upload view, every case file's
 * right value, errors with row, column, value and a readable message, and nothing saved.
 */
@IntegrationTest
class FundingImportApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired FundingService funding;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        login.logout();
    }

    private ProgrammeId skaneProgramme() {
        login.as(SKANE_OFFICER);
        return programmes.list().getFirst().id();
    }

    private record Answer(int status, String body, String language) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    private Answer upload(String programme, String fileName, byte[] content, String token, String acceptLanguage) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var request = RestClient.create("http://localhost:" + port).post()
                .uri("/api/v1/programmes/" + programme + "/funding/import/preview")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (acceptLanguage != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
                String.valueOf(response.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE))));
    }

    private int revisions() {
        return RegionContext.callAs(SKANE, () -> transaction.execute(status ->
                jdbc.queryForObject("SELECT count(*) FROM revinfo", Integer.class)));
    }

    @Test
    void excelsWindows1252CsvIsPreviewedWithEveryRowItsEncodingAndSeparatorAndNothingIsSaved() {
        ProgrammeId programme = skaneProgramme();
        var before = funding.programmeFunding(programme);
        int revisionsBefore = revisions();
        byte[] file = ("Kluster;Finansieringskälla;År;Planerat;Utfall\r\n"
                + "Besöksnäringsklustret Skåne;Regional basfinansiering;2021;1 234 567;\r\n"
                + "Mobile Heights\u00a0;Medlemsavgifter\u00a0;2020;7\u00a0654\u00a0321;\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        var answer = upload(programme.toString(), "belopp.csv", file, login.accessToken(SKANE_OFFICER), null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("accepted").asBoolean()).isTrue();
        assertThat(json.get("file").get("format").asString()).isEqualTo("csv");
        assertThat(json.get("file").get("encoding").asString()).isEqualTo("windows-1252");
        assertThat(json.get("file").get("separator").asString()).isEqualTo(";");
        assertThat(json.get("rows")).hasSize(2);
        JsonNode first = json.get("rows").get(0);
        assertThat(first.get("row").asInt()).isEqualTo(2);
        assertThat(first.get("cluster").asString()).isEqualTo("Besöksnäringsklustret Skåne");
        assertThat(first.get("stream").asString()).isEqualTo("Regional basfinansiering");
        assertThat(first.get("year").asInt()).isEqualTo(2021);
        assertThat(first.get("planned").asLong()).isEqualTo(1_234_567);
        assertThat(json.get("rows").get(1).get("cluster").asString()).isEqualTo("Mobile Heights");
        assertThat(json.get("rows").get(1).get("planned").asLong()).isEqualTo(7_654_321);
        assertThat(json.get("errors")).isEmpty();

        login.as(SKANE_OFFICER);
        assertThat(funding.programmeFunding(programme)).isEqualTo(before);
        assertThat(revisions()).isEqualTo(revisionsBefore);
    }

    @Test
    void theCaseFilesGiveTheirRightValuesThroughTheApi() {
        String programme = skaneProgramme().toString();
        String token = login.accessToken(SKANE_OFFICER);

        var formula = upload(programme, "formel.xlsx",
                TestWorkbooks.caseFile("funding-formula-without-cached-value.xlsx"), token, null).json();
        var hint = upload(programme, "sep.csv", TestWorkbooks.caseFile("funding-sep-hint-line.csv"), token, null).json();
        var spaces = upload(programme, "namn.csv", TestWorkbooks.caseFile("funding-no-break-space-in-names.csv"),
                token, null).json();

        assertThat(formula.get("file").get("format").asString()).isEqualTo("xlsx");
        assertThat(formula.get("rows").get(0).get("planned").asLong()).isEqualTo(1_250_000);
        assertThat(hint.get("file").get("separatorHint").asBoolean()).isTrue();
        assertThat(hint.get("file").get("byteOrderMark").asBoolean()).isTrue();
        assertThat(hint.get("rows").get(0).get("planned").asLong()).isEqualTo(900_000);
        assertThat(spaces.get("accepted").asBoolean()).isTrue();
        assertThat(spaces.get("rows").findValuesAsString("cluster")).containsExactly("Mobile Heights", "Packbridge");
    }

    @Test
    void errorsCarryRowColumnValueAndAReadableMessageInSwedishOrEnglish() {
        String programme = skaneProgramme().toString();
        String token = login.accessToken(SKANE_OFFICER);
        byte[] file = TestWorkbooks.caseFile("funding-excel-error-cells.xlsx");

        var swedish = upload(programme, "fel.xlsx", file, token, null);
        var english = upload(programme, "fel.xlsx", file, token, "en-GB,en;q=0.9,sv;q=0.5");

        assertThat(swedish.status()).isEqualTo(200);
        assertThat(swedish.language()).isEqualTo("sv");
        JsonNode errors = swedish.json().get("errors");
        assertThat(swedish.json().get("accepted").asBoolean()).isFalse();
        assertThat(swedish.json().get("rows")).isEmpty();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("Planerat");
        assertThat(errors.get(0).get("value").asString()).isEqualTo("#N/A");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Excel-fel #N/A");
        assertThat(errors.get(2).get("column").asString()).isEqualTo("Utfall");
        assertThat(errors.get(2).get("message").asString()).isEqualTo("Excel-fel #DIV/0!");
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.json().get("errors").get(1).get("message").asString()).isEqualTo("Excel error #REF!");

        var unknown = upload(programme, "okänd.csv", ("Kluster;Finansieringskälla;År;Planerat\n"
                + "Finns inte;Medlemsavgifter;2021;100\n").getBytes(StandardCharsets.UTF_8), token, null).json();
        assertThat(unknown.get("errors").get(0).get("message").asString())
                .doesNotStartWith("funding.").isNotBlank();
    }

    @Test
    void anotherRegionsProgrammeIsNotFoundLikeARandomIdWithoutATokenUnauthorizedAndAPoliticianForbidden() {
        String programme = skaneProgramme().toString();
        byte[] file = TestWorkbooks.caseFile("funding-sep-hint-line.csv");

        var otherRegion = upload(programme, "sep.csv", file, login.accessToken(NMS_OFFICER), null);
        var random = upload(UUID.randomUUID().toString(), "sep.csv", file, login.accessToken(NMS_OFFICER), null);
        var anonymous = upload(programme, "sep.csv", file, null, null);
        var politician = upload(programme, "sep.csv", file, login.accessToken(SKANE_POLITICIAN), null);

        assertThat(otherRegion.status()).isEqualTo(404);
        assertThat(random.status()).isEqualTo(404);
        assertThat(otherRegion.json().get("detail").asString()).isEqualTo(random.json().get("detail").asString());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(politician.status()).isEqualTo(403);
    }
}
