package se.klusterportalen.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14, findings 1–3, in the realm files themselves: the production realm has no demo users, no CLI client and
 * no secrets, exact redirect URIs from the public URL; both realms are hardened alike; each service-account client
 * holds only its rights.
 */
class RealmFilesUnitTest {

    private static final Path DEVELOPMENT = Path.of("../infra/keycloak/klusterportal-realm.json");
    private static final Path PRODUCTION = Path.of("../infra/keycloak/production/klusterportal-realm.json");

    private static JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> managementRoles(JsonNode realm, String serviceAccount) {
        for (JsonNode user : realm.get("users")) {
            if (user.get("username").asText().equals(serviceAccount)) {
                return texts(user.get("clientRoles").get("realm-management"));
            }
        }
        throw new AssertionError(serviceAccount + " is missing");
    }

    @Test
    void theProductionRealmHasNoDemoUsersNoCliClientAndNoSecrets() throws IOException {
        JsonNode production = read(PRODUCTION);

        assertThat(client(production, "klusterportal-cli")).isNull();
        List<String> users = new ArrayList<>();
        production.get("users").forEach(user -> users.add(user.get("username").asText()));
        assertThat(users).containsExactlyInAnyOrder("service-account-klusterportal-directory",
                "service-account-klusterportal-accounts");
        production.get("clients").forEach(client -> assertThat(client.has("secret")).as(client.get("clientId").asText())
                .isFalse());
        assertThat(production.toString()).doesNotContain("dev-secret").doesNotContain("\"demo\"");
    }

    @Test
    void theWebClientRedirectsOnlyToThePortalsOwnAddresses() throws IOException {
        JsonNode web = client(read(PRODUCTION), "klusterportal-web");
        assertThat(texts(web.get("redirectUris")))
                .containsExactly("${KLUSTERPORTAL_PUBLIC_URL}/login/oauth2/code/keycloak");
        assertThat(web.get("attributes").get("post.logout.redirect.uris").asText())
                .isEqualTo("${KLUSTERPORTAL_PUBLIC_URL}##${KLUSTERPORTAL_PUBLIC_URL}/");
        assertThat(web.get("attributes").get("backchannel.logout.url").asText())
                .isEqualTo("${KLUSTERPORTAL_PUBLIC_URL}/logout/connect/back-channel/keycloak");
        assertThat(web.get("attributes").get("backchannel.logout.session.required").asText()).isEqualTo("true");

        for (JsonNode realm : List.of(read(DEVELOPMENT), read(PRODUCTION))) {
            for (JsonNode client : realm.get("clients")) {
                List<String> uris = client.has("redirectUris") ? texts(client.get("redirectUris")) : List.of();
                assertThat(uris).as(client.get("clientId").asText()).noneMatch(uri -> uri.contains("*"));
                JsonNode attributes = client.get("attributes");
                if (attributes != null && attributes.has("post.logout.redirect.uris")) {
                    assertThat(attributes.get("post.logout.redirect.uris").asText()).doesNotContain("*")
                            .isNotEqualTo("+");
                }
            }
        }
    }

    @Test
    void bothRealmsAreHardenedAlike() throws IOException {
        for (JsonNode realm : List.of(read(DEVELOPMENT), read(PRODUCTION))) {
            assertThat(realm.get("sslRequired").asText()).isEqualTo("external");
            assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
            assertThat(realm.get("failureFactor").asInt()).isEqualTo(5);
            assertThat(realm.get("permanentLockout").asBoolean()).isFalse();
            assertThat(realm.get("passwordPolicy").asText()).contains("length(12)").contains("notUsername")
                    .contains("passwordHistory");
            assertThat(realm.get("eventsEnabled").asBoolean()).isTrue();
            assertThat(realm.get("eventsExpiration").asLong()).isPositive();
            assertThat(realm.get("adminEventsEnabled").asBoolean()).isTrue();
            assertThat(realm.get("attributes").get("adminEventsExpiration").asLong()).isPositive();
            assertThat(realm.get("accessTokenLifespan").asInt()).isLessThanOrEqualTo(300);
        }
    }

    @Test
    void theDirectoryReadsAndOnlyTheAccountsClientManagesUsers() throws IOException {
        for (JsonNode realm : List.of(read(DEVELOPMENT), read(PRODUCTION))) {
            assertThat(managementRoles(realm, "service-account-klusterportal-directory"))
                    .containsExactlyInAnyOrder("view-users", "query-users", "view-realm");
            assertThat(managementRoles(realm, "service-account-klusterportal-accounts"))
                    .containsExactlyInAnyOrder("view-users", "query-users", "view-realm", "manage-users", "view-events");
        }
    }
}
