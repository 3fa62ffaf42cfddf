package se.klusterportalen.tenancy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Issue #15: every log line of a request names the region and the username (MDC from the token), and production
 * writes them as JSON (Elastic Common Schema) fields. The line observed is the API's "request refused" line, written
 * while the request runs on a server thread.
 */
@IntegrationTest
class RequestLogContextIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger apiLog = (Logger) LoggerFactory.getLogger("se.klusterportalen.api.ApiErrors");

    @BeforeEach
    void listen() {
        lines.start();
        apiLog.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        apiLog.detachAppender(lines);
    }

    private int getMissingCluster(String username, UUID id) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/v1/clusters/" + id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(username))
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private ILoggingEvent lineAbout(UUID id) {
        return lines.list.stream().filter(line -> line.getFormattedMessage().contains(id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no log line about " + id + " in " + lines.list));
    }

    @Test
    void aRequestsLogLinesNameItsRegionAndUserAsJsonFields() {
        UUID skane = UUID.randomUUID();
        UUID nms = UUID.randomUUID();

        assertThat(getMissingCluster(SKANE_OFFICER, skane)).isEqualTo(404);
        assertThat(getMissingCluster(NMS_OFFICER, nms)).isEqualTo(404);

        ILoggingEvent skaneLine = lineAbout(skane);
        assertThat(skaneLine.getMDCPropertyMap()).containsEntry("region", "skane")
                .containsEntry("user.name", SKANE_OFFICER).hasSize(2);
        assertThat(lineAbout(nms).getMDCPropertyMap()).containsEntry("region", "norra-mellansverige")
                .containsEntry("user.name", NMS_OFFICER);

        var encoder = new StructuredLogEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.setFormat("ecs");
        encoder.start();
        String json = new String(encoder.encode(skaneLine), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{").contains("\"region\":\"skane\"")
                .contains("\"user\":{\"name\":\"" + SKANE_OFFICER + "\"}")
                .contains("API request refused: GET /api/v1/clusters/" + skane + " -> 404");
    }

    @Test
    void productionLogsAreEcsJsonAndTheLocalProfilesArePlainText() throws Exception {
        var documents = new YamlPropertySourceLoader().load("klusterportal", new ClassPathResource("klusterportal.yaml"));
        assertThat(documents.getFirst().getProperty("logging.structured.format.console")).hasToString("ecs");
        var local = documents.stream().skip(1)
                .filter(d -> java.util.Set.of("dev", "test").contains(
                        String.valueOf(d.getProperty("spring.config.activate.on-profile"))))
                .map(d -> d.getProperty("logging.structured.format.console")).toList();
        assertThat(local).as("dev and test").hasSize(2).allSatisfy(value -> assertThat(value).hasToString(""));
    }
}
