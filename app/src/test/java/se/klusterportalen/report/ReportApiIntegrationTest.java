package se.klusterportalen.report;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The reports through the REST API, by the same role rules: the caller's region only (another region's cluster is
 * a 404), Swedish or English. The request runs on a server thread: it reads the demo data only (ADR 0008).
 */
@IntegrationTest
class ReportApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;

    @AfterEach
    void signOut() {
        login.logout();
    }

    private ClusterSummary cluster(String user, String name) {
        login.as(user);
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private record Answer(int status, String contentType, byte[] body) {
    }

    private Answer get(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.getBody().readAllBytes()));
    }

    @Test
    void theApiServesTheReportsOfTheCallersRegionOnly() {
        var paperProvince = cluster(NMS_POLITICIAN, "Paper Province");
        login.logout();
        var mobileHeights = cluster(SKANE_POLITICIAN, "Mobile Heights");
        String skane = login.accessToken(SKANE_POLITICIAN);

        var region = get("/api/v1/reports/region.pdf?lang=en", skane);
        var own = get("/api/v1/reports/clusters/" + mobileHeights.id() + ".pdf", skane);
        var foreign = get("/api/v1/reports/clusters/" + paperProvince.id() + ".pdf", skane);
        var badLanguage = get("/api/v1/reports/region.pdf?lang=de", skane);

        assertThat(region.status()).isEqualTo(200);
        assertThat(region.contentType()).isEqualTo("application/pdf");
        assertThat(new String(region.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(own.status()).isEqualTo(200);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(new String(foreign.body())).doesNotContain("Paper Province");
        assertThat(badLanguage.status()).isEqualTo(400);
    }
}
