package se.klusterportalen.devservices;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Development and tests only: once the portal listens, gives the local Keycloak's web client this portal's exact
 * callback, post-logout address and back-channel logout address ({@code http://localhost:<port>/...}). The realm
 * files carry no wildcard redirect: a test's random port is only known here. Keycloak holds one back-channel
 * address per client, so the most recently started portal receives back-channel logouts. Acts only when the
 * dev services started Keycloak themselves (never against an external one). Plain HTTP to Keycloak's admin REST
 * API as the local bootstrap administrator (the Keycloak client library stays in the security feature).
 */
public final class PortalUrlRegistration implements ApplicationListener<WebServerInitializedEvent> {

    static final String WEB_CLIENT = "klusterportal-web";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // the management server, if any
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String keycloakUrl = env.getProperty("klusterportal.dev-services.keycloak-url");
        if (!StringUtils.hasText(keycloakUrl) || Boolean.getBoolean("klusterportal.exit-when-ready")) {
            return; // no local Keycloak, or the AOT cache's training start on a throw-away port (infra/run.sh)
        }
        DevServices.awaitKeycloak();
        register(keycloakUrl, "http://localhost:" + event.getWebServer().getPort());
    }

    /** Adds the portal at {@code portalUrl} to the web client and makes it the back-channel logout target. */
    public static void register(String keycloakUrl, String portalUrl) {
        var http = HttpClient.newHttpClient();
        try {
            String token = JSON.readTree(send(http, HttpRequest.newBuilder(
                            URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                            + enc(LocalKeycloak.ADMIN_USER) + "&password=" + enc(LocalKeycloak.ADMIN_PASSWORD))))
            ).get("access_token").asString();
            String clients = keycloakUrl + "/admin/realms/" + LocalKeycloak.REALM + "/clients";
            var client = (ObjectNode) JSON.readTree(send(http, HttpRequest.newBuilder(
                    URI.create(clients + "?clientId=" + WEB_CLIENT)).header("Authorization", "Bearer " + token).GET()))
                    .get(0);
            add(client, "redirectUris", portalUrl + "/login/oauth2/code/keycloak");
            add(client, "webOrigins", portalUrl);
            var attributes = (ObjectNode) client.get("attributes");
            Set<String> postLogout = new LinkedHashSet<>();
            JsonNode existing = attributes.get("post.logout.redirect.uris");
            if (existing != null && StringUtils.hasText(existing.asString())) {
                postLogout.addAll(List.of(existing.asString().split("##")));
            }
            postLogout.add(portalUrl);
            postLogout.add(portalUrl + "/");
            attributes.put("post.logout.redirect.uris", String.join("##", postLogout));
            attributes.put("backchannel.logout.url", portalUrl + "/logout/connect/back-channel/keycloak");
            send(http, HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asString()))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not register " + portalUrl + " with the local Keycloak: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while registering " + portalUrl, e);
        }
    }

    private static void add(ObjectNode client, String field, String value) {
        var values = client.get(field) instanceof ArrayNode array ? array : client.putArray(field);
        for (JsonNode present : values) {
            if (present.asString().equals(value)) {
                return;
            }
        }
        values.add(value);
    }

    private static String send(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("Keycloak answered " + response.statusCode() + " to " + response.request().uri());
        }
        return response.body();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
