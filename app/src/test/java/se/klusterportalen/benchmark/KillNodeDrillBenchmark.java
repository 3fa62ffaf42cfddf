package se.klusterportalen.benchmark;

import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.VaadinHttpUser;
import se.klusterportalen.testsupport.VaadinHttpUser.VaadinFailure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill-node drill of issue #15 (docs/benchmarks/cluster.md), against the two-node cluster of
 * {@code infra/cluster/start.sh} (it must run; this class starts nothing). Not in CI: its name ends in Benchmark.
 *
 * <ol>
 *   <li>20 programme officers of Region Skåne ({@code drill.01}…{@code drill.20}, created in Keycloak when missing)
 *   sign in through nginx with Keycloak's real sign-in form, each in a browser-like cookie jar; nginx spreads new
 *   browsers over both nodes, the session cookie's route ({@code .n1}/{@code .n2}) says where each landed.</li>
 *   <li>Each user creates a cluster through the real Vaadin form ({@code clusters/new}: name typed, "Spara"
 *   clicked, over Vaadin's client protocol) and opens its page: saved data.</li>
 *   <li>Node 2 is killed ({@code infra/cluster/node.sh kill 2}: SIGKILL, as a crashed machine).</li>
 *   <li>Every user goes on working (three page changes). Users on node 1: every request must succeed. Users of
 *   node 2: their request fails (their UI is gone); they load the portal again like a browser, are signed in again
 *   (by Keycloak's SSO session, or by the form if it asks) and open the cluster they saved: it must be there.</li>
 * </ol>
 * Figures written: users per node, failed requests per group, sign-in by SSO or form, time from the kill until each
 * user of the killed node saw their saved cluster again.
 *
 * <p>{@code ./mvnw -pl app test -Dtest=KillNodeDrillBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (properties {@code drill.url}, default http://localhost:8400, and {@code drill.keycloak}, default
 * http://localhost:8480). Start node 2 again afterwards with {@code infra/cluster/node.sh start 2}.
 */
class KillNodeDrillBenchmark {

    private static final String BASE = System.getProperty("drill.url", "http://localhost:8400");
    private static final String KEYCLOAK = System.getProperty("drill.keycloak", "http://localhost:8480");
    private static final String REALM = "klusterportal";
    private static final String PASSWORD = "drill-password-2026";
    private static final int USERS = 20;
    private static final Path REPORT = Path.of("../docs/benchmarks/cluster.md");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void killOneNodeOfTwo() throws Exception {
        String run = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        ensureDrillUsers();

        var users = new ArrayList<DrillUser>();
        for (int i = 1; i <= USERS; i++) {
            var user = new DrillUser(new VaadinHttpUser(BASE, "drill.%02d".formatted(i), PASSWORD));
            assertThat(user.browser.signIn()).as(user.username() + " signs in with the form").isTrue();
            users.add(user);
        }
        for (var user : users) {
            user.saveCluster("Övningskluster %s %s".formatted(user.username(), run));
            assertThat(user.openSavedCluster()).as(user.username() + " sees the cluster just saved").isTrue();
        }
        List<DrillUser> onNode1 = users.stream().filter(u -> "n1".equals(u.browser.route())).toList();
        List<DrillUser> onNode2 = users.stream().filter(u -> "n2".equals(u.browser.route())).toList();
        assertThat(onNode1.size() + onNode2.size()).isEqualTo(USERS);
        assertThat(onNode1).as("users on node 1").isNotEmpty();
        assertThat(onNode2).as("users on node 2").isNotEmpty();

        Instant killed = Instant.now();
        kill(2);

        var outcomes = new ConcurrentHashMap<String, Outcome>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<?>>();
            for (var user : users) {
                futures.add(threads.submit(() -> {
                    outcomes.put(user.username(), user.goOnWorking(killed));
                    return null;
                }));
            }
            for (var future : futures) {
                future.get();
            }
        }

        List<Outcome> survivors = onNode1.stream().map(u -> outcomes.get(u.username())).toList();
        List<Outcome> moved = onNode2.stream().map(u -> outcomes.get(u.username())).toList();
        writeReport(survivors, moved);

        assertThat(survivors).as("users on the node that kept running").allSatisfy(o -> {
            assertThat(o.failedRequests()).isZero();
            assertThat(o.signedInAgain()).isFalse();
            assertThat(o.sawSavedCluster()).isTrue();
        });
        assertThat(moved).as("users of the killed node").allSatisfy(o -> {
            assertThat(o.signedInAgain()).isTrue();
            assertThat(o.sawSavedCluster()).isTrue();
            assertThat(o.route()).isEqualTo("n1");
        });
    }

    /** What happened to one user after the kill. */
    record Outcome(String user, String routeBefore, String route, int requests, int failedRequests,
                   boolean signedInAgain, boolean formShown, boolean sawSavedCluster, Duration toRecover) {
    }

    private static void kill(int node) throws IOException, InterruptedException {
        var process = new ProcessBuilder("../infra/cluster/node.sh", "kill", Integer.toString(node))
                .inheritIO().start();
        assertThat(process.waitFor()).as("node.sh kill " + node).isZero();
    }

    private void writeReport(List<Outcome> survivors, List<Outcome> moved) throws IOException {
        var recover = moved.stream().map(Outcome::toRecover).sorted(Comparator.naturalOrder()).toList();
        var text = new StringBuilder();
        text.append("""
                # Two nodes: one killed

                `KillNodeDrillBenchmark` against `infra/cluster/start.sh` (two portal nodes in production mode, nginx
                with sticky sessions by the session cookie's node route, one PostgreSQL, one Keycloak; all on one
                2-core machine). %d programme officers sign in through nginx with Keycloak's form, each creates a
                cluster through the Vaadin form and opens it; node 2 is killed with SIGKILL; every user then changes
                page three times. Run %s UTC; the machine's load average then: %s (other builds ran beside it).

                | | users | requests after the kill | failed requests | signed in again | of them with the form | saw their saved cluster |
                |---|---|---|---|---|---|---|
                """.formatted(USERS, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC)
                .format(Instant.now()), loadAverage()));
        row(text, "on node 1 (kept running)", survivors);
        row(text, "on node 2 (killed)", moved);
        text.append("""

                Users of the killed node, time from the kill until their saved cluster's page was shown again (failed
                request, new page load, sign-in, page): median %d ms, slowest %d ms, fastest %d ms.

                The failed request of each user of the killed node is their first Vaadin request after the kill: their
                UI lived in node 2's memory. What a browser does then (Vaadin reloads the page) the drill does: load
                the portal again, which nginx sends to node 1 (node 2's backup); node 1 has no session for the cookie,
                so Spring Security sends the browser to Keycloak, whose SSO session signs the user in without the
                form. Nothing saved was lost: every cluster saved before the kill was shown after it.
                """.formatted(recover.get(recover.size() / 2).toMillis(), recover.getLast().toMillis(),
                recover.getFirst().toMillis()));
        Files.writeString(REPORT, text.toString());
        System.out.println(text);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void row(StringBuilder text, String label, List<Outcome> outcomes) {
        text.append("| %s | %d | %d | %d | %d | %d | %d |%n".formatted(label, outcomes.size(),
                outcomes.stream().mapToInt(Outcome::requests).sum(),
                outcomes.stream().mapToInt(Outcome::failedRequests).sum(),
                outcomes.stream().filter(Outcome::signedInAgain).count(),
                outcomes.stream().filter(Outcome::formShown).count(),
                outcomes.stream().filter(Outcome::sawSavedCluster).count()));
    }

    /** drill.01 … drill.20: programme officers of Region Skåne with one password, created when missing. */
    private static void ensureDrillUsers() throws Exception {
        var http = HttpClient.newHttpClient();
        String token = JSON.readTree(send(http, HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=admin")), 200)).get("access_token").asString();
        String admin = KEYCLOAK + "/admin/realms/" + REALM;
        JsonNode role = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(admin + "/roles/programme-officer"))
                .header("Authorization", "Bearer " + token).GET(), 200));
        for (int i = 1; i <= USERS; i++) {
            String username = "drill.%02d".formatted(i);
            JsonNode found = JSON.readTree(send(http, HttpRequest.newBuilder(
                    URI.create(admin + "/users?exact=true&username=" + username))
                    .header("Authorization", "Bearer " + token).GET(), 200));
            if (!found.isEmpty()) {
                continue;
            }
            ObjectNode user = JSON.createObjectNode();
            user.put("username", username).put("enabled", true).put("emailVerified", true)
                    .put("firstName", "Övning").put("lastName", "Användare " + i)
                    .put("email", username + "@drill.klusterportalen.se");
            user.putObject("attributes").putArray("region").add("skane");
            user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD)
                    .put("temporary", false);
            send(http, HttpRequest.newBuilder(URI.create(admin + "/users")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))), 201);
            String id = JSON.readTree(send(http, HttpRequest.newBuilder(
                    URI.create(admin + "/users?exact=true&username=" + username))
                    .header("Authorization", "Bearer " + token).GET(), 200)).get(0).get("id").asString();
            ArrayNode roles = JSON.createArrayNode().add(role);
            send(http, HttpRequest.newBuilder(URI.create(admin + "/users/" + id + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(roles))), 204);
        }
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }


    /** A drill user: a browser, the cluster it saved, what it does after the kill. */
    static final class DrillUser {

        final VaadinHttpUser browser;
        private String savedName = "";
        private String savedId = "";

        DrillUser(VaadinHttpUser browser) {
            this.browser = browser;
        }

        String username() {
            return browser.username();
        }

        void saveCluster(String name) throws VaadinFailure {
            savedId = browser.createCluster(name);
            savedName = name;
        }

        boolean openSavedCluster() throws VaadinFailure {
            return browser.open("clusters/" + savedId).toString().contains(savedName);
        }

        /** Three page changes after the kill; on a failure, what a browser does: load again, sign in, go on. */
        Outcome goOnWorking(Instant killed) throws VaadinFailure {
            String before = browser.route();
            int requests = 0;
            int failed = 0;
            boolean again = false;
            boolean form = false;
            boolean sawSaved = false;
            Duration toRecover = Duration.ZERO;
            String[] routes = {"clusters", "clusters/" + savedId, ""};
            for (String route : routes) {
                requests++;
                try {
                    JsonNode page = browser.navigate(route);
                    if (route.contains(savedId)) {
                        sawSaved = page.toString().contains(savedName);
                    }
                } catch (VaadinFailure failure) {
                    failed++;
                    again = true;
                    requests += 2;
                    form |= browser.signIn();
                    sawSaved = openSavedCluster();
                    toRecover = Duration.between(killed, Instant.now());
                }
            }
            return new Outcome(username(), before, browser.route(), requests, failed, again, form, sawSaved,
                    toRecover);
        }
    }
}
