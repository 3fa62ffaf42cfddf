package se.klusterportalen.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Health component {@code keycloak}: UP when the realm's OpenID discovery document
 * ({@code <issuer>/.well-known/openid-configuration}) answers 200 within two seconds, DOWN otherwise (with the
 * status or the error). While it is DOWN nobody can sign in; signed-in users keep working.
 */
@Component("keycloakHealthIndicator")
class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    KeycloakHealthIndicator(@Value("${klusterportal.keycloak.issuer-uri}") String issuerUri) {
        super("Keycloak is not reachable");
        this.discovery = URI.create(issuerUri + "/.well-known/openid-configuration");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var request = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        builder.status(status == 200 ? "UP" : "DOWN").withDetail("issuer", discovery.toString().replace(
                "/.well-known/openid-configuration", "")).withDetail("status", status);
    }
}
