package se.klusterportalen.security;

import jakarta.ws.rs.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * Issue #14's attack suite, kept: for each finding the request that showed it now gets the right answer, against
 * the real Keycloak and PostgreSQL. The web UI's findings (headers, cookies, back-channel logout, routes) are tested
 * in the ui module ({@code UiSecurityIntegrationTest}, {@code SessionEndBrowserIntegrationTest}).
 */
@IntegrationTest
class SecurityRegressionIntegrationTest {

    private static final String REALM = "klusterportal";

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Autowired JdbcTemplate jdbc;
    @Value("${klusterportal.keycloak.issuer-uri}") String issuer;
    @Value("${klusterportal.dev-services.keycloak-url}") String keycloakUrl;
    @Value("${klusterportal.keycloak.directory.client-secret}") String directorySecret;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        login.logout();
    }

    // --- finding 1: the directory client reads, it cannot change anyone

    @Test
    void theDirectoryClientCannotChangeAUsersRegion() {
        try (Keycloak directory = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm(REALM)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId("klusterportal-directory")
                .clientSecret(directorySecret).build()) {
            var users = directory.realm(REALM).users();
            UserRepresentation sara = users.search(SKANE_OFFICER, true).getFirst();
            assertThat(sara.getAttributes().get("region")).containsExactly("skane"); // it may read

            sara.getAttributes().put("region", List.of("norra-mellansverige"));
            assertThatThrownBy(() -> users.get(sara.getId()).update(sara)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> users.get(sara.getId()).logout()).isInstanceOf(ForbiddenException.class);

            assertThat(users.search(SKANE_OFFICER, true).getFirst().getAttributes().get("region"))
                    .containsExactly("skane");
        }
    }

    // --- finding 2: exact redirect URIs

    @Test
    void keycloakSendsNoCodeToAnotherLocalPort() throws Exception {
        var response = get(issuer + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=klusterportal-web&redirect_uri="
                + URLEncoder.encode("http://localhost:9999/login/oauth2/code/keycloak", StandardCharsets.UTF_8), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("redirect_uri");
    }

    @Test
    void keycloakSendsTheCodeToThisPortalsOwnCallback() throws Exception {
        var response = get(issuer + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=klusterportal-web&redirect_uri="
                + URLEncoder.encode("http://localhost:" + port + "/login/oauth2/code/keycloak", StandardCharsets.UTF_8),
                null);

        // accepted: Keycloak answers at this callback (here with "code_challenge missing", PKCE being required)
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("http://localhost:" + port + "/login/oauth2/code/keycloak?");
    }

    // --- finding 3: brute-force detection

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefused() throws Exception {
        String username = "laas.prov." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Ett-langt-losenord-" + UUID.randomUUID();
        createUser(username, password);
        assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200); // the account works

        for (int attempt = 1; attempt <= 5; attempt++) {
            var wrong = passwordGrant(username, "fel-losenord-" + attempt);
            assertThat(wrong.statusCode()).as("attempt " + attempt).isBetween(400, 401);
            assertThat(wrong.body()).as("attempt " + attempt).contains("invalid_grant");
        }

        var locked = passwordGrant(username, password);
        assertThat(locked.statusCode()).isBetween(400, 401);
        assertThat(locked.body()).doesNotContain("access_token");
    }

    @Test
    void aShortPasswordIsRefusedByThePolicy() {
        try (Keycloak admin = masterAdmin()) {
            String username = "kort.prov." + UUID.randomUUID().toString().substring(0, 8);
            createUser(username, "Ett-langt-losenord-" + UUID.randomUUID());
            var user = admin.realm(REALM).users().search(username, true).getFirst();
            var shortPassword = new CredentialRepresentation();
            shortPassword.setType(CredentialRepresentation.PASSWORD);
            shortPassword.setValue("kort12345");
            shortPassword.setTemporary(false);
            assertThatThrownBy(() -> admin.realm(REALM).users().get(user.getId()).resetPassword(shortPassword))
                    .hasMessageContaining("400");
            var sameAsUsername = new CredentialRepresentation();
            sameAsUsername.setType(CredentialRepresentation.PASSWORD);
            sameAsUsername.setValue(username);
            assertThatThrownBy(() -> admin.realm(REALM).users().get(user.getId()).resetPassword(sameAsUsername))
                    .hasMessageContaining("400");
        }
    }

    // --- finding 5: only access tokens for the API's audience

    @Test
    void anAccessTokenForTheApiIsAccepted() throws Exception {
        assertThat(get(api("/api/v1/clusters"), login.accessToken(SKANE_POLITICIAN)).statusCode()).isEqualTo(200);
    }

    @Test
    void anIdTokenIsRefused() throws Exception {
        var tokens = passwordGrant(SKANE_POLITICIAN, PASSWORD, "openid");
        String idToken = field(tokens.body(), "id_token");
        assertThat(idToken).isNotBlank();

        var response = get(api("/api/v1/clusters"), idToken);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anAccessTokenOfTheRealmForAnotherAudienceIsRefused() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=klusterportal-directory"
                        + "&client_secret=" + directorySecret)).build(), HttpResponse.BodyHandlers.ofString());
        String directoryToken = field(response.body(), "access_token");

        assertThat(get(api("/api/v1/clusters"), directoryToken).statusCode()).isEqualTo(401);
    }

    // --- finding 6: request limits

    @Test
    void aJsonBodyOverOneMebibyteIsRefusedWith413() throws Exception {
        String big = "{\"met\":[\"" + "x".repeat(2 * 1024 * 1024) + "\"]}";
        var declared = http.send(post("/api/v1/phase-model/evaluate", HttpRequest.BodyPublishers.ofString(big)),
                HttpResponse.BodyHandlers.ofString());
        var chunked = http.send(post("/api/v1/phase-model/evaluate", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))), HttpResponse.BodyHandlers.ofString());

        for (var response : List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
    }

    @Test
    void atMostFiveUnknownCodesAreEchoed() throws Exception {
        String codes = IntStream.rangeClosed(1, 100).mapToObj(i -> "\"OKAND-" + i + "\"").collect(Collectors.joining(","));
        var response = http.send(post("/api/v1/phase-model/evaluate",
                HttpRequest.BodyPublishers.ofString("{\"met\":[" + codes + "]}")), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OKAND-1, OKAND-2, OKAND-3, OKAND-4, OKAND-5 och 95 till")
                .doesNotContain("OKAND-6");
    }

    // --- finding 7: every /api error is problem details

    @Test
    void malformedIdsAndBadRequestsAreProblemDetails() throws Exception {
        String token = login.accessToken(SKANE_OFFICER);
        String hyphens = "-".repeat(36);
        // a malformed id is not found, as an unknown one
        Map<String, Integer> expected = Map.of(
                "/api/v1/clusters/" + hyphens, 404,
                "/api/v1/clusters/" + hyphens + "/members", 404,
                "/api/v1/programmes/" + hyphens + "/goals", 404,
                "/api/v1/programmes/" + hyphens + "/milestones", 404,
                "/api/v1/programmes/" + hyphens + "/funding", 404,
                "/api/v1/labels/" + hyphens, 404,
                "/api/v1/clusters;jsessionid=x", 400,
                "/api/v1/%2e%2e/clusters", 400,
                "/api/v1/nothing-here", 404);
        for (var entry : expected.entrySet()) {
            var response = get(api(entry.getKey()), token);
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(entry.getKey())
                    .startsWith("application/problem+json");
            assertThat(response.body()).as(entry.getKey()).doesNotContain("Exception").doesNotContain("at se.");
        }
        var malformedJson = http.send(post("/api/v1/phase-model/evaluate", HttpRequest.BodyPublishers.ofString("{\"met\":")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(malformedJson.statusCode()).isEqualTo(400);
        assertThat(malformedJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var wrongMethod = http.send(HttpRequest.newBuilder(URI.create(api("/api/v1/phase-model/evaluate")))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isIn(404, 405);
        assertThat(wrongMethod.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    // --- cross-region: another region's ids answer exactly like ids that do not exist

    @Test
    void anotherRegionsIdsAnswerLikeRandomIds() throws Exception {
        login.as(NMS_OFFICER);
        List<ClusterSummary> nmsClusters = clusters.list();
        List<ProgrammeSummary> nmsProgrammes = programmes.list();
        login.logout();
        assertThat(nmsClusters).isNotEmpty();
        assertThat(nmsProgrammes).isNotEmpty();
        String cluster = nmsClusters.getFirst().id().toString();
        String programme = nmsProgrammes.getFirst().id().value().toString();
        String random = UUID.randomUUID().toString();
        String skane = login.accessToken(SKANE_OFFICER);
        String nms = login.accessToken(NMS_OFFICER);

        List<String> templates = new ArrayList<>(List.of("/api/v1/clusters/{c}", "/api/v1/clusters/{c}/members",
                "/api/v1/labels/{c}", "/api/v1/programmes/{p}/goals", "/api/v1/programmes/{p}/milestones",
                "/api/v1/programmes/{p}/funding"));
        for (String template : templates) {
            String id = template.contains("{c}") ? cluster : programme;
            String path = template.replace("{c}", id).replace("{p}", id);
            assertThat(get(api(path), nms).statusCode()).as("own region " + template).isEqualTo(200);
            var foreign = get(api(path), skane);
            var unknown = get(api(path.replace(id, random)), skane);
            assertThat(foreign.statusCode()).as(template).isEqualTo(404);
            assertThat(unknown.statusCode()).as(template).isEqualTo(404);
            // the same answer, apart from the echoed request path ("instance")
            assertThat(foreign.body()).as(template).isEqualTo(unknown.body().replace(random, id));
        }
    }

    // --- finding 9: the application role cannot change another region's row of the shared region table

    @Test
    void theApplicationRoleCannotUpdateTheRegionTable() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("klusterportal_app");
        assertThatThrownBy(() -> jdbc.update("UPDATE region SET name = 'Kapad' WHERE code = 'norra-mellansverige'"))
                .rootCause().hasMessageContaining("permission denied for table region");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM region WHERE code = 'norra-mellansverige'"))
                .rootCause().hasMessageContaining("permission denied for table region");
        assertThat(jdbc.queryForObject("SELECT name FROM region WHERE code = 'norra-mellansverige'", String.class))
                .isEqualTo("Norra Mellansverige");
    }

    // --- helpers

    private String api(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(api(path))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + login.accessToken(SKANE_OFFICER)).POST(body).build();
    }

    private HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        return passwordGrant(username, password, null);
    }

    private HttpResponse<String> passwordGrant(String username, String password, String scope) throws Exception {
        String form = "grant_type=password&client_id=klusterportal-cli&username=" + enc(username) + "&password="
                + enc(password) + (scope == null ? "" : "&scope=" + enc(scope));
        return http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String field(String json, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    private Keycloak masterAdmin() {
        return KeycloakBuilder.builder().serverUrl(keycloakUrl).realm("master").clientId("admin-cli")
                .username("admin").password("admin").build();
    }

    /** A user of Region Skåne with a permanent password (no required actions), made through the master admin. */
    private void createUser(String username, String password) {
        try (Keycloak admin = masterAdmin()) {
            var user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            user.setEmailVerified(true);
            user.setFirstName("Prov");
            user.setLastName("Person");
            user.setEmail(username + "@example.se");
            user.setAttributes(Map.of("region", List.of("skane")));
            var credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(false);
            user.setCredentials(List.of(credential));
            try (var response = admin.realm(REALM).users().create(user)) {
                assertThat(response.getStatus()).isEqualTo(201);
            }
        }
    }
}
