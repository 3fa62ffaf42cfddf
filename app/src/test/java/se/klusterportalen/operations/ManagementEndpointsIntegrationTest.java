package se.klusterportalen.operations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.testsupport.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15: health, info and Prometheus metrics on the management port (a random one in tests), not on the public
 * port; health names the database and Keycloak.
 */
@IntegrationTest
class ManagementEndpointsIntegrationTest {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthNamesTheDatabaseAndKeycloakOnTheManagementPort() throws Exception {
        var response = get(managementPort, "/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JsonMapper.builder().build().readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asText())
                .isEqualTo("PostgreSQL");
        assertThat(health.path("components").path("keycloak").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("keycloak").path("details").path("issuer").asText())
                .endsWith("/realms/klusterportal");
    }

    @Test
    void probesForTheOrchestrator() throws Exception {
        assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsOnTheManagementPort() throws Exception {
        get(port, "/api/v1/clusters"); // one request on the public port, counted

        var response = get(managementPort, "/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).contains("hikaricp_connections_active{")
                .contains("http_server_requests_seconds_count{").contains("jvm_memory_used_bytes{")
                .contains("application=\"klusterportalen\"");
    }

    @Test
    void thePublicPortDoesNotServeTheManagementEndpoints() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/info", "/actuator"}) {
            var response = get(port, path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("\"status\":\"UP\"").doesNotContain("jvm_");
        }
        assertThat(managementPort).isNotEqualTo(port).isPositive();
    }
}
