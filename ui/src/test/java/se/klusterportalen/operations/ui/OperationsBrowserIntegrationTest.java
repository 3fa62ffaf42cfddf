package se.klusterportalen.operations.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.browser.Browser;
import se.klusterportalen.testsupport.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * Issue #15 from the operator's side of the runnable portal: /actuator/info names the build and its commit, and the
 * Prometheus figures count what a real browser did (a session, a UI, navigations per route, round trips).
 */
@IntegrationTest
class OperationsBrowserIntegrationTest {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    private String management(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The value of the first sample whose line starts with {@code name{} and contains every label given. */
    static double sample(String prometheus, String name, String... labels) {
        return prometheus.lines().filter(line -> line.startsWith(name + "{"))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    @Test
    void infoNamesTheVersionAndACommitOfThisRepository() throws Exception {
        var info = JsonMapper.builder().build().readTree(management("/actuator/info"));

        assertThat(info.path("build").path("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.path("build").path("artifact").asText()).isEqualTo("klusterportalen-ui");
        String commit = info.path("git").path("commit").path("id").asText();
        assertThat(commit).matches("[0-9a-f]{7,40}");
        var git = new ProcessBuilder("git", "cat-file", "-t", commit).directory(Path.of("..").toFile())
                .redirectErrorStream(true).start();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(git.getInputStream().readAllBytes()).strip()).as("a commit of this repository")
                .isEqualTo("commit");
    }

    @Test
    void vaadinSessionsUisNavigationsAndRoundTripsAreCounted() throws Exception {
        String before = management("/actuator/prometheus");
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/");
            browser.signInAtKeycloak(SKANE_POLITICIAN, PASSWORD);
            browser.waitForText(By.id("overview-total"), "10");
            browser.open("/clusters");
            browser.waitForText(By.id("cluster-count"), "10 kluster");

            String during = management("/actuator/prometheus");
            assertThat(sample(during, "vaadin_sessions_open")).isGreaterThanOrEqualTo(1);
            assertThat(sample(during, "vaadin_uis_open")).isGreaterThanOrEqualTo(1);
            assertThat(sample(during, "vaadin_navigation_seconds_count", "route=\"clusters\"")
                    - sample(before, "vaadin_navigation_seconds_count", "route=\"clusters\"")).isEqualTo(1);
            assertThat(sample(during, "vaadin_navigation_seconds_count", "route=\"/\"")
                    - sample(before, "vaadin_navigation_seconds_count", "route=\"/\"")).isEqualTo(1);
            assertThat(sample(during, "vaadin_navigation_seconds_sum", "route=\"clusters\"")).isPositive();
            assertThat(sample(during, "vaadin_roundtrip_seconds_count")
                    - sample(before, "vaadin_roundtrip_seconds_count")).isGreaterThanOrEqualTo(2);
        }
    }
}
