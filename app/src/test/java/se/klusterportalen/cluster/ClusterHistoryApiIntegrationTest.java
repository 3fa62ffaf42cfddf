package se.klusterportalen.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Issue #19: {@code GET /api/v1/clusters/{id}/history} is paged as the cluster page's history is, in the database
 * (ADR 0080's paging rules): a committed cluster with five profile revisions and two member years, read in pages of
 * two.
 */
@IntegrationTest
class ClusterHistoryApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ClusterId cluster;

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;

    /** Created, described four times (each in its own transaction, so each is a revision), two member years. */
    private ClusterId cluster() {
        if (cluster == null) {
            cluster = login.inOwnTransaction(SKANE_OFFICER, () -> {
                var draft = clusters.newDraft();
                draft.setName(ClusterFixtures.unique("Historik-API"));
                return clusters.create(draft);
            });
            for (int i = 1; i <= 4; i++) {
                int round = i;
                login.inOwnTransaction(SKANE_OFFICER, () -> {
                    var draft = clusters.draftOf(cluster);
                    draft.setDescription("Beskrivning " + round);
                    clusters.update(cluster, clusters.profile(cluster).orElseThrow().version(), draft);
                    return null;
                });
            }
            for (int year : List.of(2024, 2025)) {
                login.inOwnTransaction(SKANE_OFFICER, () -> {
                    clusters.saveMembers(cluster, new MemberCounts(year, Map.of(MemberType.SME, year - 2000), 0), true);
                    return null;
                });
            }
        }
        return cluster;
    }

    @AfterAll
    static void removeTheCluster(@Autowired ClusterFixtures fixtures) {
        if (cluster != null) {
            fixtures.removeCommitted("skane", cluster);
        }
    }

    private JsonNode get(String query) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/clusters/" + cluster()
                    + "/history" + query)).header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(SKANE_OFFICER))
                    .GET().build();
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an entry says, short: subject, label and its fields' new values. */
    private static String entry(JsonNode change) {
        var values = new ArrayList<String>();
        change.get("fields").forEach(field -> {
            if (field.get("name").asString().equals("description")) {
                values.add(field.get("newValue").asString());
            }
        });
        return change.get("subject").asString() + " " + change.get("subjectLabel").asString() + " "
                + change.get("kind").asString() + " " + values;
    }

    @Test
    void theHistoryIsPagedNewestFirstWithTotalsAndLinks() {
        var first = get("?size=2");
        var second = get("?page=1&size=2");
        var last = get("?page=3&size=2");
        var after = get("?page=6&size=2");

        assertThat(first.get("totalItems").asInt()).isEqualTo(7);
        assertThat(first.get("totalPages").asInt()).isEqualTo(4);
        assertThat(first.get("items")).extracting(ClusterHistoryApiIntegrationTest::entry)
                .containsExactly("MEMBERS 2025 CREATED []", "MEMBERS 2024 CREATED []");
        assertThat(second.get("items")).extracting(ClusterHistoryApiIntegrationTest::entry)
                .containsExactly("PROFILE  CHANGED [Beskrivning 4]", "PROFILE  CHANGED [Beskrivning 3]");
        assertThat(last.get("items")).extracting(ClusterHistoryApiIntegrationTest::entry)
                .containsExactly("PROFILE  CREATED []");
        assertThat(first.get("items").get(0).get("userDisplayName").asString()).isNotBlank();

        assertThat(first.get("links").get("self").asString()).endsWith("/history?page=0&size=2");
        assertThat(first.get("links").get("next").asString()).endsWith("/history?page=1&size=2");
        assertThat(first.get("links").get("prev").isNull()).isTrue();
        assertThat(first.get("links").get("last").asString()).endsWith("/history?page=3&size=2");
        assertThat(second.get("links").get("prev").asString()).endsWith("/history?page=0&size=2");
        assertThat(last.get("links").get("next").isNull()).isTrue();
        // a page after the last: empty, the true totals, and the way back
        assertThat(after.get("items")).isEmpty();
        assertThat(after.get("totalItems").asInt()).isEqualTo(7);
        assertThat(after.get("links").get("prev").asString()).endsWith("/history?page=3&size=2");
    }

    @Test
    void thePagesPutTogetherAreTheWholeHistoryInItsOrder() {
        var whole = login.inOwnTransaction(SKANE_OFFICER, () -> clusters.history(cluster()));
        var paged = new ArrayList<String>();
        for (int page = 0; page < 3; page++) {
            get("?size=3&page=" + page).get("items").forEach(change -> paged.add(
                    java.time.Instant.parse(change.get("at").asString()) + " " + entry(change)));
        }
        assertThat(paged).hasSize(7).containsExactlyElementsOf(whole.stream().map(change -> change.at() + " "
                + change.subject() + " " + change.subjectLabel() + " " + change.kind() + " " + change.fields().stream()
                .filter(field -> field.name().equals("description")).map(ClusterChange.Field::newValue).toList())
                .toList());
    }
}
