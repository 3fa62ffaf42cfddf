package se.klusterportalen.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.testsupport.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14, finding 8, over plain HTTP against the running portal: the security headers Vaadin works with, the
 * session cookie's flags, and no session for anonymous requests for static files.
 */
@IntegrationTest
class UiSecurityIntegrationTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/clusters", "/styles/portal.css")) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(UiSecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'self'")
                    .doesNotContain("*");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var response = get("/clusters"); // an anonymous page request: saved for after sign-in, so a session starts

        assertThat(response.statusCode()).isEqualTo(302);
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void anonymousStaticRequestsCreateNoSession() throws Exception {
        for (String path : List.of("/styles/portal.css", "/styles/funding.css", "/styles/assessment.css")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }
}
