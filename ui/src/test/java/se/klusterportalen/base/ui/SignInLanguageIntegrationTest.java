package se.klusterportalen.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.testsupport.IntegrationTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor whose browser prefers English still meets Keycloak's sign-in page in the portal's default language,
 * Swedish, as the portal itself is (a tester's finding: the sign-in and password pages were English).
 */
@IntegrationTest
class SignInLanguageIntegrationTest {

    @LocalServerPort int port;

    @Test
    void theSignInPageIsSwedishWhateverTheBrowserPrefers() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS)
                .cookieHandler(new CookieManager()).build();

        var page = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + UiSecurityConfiguration.LOGIN_PATH))
                .header("Accept-Language", "en-US,en;q=0.9").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getQuery()).as("PKCE and the language are asked for")
                .contains("code_challenge=").contains("ui_locales=sv");
        assertThat(page.body()).contains("Logga in").doesNotContain("Sign in to your account");
    }
}
