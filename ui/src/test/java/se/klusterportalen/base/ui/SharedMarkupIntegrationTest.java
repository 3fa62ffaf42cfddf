package se.klusterportalen.base.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * Issue #19, ADR 0093: read-only markup at an address is served only to a signed-in user of the region and role set
 * it was made for, with the same content for the same address, and kept by the browser (immutable).
 */
@IntegrationTest
class SharedMarkupIntegrationTest {

    @Autowired SharedMarkup markup;
    @Autowired SharedMarkupController controller;
    @Autowired CurrentUser currentUser;
    @Autowired RealLogin login;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        login.logout();
    }

    @Test
    void onlyUsersOfTheRegionWithTheSameRolesReadIt() {
        login.as(SKANE_POLITICIAN);
        String html = "<p id=\"x\">Region Skåne – 7 kluster</p>" + System.nanoTime();
        String address = markup.publish(currentUser.require(), html).orElseThrow();
        String[] parts = address.split("/");
        assertThat(parts[0]).isEqualTo("markup");
        assertThat(parts[1]).isEqualTo("skane");
        // the same content is the same address (the browser's copy stays good), another is another
        assertThat(markup.publish(currentUser.require(), new String(html))).hasValue(address);
        assertThat(markup.publish(currentUser.require(), html + " ")).isPresent().get().isNotEqualTo(address);

        var served = controller.markup(parts[1], parts[2]);
        assertThat(served.getStatusCode().value()).isEqualTo(200);
        assertThat(served.getBody()).isEqualTo(html);
        assertThat(served.getHeaders().getCacheControl()).contains("private").contains("immutable")
                .contains("max-age=31536000");
        assertThat(served.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");

        // an officer of the same region (another role set) and a politician of another region: not found
        login.as(SKANE_OFFICER);
        assertThat(controller.markup(parts[1], parts[2]).getStatusCode().value()).isEqualTo(404);
        login.as(NMS_POLITICIAN);
        assertThat(controller.markup(parts[1], parts[2]).getStatusCode().value()).isEqualTo(404);
        assertThat(controller.markup("norra-mellansverige", parts[2]).getStatusCode().value()).isEqualTo(404);
        // an address never published
        login.as(SKANE_POLITICIAN);
        assertThat(controller.markup(parts[1], "A".repeat(43)).getStatusCode().value()).isEqualTo(404);
        assertThat(controller.markup(parts[1], parts[2]).getBody()).isEqualTo(html);
    }

    @Test
    void anAnonymousRequestIsSentToSignIn() throws Exception {
        login.as(SKANE_POLITICIAN);
        String address = markup.publish(currentUser.require(), "<p>hemligt</p>" + System.nanoTime()).orElseThrow();
        var response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.body()).doesNotContain("hemligt");
    }
}
