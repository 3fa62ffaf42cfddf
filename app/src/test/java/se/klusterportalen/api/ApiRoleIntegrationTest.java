package se.klusterportalen.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import se.klusterportalen.assessment.AssessmentFixtures;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The role rules of the UI through the API, one row per endpoint and role (docs/adr/0080): a programme officer
 * reads and writes everything of the region; a cluster manager (skane.klusterledare, manager of Mobile Heights)
 * reads what the pages show them (the region's portfolio, and of assessments their own cluster's drafts and fixed
 * results only) and writes nothing through the API (the imports are the officer's); a politician reads (no contact
 * persons, no drafts) and every write is 403. Demo data of Skåne, plus one uniquely named round with a draft for
 * Mobile Heights and Media Evolution that the class commits and removes (ADR 0008).
 */
@IntegrationTest
class ApiRoleIntegrationTest {

    /** Allowed: 200, or for an import of a file that is not right, its 200/400 answer. Never 401 or 403. */
    private static final int OK = 200;
    private static final int FORBIDDEN = 403;

    /**
     * method, path, then the officer's, the manager's and the politician's answer. {own} is Mobile Heights (the
     * manager's cluster), {other} Media Evolution; {ownDraft} and {otherDraft} their drafts in the class's round.
     */
    static List<Object[]> table() {
        return List.of(
                row("GET", "/api/v1/clusters", OK, OK, OK),
                row("GET", "/api/v1/clusters/{other}", OK, OK, OK),
                row("GET", "/api/v1/clusters/{own}", OK, OK, OK),
                row("GET", "/api/v1/clusters/{other}/members", OK, OK, OK),
                row("GET", "/api/v1/clusters/{other}/named-members", OK, OK, OK),
                row("GET", "/api/v1/clusters/{other}/contacts", OK, OK, FORBIDDEN),
                row("GET", "/api/v1/clusters/{own}/contacts", OK, OK, FORBIDDEN),
                row("GET", "/api/v1/clusters/{other}/history", OK, OK, OK),
                row("GET", "/api/v1/clusters/{other}/funding", OK, OK, OK),
                row("GET", "/api/v1/clusters/{other}/indicators", OK, OK, OK),
                row("GET", "/api/v1/clusters/{other}/assessments", OK, OK, OK),
                row("GET", "/api/v1/labels", OK, OK, OK),
                row("GET", "/api/v1/labels/{other}", OK, OK, OK),
                row("GET", "/api/v1/labels/{other}/history", OK, OK, OK),
                row("GET", "/api/v1/programmes", OK, OK, OK),
                row("GET", "/api/v1/programmes/{programme}", OK, OK, OK),
                row("GET", "/api/v1/programmes/{programme}/goals", OK, OK, OK),
                row("GET", "/api/v1/programmes/{programme}/milestones", OK, OK, OK),
                row("GET", "/api/v1/programmes/{programme}/history", OK, OK, OK),
                row("GET", "/api/v1/goals/{goal}", OK, OK, OK),
                row("GET", "/api/v1/goals/{goal}/history", OK, OK, OK),
                row("GET", "/api/v1/programmes/{programme}/funding", OK, OK, OK),
                row("GET", "/api/v1/programmes/{programme}/funding/envelopes", OK, OK, OK),
                row("GET", "/api/v1/programmes/{programme}/funding/warnings", OK, OK, OK),
                row("GET", "/api/v1/programmes/{programme}/funding/history", OK, OK, OK),
                row("GET", "/api/v1/funding-streams", OK, OK, OK),
                row("GET", "/api/v1/assessment-rounds", OK, OK, OK),
                row("GET", "/api/v1/assessment-rounds/{round}/assessments", OK, OK, OK),
                row("GET", "/api/v1/assessment-rounds/{round}/matrix", OK, OK, OK),
                row("GET", "/api/v1/assessments/{ownDraft}", OK, OK, FORBIDDEN),
                row("GET", "/api/v1/assessments/{ownDraft}/history", OK, OK, FORBIDDEN),
                row("GET", "/api/v1/assessments/{otherDraft}", OK, FORBIDDEN, FORBIDDEN),
                row("GET", "/api/v1/assessments/{otherDraft}/history", OK, FORBIDDEN, FORBIDDEN),
                row("GET", "/api/v1/indicators", OK, OK, OK),
                row("GET", "/api/v1/indicator-rounds", OK, OK, OK),
                row("GET", "/api/v1/reports/region.pdf", OK, OK, OK),
                row("GET", "/api/v1/reports/region.xlsx", OK, OK, OK),
                row("GET", "/api/v1/reports/clusters/{other}.pdf", OK, OK, OK),
                // writes: the imports are the officer's (a file that is not right is refused, nothing saved)
                row("POST", "/api/v1/clusters/import/preview", OK, FORBIDDEN, FORBIDDEN),
                row("POST", "/api/v1/programmes/{programme}/funding/import/preview", OK, FORBIDDEN, FORBIDDEN),
                row("POST", "/api/v1/indicators/import/preview", OK, FORBIDDEN, FORBIDDEN),
                row("POST", "/api/v1/indicators/import", OK, FORBIDDEN, FORBIDDEN));
    }

    private static Object[] row(String method, String path, int officer, int manager, int politician) {
        return new Object[]{method, path, officer, manager, politician};
    }

    private static Map<String, String> ids;
    private static String roundName;

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Autowired AssessmentService assessments;

    private Map<String, String> ids() {
        if (ids == null) {
            ids = login.inOwnTransaction(SKANE_OFFICER, () -> {
                ClusterId own = cluster("Mobile Heights");
                ClusterId other = cluster("Media Evolution");
                var programme = programmes.list().getFirst().id();
                roundName = "API-rolltest " + UUID.randomUUID();
                var round = assessments.openRound(roundName, List.of(own, other));
                var values = new HashMap<String, String>();
                values.put("{own}", own.toString());
                values.put("{other}", other.toString());
                values.put("{programme}", programme.toString());
                values.put("{goal}", programmes.goals(programme).getFirst().id().toString());
                values.put("{round}", round.id().toString());
                assessments.assessments(round.id()).forEach(assessment -> values.put(
                        assessment.clusterId().equals(own) ? "{ownDraft}" : "{otherDraft}", assessment.id().toString()));
                return values;
            });
        }
        return ids;
    }

    private ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @AfterAll
    static void removeTheRound(@Autowired AssessmentFixtures fixtures) {
        if (roundName != null) {
            fixtures.removeCommittedRound("skane", roundName);
        }
    }

    @ParameterizedTest(name = "{0} {1}: officer {2}, manager {3}, politician {4}")
    @MethodSource("table")
    void eachRoleGetsWhatTheUiGivesIt(String method, String template, int officer, int manager, int politician) {
        String path = template;
        for (var id : ids().entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }

        assertAnswer(method, path, SKANE_OFFICER, officer);
        assertAnswer(method, path, SKANE_MANAGER, manager);
        assertAnswer(method, path, SKANE_POLITICIAN, politician);
    }

    private void assertAnswer(String method, String path, String user, int expected) {
        var answer = send(method, path, user);
        if (expected == FORBIDDEN) {
            assertThat(answer.statusCode()).as(user + " " + method + " " + path + ": " + answer.body()).isEqualTo(403);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(user + " " + path)
                    .startsWith("application/problem+json");
        } else if (method.equals("GET")) {
            assertThat(answer.statusCode()).as(user + " " + method + " " + path + ": " + answer.body()).isEqualTo(200);
        } else {
            // the officer may import: a file that is not right is answered (200 preview or 400), never refused
            assertThat(answer.statusCode()).as(user + " " + method + " " + path + ": " + answer.body())
                    .isIn(200, 400).isNotIn(401, 403);
        }
    }

    private HttpResponse<String> send(String method, String path, String user) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(user));
            if (method.equals("GET")) {
                request.GET();
            } else if (path.startsWith("/api/v1/indicators")) {
                // a file whose header is not the import's: refused as a whole, nothing saved
                request.header("Content-Type", "text/tab-separated-values")
                        .POST(HttpRequest.BodyPublishers.ofString("inte\tett\tindikatorark\n", StandardCharsets.UTF_8));
            } else {
                String boundary = "rolltest" + UUID.randomUUID().toString().replace("-", "");
                String body = "--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"tom.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n"
                        + "inte;ett;importark\r\n"
                        + "--" + boundary + "--\r\n";
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            return HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
