package se.klusterportalen.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import se.klusterportalen.testsupport.IntegrationTest;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15, Keycloak restarting: an anonymous visitor is sent to Keycloak's sign-in while it answers; while it does
 * not (here: an issuer on a port where nothing listens, as during a restart), the portal answers the sign-in
 * request itself with 503 and a translated explanation, never the browser's "cannot connect".
 */
@IntegrationTest
class SignInAvailabilityIntegrationTest {

    @LocalServerPort int port;
    @Value("${klusterportal.keycloak.issuer-uri}") String issuer;

    @Test
    void whileKeycloakAnswersTheSignInGoesToKeycloak() throws Exception {
        var response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + UiSecurityConfiguration.LOGIN_PATH))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith(issuer + "/protocol/openid-connect/auth");
    }

    @Test
    void whileKeycloakDoesNotAnswerThePortalSaysSignInIsImpossibleJustNow() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var filter = new SignInAvailability(UiSecurityConfiguration.LOGIN_PATH,
                "http://127.0.0.1:" + closed + "/realms/klusterportal", Clock.systemUTC());
        var request = new MockHttpServletRequest("GET", UiSecurityConfiguration.LOGIN_PATH);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("not passed on to the redirect to Keycloak").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Inloggningen fungerar inte just nu")
                .contains("Den som redan är inloggad kan fortsätta arbeta.")
                .contains("Signing in is not possible just now").doesNotContain("Exception");
    }

    /**
     * Issue #19: under hundreds of sign-ins Keycloak answered its discovery document after more than the probe's
     * timeout, and the portal put every sign-in of the next 5 s on its 503 page although Keycloak was serving them.
     * A Keycloak that accepts the connection but is slow is busy, not down: the visitor goes on to it.
     */
    @Test
    void aKeycloakThatAcceptsButAnswersSlowlyIsBusyNotDown() throws Exception {
        try (var silent = new ServerSocket(0)) { // the kernel accepts the connection; nothing ever answers
            var filter = new SignInAvailability(UiSecurityConfiguration.LOGIN_PATH,
                    "http://127.0.0.1:" + silent.getLocalPort() + "/realms/klusterportal", Clock.systemUTC(),
                    java.time.Duration.ofMillis(300));
            var response = new MockHttpServletResponse();
            var chain = new MockFilterChain();

            filter.doFilter(new MockHttpServletRequest("GET", UiSecurityConfiguration.LOGIN_PATH), response, chain);

            assertThat(chain.getRequest()).as("passed on to the redirect to Keycloak").isNotNull();
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void otherRequestsAreNotChecked() throws Exception {
        var filter = new SignInAvailability(UiSecurityConfiguration.LOGIN_PATH, "http://127.0.0.1:1/realms/x",
                Clock.systemUTC());
        var chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", "/clusters"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }
}
