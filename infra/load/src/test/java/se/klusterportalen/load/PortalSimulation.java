package se.klusterportalen.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Signed-in users doing the portal's main journeys over Vaadin's client protocol (issue #19).
 *
 * <p>Each virtual user signs in through Keycloak's real form (the OIDC redirects followed, the form posted), opens a
 * UI ({@code ?v-r=init}) and then, with think time between steps, repeats: the overview; the portfolio table (open,
 * a filter, the next page, a sort by a header); the assessment matrix; a cluster page; the programme funding page; a save of a cluster
 * profile. Every step is one UIDL round trip, named as in the report ({@code portfolio: sort}); its response time
 * is the server's time plus the loopback. Profiles, bounds and logins: {@link LoadSettings}; run with
 * {@code infra/load.sh}.
 */
public class PortalSimulation extends Simulation {

    private static final LoadSettings SETTINGS = LoadSettings.fromSystemProperties();
    private static final AtomicLong ROUND_TRIPS = new AtomicLong();
    private static final AtomicLong STALE_SAVES = new AtomicLong();
    private static final AtomicLong SAVES = new AtomicLong();
    private static final AtomicInteger OPEN_SESSIONS = new AtomicInteger();
    private static final AtomicInteger SETTLED = new AtomicInteger();
    private static final AtomicBoolean MEASURED = new AtomicBoolean();
    private static final AtomicInteger USER_NUMBER = new AtomicInteger();
    private static volatile Instant end = Instant.MAX;
    private static volatile long heapBefore = -1;
    /** Sign-ins done (or failed); when all users have one, the steady phase begins. */
    private static final AtomicInteger SIGN_INS = new AtomicInteger();
    private static volatile Map<String, Double> cpuStart = Map.of();
    private static volatile Instant startedAt = Instant.now();
    private static volatile Map<String, Double> cpuSteady = Map.of();
    private static volatile Instant steadyAt = Instant.MAX;
    private static volatile long stepsAtSteady;
    /** The hold's page opens begin (every user signed in), with {@link LoadSettings#holdSignInsFirst()}. */
    private static volatile Instant opensFrom;

    private static final String FILTER = System.getProperty("load.filter", "a");

    /** The portfolio table's click listener's event data (ClusterListView): its filter, the sort key, the page. */
    private static final String PORTFOLIO_CLICK = "event.target.closest('[data-sort],[data-page]:not([disabled])') !== null";
    private static final String PORTFOLIO_SORT = "event.target.closest('[data-sort]')?.dataset.sort";
    private static final String PORTFOLIO_PAGE = "event.target.closest('[data-page]')?.dataset.page";

    /** A click on the portfolio table's header button or pager button with this key. */
    private static Map<String, Object> tableClick(String expression, String value) {
        return Map.of(PORTFOLIO_CLICK, true, expression, value);
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(SETTINGS.base())
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("sv-SE,sv;q=0.9,en;q=0.5")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) klusterportalen-load");

    private static VaadinClient client(Session session) {
        return (VaadinClient) session.get("vaadin");
    }

    /** Logins in turn, forever. */
    private static Iterator<Map<String, Object>> logins() {
        var index = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                int number = USER_NUMBER.getAndIncrement();
                String[] login = SETTINGS.logins().get(index.getAndIncrement() % SETTINGS.logins().size());
                // "load.skane.{n}": the numbered accounts of infra/load/accounts.sh, one per virtual user in turn
                String username = login[0].replace("{n}", "%03d".formatted(number % SETTINGS.loginCount() + 1));
                return Map.of("username", username, "password", login[1], "userNumber", number, "loginKey", login[0]);
            }
        };
    }

    // --- sign-in and the UI ---

    /** Signs in and opens a UI; a session that failed on the way is marked failed (the caller decides what then). */
    private final ChainBuilder signIn = exec(credentials()).doIf(session -> !session.isFailed()).then(exec(init()));

    /**
     * Signs in (the portal's session, no UI yet); a session that failed on the way is marked failed. Vaadin's walking
     * skeleton has no sign-in: its browser's session begins with the UI's init.
     */
    private ChainBuilder credentials() {
        return SETTINGS.skeleton() ? skeletonSession() : feed(logins())
            .exec(http("sign in: form").get("/")
                    .check(status().is(200), css("#kc-form-login", "action").saveAs("loginAction"),
                            currentLocation().saveAs("formUrl"),
                            header("Set-Cookie").findAll().optional().saveAs("setCookies")))
            .doIf(session -> !session.isFailed()).then(exec(session -> {
                        LoadSettings.requireLocal(URI.create(session.getString("loginAction")));
                        return session;
                    })
                    .exec(KeycloakCookies.unsecure())
                    .exec(http("sign in: submit").post(session -> session.getString("loginAction"))
                            .formParam("username", "#{username}").formParam("password", "#{password}")
                            .formParam("credentialId", "")
                            .check(bodyString().saveAs("signInAnswer"), status().is(200),
                                    currentLocation().transform(url -> url.startsWith(SETTINGS.base())).is(true)))
                    .exec(session -> {
                        if (session.isFailed() && session.contains("signInAnswer")) {
                            Debug.failure(session.getString("username") + "-sign-in", session.getString("signInAnswer"));
                        }
                        return session.remove("signInAnswer");
                    }))
            .doIf(session -> !session.isFailed()).then(
                    exec(session -> session.set("vaadin", new VaadinClient(session.getString("loginKey")))));
    }

    /** Vaadin's walking skeleton: a browser about to open the page (its session and UI come with the init). */
    private static ChainBuilder skeletonSession() {
        return exec(session -> {
            int number = USER_NUMBER.getAndIncrement();
            return session.set("userNumber", number).set("loginKey", "skeleton")
                    .set("vaadin", new VaadinClient("skeleton"));
        });
    }

    /** A new UI ({@code ?v-r=init}), as a page load or a reload gives. */
    private static ChainBuilder init() {
        return timed("init", http("init").get("/?v-r=init&location=&query=").header("Accept", "application/json")
                .check(responseTimeInMillis().saveAs("responseTime"), status().is(200),
                        bodyString().transformWithSession((body, session) -> client(session).acceptInit(body))
                                .is("ok")))
                .exec(markup("init"));
    }

    /**
     * The read-only markup the answer named ({@code data-markup}: base.ui.SharedMarkup), fetched as the browser does
     * right after the answer, each address once per user (the browser keeps it: immutable); timed apart as
     * "markup: {@code step}", since the browser fetches it after the UIDL answer and in parallel with rendering it.
     */
    private static ChainBuilder markup(String step) {
        String name = "markup: " + step;
        return asLongAs(session -> !session.isFailed() && client(session).hasPendingMarkup()).on(
                exec(session -> session.set("markupAddress", client(session).takeMarkup()))
                        .exec(timed(name, http(name).get(session -> "/" + session.getString("markupAddress"))
                                .header("Accept", "*/*")
                                .check(responseTimeInMillis().saveAs("responseTime"), status().is(200),
                                        bodyString().transformWithSession((body, session) ->
                                                client(session).acceptMarkup(body)).is("ok")))));
    }

    /** Signed in with a UI, or the virtual user ends here. */
    private ChainBuilder signedIn() {
        return exec(signIn).exitHereIfFailed();
    }

    /** One UIDL round trip: the RPC the step sends and, optionally, an element id the answer must put on the page. */
    private static ChainBuilder uidl(String name, Function<Session, ArrayNode> rpc, String expectedId) {
        return timed(name, http(name).post(session -> "/?v-r=uidl&v-uiId=" + client(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .body(StringBody(session -> {
                    ROUND_TRIPS.incrementAndGet();
                    return client(session).request(rpc.apply(session));
                }))
                .check(responseTimeInMillis().saveAs("responseTime"), status().is(200), bodyString()
                        .transformWithSession((body, session) -> client(session).acceptUidl(body, expectedId))
                        .is("ok")))
                .exec(markup(name));
    }

    /** The request, then its time (or its failure) into {@link StepStats}; a failed step does not fail the next. */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(session -> session.remove("responseTime").markAsSucceeded()).exec(request).exec(session -> {
            StepStats.record(name, session.contains("responseTime") ? session.getInt("responseTime") : -1,
                    session.isFailed());
            return session;
        });
    }

    private ChainBuilder think() {
        return pause(SETTINGS.thinkMin(), SETTINGS.thinkMax());
    }

    private static String pick(Map<String, java.util.Set<String>> seen, Session session, String what) {
        var ids = seen.getOrDefault(session.getString("loginKey"), java.util.Set.of());
        if (ids.isEmpty()) {
            throw new IllegalStateException("no " + what + " seen yet in this login's pages");
        }
        var sorted = ids.stream().sorted().toList();
        return sorted.get(session.getInt("userNumber") % sorted.size());
    }

    private static String randomCluster(Session session) {
        var ids = VaadinClient.CLUSTERS.getOrDefault(session.getString("loginKey"), java.util.Set.of())
                .stream().sorted().toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no cluster seen yet in this login's pages");
        }
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    // --- the journeys ---

    private ChainBuilder open(String journey) {
        return switch (journey) {
            case "overview" -> exec(uidl("overview", s -> client(s).navigate(""), "overview"));
            // the portfolio table (ADR 0097): the page names its rows' markup, fetched like a browser ("markup: ...")
            case "portfolio" -> exec(uidl("portfolio: open", s -> client(s).navigate("clusters"), "cluster-table"));
            case "matrix" -> exec(uidl("matrix", s -> client(s).navigate("assessments/matrix"), "assessment-matrix"));
            case "cluster" -> exec(uidl("cluster page", s -> client(s).navigate("clusters/" + randomCluster(s)),
                    "cluster-page"));
            case "funding" -> exec(uidl("funding: programmes", s -> client(s).navigate("funding"),
                    "funding-programme-list"))
                    .exec(think())
                    .exec(uidl("funding: programme", s -> client(s)
                            .navigate("funding/programmes/" + pick(VaadinClient.PROGRAMMES, s, "programme")),
                            "programme-funding"));
            case "save", "change" -> exec(uidl(journey + ": open form", s -> client(s)
                    .navigate("clusters/" + pick(VaadinClient.CLUSTERS, s, "cluster") + "/edit"), "edit-description"));
            // the floor: the shell (header, side navigation, bell, language) around a nearly empty page, the user's
            // notifications (none for the load accounts): what a signed-in session costs whatever its page
            case "floor" -> exec(uidl("floor: notifications", s -> client(s).navigate("notifications"),
                    "notifications-view"));
            // Vaadin's walking skeleton (infra/load/skeleton.sh): its task list and the grid's first rows
            case "skeleton" -> exec(uidl("skeleton: task list", s -> client(s).navigate(""), "tag:vaadin-grid"))
                    .exec(uidl("skeleton: rows", s -> client(s)
                            .callConfirming("tag:vaadin-grid", "setViewportRange", 0, 50), null));
            default -> throw new IllegalArgumentException(journey);
        };
    }

    private ChainBuilder journey(String journey) {
        return switch (journey) {
            case "portfolio" -> exec(open("portfolio"))
                    .exec(think())
                    .exec(uidl("portfolio: filter", s -> client(s).event("cluster-filters", "change",
                            Map.of("!!event.target.name", true, "event.target.name", "text",
                                    "event.target.value", FILTER)), null))
                    .exec(think())
                    .exec(uidl("portfolio: next page", s -> client(s).event("cluster-table", "click",
                            tableClick(PORTFOLIO_PAGE, "1")), null))
                    .exec(think())
                    .exec(uidl("portfolio: sort", s -> client(s).event("cluster-table", "click",
                            tableClick(PORTFOLIO_SORT, "sector")), null));
            // the description: a text no cached page shows, so the region's other data keeps its version
            case "save" -> edit("save", "edit-description", n -> "Lasttest " + n + " (infra/load)");
            // the founding year: the cluster's own data, which the overview, the grid and the report read, so the next
            // overview is the first view after a change (read afresh); a year from 1990-2019, another each round
            case "change" -> edit("change", "edit-foundingYear", n -> Long.toString(1990 + n % 30));
            // a fresh UI (a page load) and its first navigation: the shell is built again each round (navigating to the
            // page a UI already shows renders nothing)
            case "floor" -> exec(init()).exec(open("floor"));
            // a fresh UI first (a page load: the skeleton has one page, and navigating to the page a UI already shows
            // renders nothing), then add a task: type its description, then the Create button (the grid reloads)
            case "skeleton" -> exec(init()).exec(open("skeleton"))
                    .exec(think())
                    .exec(uidl("skeleton: type", s -> client(s).setValue("tag:vaadin-text-field",
                            "Lasttest " + SAVES.incrementAndGet() + " (infra/load)", "change"), null))
                    .exec(uidl("skeleton: add", s -> client(s).click("tag:vaadin-button"), null));
            default -> open(journey);
        };
    }

    /** Opens a cluster's edit form, types {@code value} (of a running count) into one field and saves. */
    private ChainBuilder edit(String journey, String fieldId, java.util.function.LongFunction<String> value) {
        return exec(open(journey))
                .exec(think())
                .exec(uidl(journey + ": edit", s -> client(s).setValue(fieldId, value.apply(SAVES.incrementAndGet()),
                        "change"), null))
                .exec(uidl(journey + ": submit", s -> client(s).click("cluster-save"),
                        "cluster-page|cluster-stale-dialog"))
                .doIf(session -> client(session).showed("cluster-stale-dialog")).then(
                        // someone saved the same cluster meanwhile: as a user would, reload it (the dialog's button)
                        exec(session -> {
                            STALE_SAVES.incrementAndGet();
                            return session;
                        }).exec(uidl(journey + ": reload after stale", s -> client(s).confirm("cluster-stale-dialog"),
                                "cluster-cancel")));
    }

    private ChainBuilder round() {
        List<ChainBuilder> steps = new ArrayList<>();
        for (String name : SETTINGS.journeys()) {
            steps.add(exitHereIf(session -> ROUND_TRIPS.get() >= SETTINGS.maxRequests()
                            || (looping(session) && !Instant.now().isBefore(end)))
                    // after a synchronization error the UI is lost: reload it, as a browser does
                    .doIf(session -> client(session).needsReload()).then(exec(init()))
                    .exec(journey(name)).exec(think()));
        }
        return exec(steps);
    }

    private static boolean looping(Session session) {
        return session.contains("looping");
    }

    private ScenarioBuilder looping(String name) {
        return scenario(name).exec(signIn)
                .exec(session -> {
                    if (SIGN_INS.incrementAndGet() == SETTINGS.users()) {
                        // every user has signed in (or failed to): from here on the steady phase, without the ramp
                        stepsAtSteady = StepStats.steps();
                        cpuSteady = CpuProbe.sample(SETTINGS.portalPid());
                        steadyAt = Instant.now();
                        StepStats.steadyFromNow();
                        System.out.printf("All %d users signed in at %s: the steady phase begins%n", SETTINGS.users(),
                                steadyAt);
                    }
                    return session;
                })
                .exitHereIfFailed()
                .exec(session -> session.set("looping", true))
                .asLongAs(session -> Instant.now().isBefore(end) && ROUND_TRIPS.get() < SETTINGS.maxRequests())
                .on(round());
    }

    /**
     * Sign in, open one page, and stay there until the heap has been measured with all sessions open.
     *
     * <p>With {@link LoadSettings#holdSignInsFirst()} (the default) every user signs in first, over the ramp, and only
     * then do the users open the page (a new UI and its navigation), in the order they signed in and spread over the
     * ramp's length again: the page's times are then not taken while Keycloak hashes other users' passwords and the
     * portal completes their sign-ins, which the walking skeleton (no sign-in) never has. Otherwise each user opens
     * the page right after its own sign-in. The heap is the same either way: the difference before any sign-in and
     * after the last page.
     */
    private ScenarioBuilder hold() {
        // a cluster's page and form need a cluster id: the funding page links them
        boolean needsIds = List.of("cluster", "save").contains(SETTINGS.holdJourney());
        long spacingMillis = SETTINGS.rampSeconds().toMillis() / Math.max(1, SETTINGS.users());
        ChainBuilder signedInUser = SETTINGS.holdSignInsFirst()
                ? exec(credentials())
                        .exec(session -> {
                            int order = SIGN_INS.getAndIncrement();
                            if (order + 1 == SETTINGS.users()) {
                                opensFrom = Instant.now();
                                System.out.printf("All %d users signed in at %s: the page opens begin%n",
                                        SETTINGS.users(), opensFrom);
                            }
                            return session.set("openOrder", order);
                        })
                        .asLongAs(session -> opensFrom == null && Instant.now().isBefore(end))
                        .on(pause(Duration.ofMillis(200)))
                        .pause(session -> {
                            Instant at = (opensFrom == null ? Instant.now() : opensFrom)
                                    .plusMillis(spacingMillis * session.getInt("openOrder"));
                            return Duration.ofMillis(Math.max(0, Duration.between(Instant.now(), at).toMillis()));
                        })
                        .doIf(session -> !session.isFailed()).then(exec(init()))
                : exec(signIn);
        return scenario("hold " + SETTINGS.holdJourney())
                .exec(signedInUser)
                .doIf(session -> needsIds && !session.isFailed()).then(exec(open("funding")))
                .doIf(session -> !session.isFailed()).then(exec(open(SETTINGS.holdJourney())))
                // measured once every user has either opened the page or failed; divided by those that opened
                .exec(session -> {
                    if (!session.isFailed()) {
                        OPEN_SESSIONS.incrementAndGet();
                    }
                    if (SETTLED.incrementAndGet() == SETTINGS.users()) {
                        CompletableFuture.runAsync(PortalSimulation::measureHeap);
                    }
                    return session;
                })
                .exitHereIfFailed()
                .asLongAs(session -> !MEASURED.get() && Instant.now().isBefore(end)).on(pause(Duration.ofSeconds(1)));
    }

    private static void measureHeap() {
        try {
            if (SETTINGS.portalPid() > 0 && heapBefore >= 0) {
                long after = HeapProbe.usedAfterFullGc(SETTINGS.portalPid());
                int n = Math.max(1, OPEN_SESSIONS.get());
                String line = "%s\t%s\t%d\t%d\t%d\t%d%n".formatted(Instant.now(), SETTINGS.holdJourney(), n,
                        heapBefore, after, (after - heapBefore) / n);
                System.out.printf("HEAP journey=%s sessions=%d before=%d KB after=%d KB per session=%d KB%n",
                        SETTINGS.holdJourney(), n, heapBefore, after, (after - heapBefore) / n);
                Path file = Path.of(System.getProperty("load.outputDir", "target"), "heap.tsv");
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)) {
                    Files.writeString(file, "time\tjourney\tsessions\tbefore KB\tafter KB\tper session KB\n");
                }
                Files.writeString(file, line, StandardOpenOption.APPEND);
            } else {
                System.out.println("HEAP not measured: pass -Dload.portalPid=<the portal's pid>");
            }
        } catch (Exception e) {
            System.out.println("HEAP measurement failed: " + e);
        } finally {
            MEASURED.set(true);
        }
    }

    {
        Duration ramp = SETTINGS.rampSeconds();
        Duration hold = SETTINGS.holdSeconds();
        int users = SETTINGS.users();
        List<PopulationBuilder> populations = new ArrayList<>();
        switch (SETTINGS.profile()) {
            case "smoke" -> populations.add(scenario("smoke").exec(signedIn()).exec(round()).injectOpen(atOnceUsers(users)));
            case "ramp", "steady" -> populations.add(looping(SETTINGS.profile() + " " + users)
                    .injectOpen(rampUsers(users).during(ramp)));
            case "spike" -> {
                int base = Math.max(1, users / 5);
                populations.add(looping("spike base " + base).injectOpen(rampUsers(base).during(ramp)));
                if (users > base) {
                    populations.add(scenario("spike peak " + (users - base)).exec(signedIn()).exec(round())
                            .injectOpen(nothingFor(ramp.plus(hold.dividedBy(3))),
                                    (OpenInjectionStep) atOnceUsers(users - base)));
                }
            }
            case "hold" -> populations.add(hold().injectOpen(rampUsers(users).during(ramp)));
            default -> throw new IllegalStateException(SETTINGS.profile());
        }
        setUp(populations).protocols(protocol).maxDuration(SETTINGS.maxSeconds());
    }

    @Override
    public void before() {
        System.out.printf("Load run: %s against %s, %d users, ramp %s, hold %s, think %s-%s, bounds %s / %d round trips%n",
                SETTINGS.profile(), SETTINGS.base(), SETTINGS.users(), SETTINGS.rampSeconds(), SETTINGS.holdSeconds(),
                SETTINGS.thinkMin(), SETTINGS.thinkMax(), SETTINGS.maxSeconds(), SETTINGS.maxRequests());
        cpuStart = CpuProbe.sample(SETTINGS.portalPid());
        startedAt = Instant.now();
        end = switch (SETTINGS.profile()) {
            case "ramp" -> Instant.now().plus(SETTINGS.rampSeconds());
            case "hold" -> Instant.now().plus(SETTINGS.maxSeconds());
            default -> Instant.now().plus(SETTINGS.rampSeconds()).plus(SETTINGS.holdSeconds());
        };
        if (SETTINGS.profile().equals("hold") && SETTINGS.portalPid() > 0) {
            heapBefore = HeapProbe.usedAfterFullGc(SETTINGS.portalPid());
            System.out.println("HEAP before: " + heapBefore + " KB used after a full GC");
        }
    }

    @Override
    public void after() {
        String title = "%s, %d users, think %s–%s s, %s".formatted(SETTINGS.profile(), SETTINGS.users(),
                SETTINGS.thinkMin().toMillis() / 1000.0, SETTINGS.thinkMax().toMillis() / 1000.0, Instant.now());
        System.out.println(StepStats.table(title, Path.of(System.getProperty("load.outputDir", "target"),
                "steps-%s-%d.md".formatted(SETTINGS.profile(), SETTINGS.users()))));
        var cpuEnd = CpuProbe.sample(SETTINGS.portalPid());
        var now = Instant.now();
        System.out.printf("CPU of the whole run (%d steps incl. inits, %s; sign-ins included; portal parts need"
                        + " --portal-pid):%n%s", StepStats.steps(), Duration.between(startedAt, now),
                CpuProbe.between(cpuStart, cpuEnd, StepStats.steps(), Duration.between(startedAt, now)));
        if (StepStats.steady() && !cpuSteady.isEmpty()) {
            long steps = StepStats.steps() - stepsAtSteady;
            System.out.printf("CPU of the steady phase (every user signed in; %d steps, %s):%n%s", steps,
                    Duration.between(steadyAt, now),
                    CpuProbe.between(cpuSteady, cpuEnd, steps, Duration.between(steadyAt, now)));
        }
        System.out.printf("Load run done: %d Vaadin round trips, %d saves, %d of them met a newer version (stale dialog)%n",
                ROUND_TRIPS.get(), SAVES.get(), STALE_SAVES.get());
    }
}
