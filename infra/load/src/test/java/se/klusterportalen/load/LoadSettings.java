package se.klusterportalen.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one run does, from system properties ({@code -Dload.NAME=value}, set by {@code infra/load.sh}).
 *
 * @param baseUrl      the portal, e.g. {@code http://localhost:8080}; refused unless its host is this machine
 * @param profile      {@code smoke} (one user, one round), {@code ramp}, {@code steady}, {@code spike} or
 *                     {@code hold} (open sessions on one page and measure the heap they retain)
 * @param users        concurrent signed-in sessions (the steady level; the spike's peak)
 * @param rampSeconds  time over which the users sign in
 * @param holdSeconds  time the users keep doing journeys after the ramp (steady and spike)
 * @param maxSeconds   hard bound of the whole run
 * @param maxRequests  hard bound of Vaadin round trips (sign-in and init requests not counted); users stop at it
 * @param thinkMin     shortest think time between two steps
 * @param thinkMax     longest think time between two steps
 * @param logins       {@code user:password} pairs, handed to the virtual users in turn
 * @param journeys     the journeys each user repeats, in order
 * @param holdJourney  the page the {@code hold} profile keeps open
 * @param portalPid    the portal's process id (the {@code hold} profile's heap figures; 0 = none)
 * @param loginCount   how many numbered accounts a login with {@code {n}} in its name stands for
 * @param target       {@code portal} (sign in through Keycloak) or {@code skeleton}: Vaadin's walking skeleton
 *                     (infra/load/skeleton.sh), no sign-in, its one journey {@code skeleton}
 * @param holdSignInsFirst the {@code hold} profile: every user signs in first and the page opens follow, spread over
 *                     the ramp again ({@code load.holdSignIns=first}, the default), or each user opens its page right
 *                     after its own sign-in ({@code together})
 */
record LoadSettings(URI baseUrl, String profile, int users, Duration rampSeconds, Duration holdSeconds,
                    Duration maxSeconds, long maxRequests, Duration thinkMin, Duration thinkMax,
                    List<String[]> logins, List<String> journeys, String holdJourney, long portalPid,
                    int loginCount, String target, boolean holdSignInsFirst) {

    static final List<String> ALL_JOURNEYS = List.of("overview", "portfolio", "matrix", "funding", "cluster", "save",
            "skeleton", "floor", "change");
    /**
     * The portal's journeys (the default), without the skeleton's, without {@code floor} (the signed-in shell
     * around a nearly empty page, the user's notifications: what every session costs whatever its page) and without
     * {@code change} (a save of data the overview reads, so that the next overview is read afresh).
     */
    static final List<String> PORTAL_JOURNEYS = ALL_JOURNEYS.subList(0, 6);

    static LoadSettings fromSystemProperties() {
        var baseUrl = URI.create(strip(property("baseUrl", "http://localhost:8080")));
        requireLocal(baseUrl);
        var profile = property("profile", "smoke");
        if (!List.of("smoke", "ramp", "steady", "spike", "hold").contains(profile)) {
            throw new IllegalArgumentException("load.profile must be smoke, ramp, steady, spike or hold, not " + profile);
        }
        var logins = Arrays.stream(property("logins", "skane.handlaggare:demo").split(","))
                .map(String::strip).filter(pair -> !pair.isEmpty()).map(pair -> pair.split(":", 2)).toList();
        if (logins.isEmpty() || logins.stream().anyMatch(pair -> pair.length != 2)) {
            throw new IllegalArgumentException("load.logins must be user:password pairs separated by commas");
        }
        var target = property("target", "portal");
        if (!List.of("portal", "skeleton").contains(target)) {
            throw new IllegalArgumentException("load.target must be portal or skeleton, not " + target);
        }
        boolean skeleton = target.equals("skeleton");
        var journeys = Arrays.stream(property("journeys", skeleton ? "skeleton" : String.join(",", PORTAL_JOURNEYS))
                        .split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        for (var journey : journeys) {
            if (!ALL_JOURNEYS.contains(journey)) {
                throw new IllegalArgumentException("unknown journey " + journey + "; known: " + ALL_JOURNEYS);
            }
        }
        if (skeleton != journeys.equals(List.of("skeleton"))) {
            throw new IllegalArgumentException("the skeleton (load.target=skeleton) has one journey, skeleton, and the"
                    + " portal not that one: " + journeys);
        }
        var holdJourney = property("holdJourney", skeleton ? "skeleton" : "overview");
        if (!ALL_JOURNEYS.contains(holdJourney)) {
            throw new IllegalArgumentException("unknown load.holdJourney " + holdJourney);
        }
        int users = Integer.parseInt(property("users", "1"));
        if (users < 1 || users > 2000) {
            throw new IllegalArgumentException("load.users must be 1..2000");
        }
        long maxSeconds = Long.parseLong(property("maxSeconds", "900"));
        if (maxSeconds < 1 || maxSeconds > 3600) {
            throw new IllegalArgumentException("load.maxSeconds must be 1..3600 (a run is bounded in time)");
        }
        long maxRequests = Long.parseLong(property("maxRequests", "200000"));
        if (maxRequests < 1 || maxRequests > 5_000_000) {
            throw new IllegalArgumentException("load.maxRequests must be 1..5000000 (a run is bounded in requests)");
        }
        return new LoadSettings(baseUrl, profile, users,
                Duration.ofSeconds(Long.parseLong(property("rampSeconds", "30"))),
                Duration.ofSeconds(Long.parseLong(property("holdSeconds", "60"))),
                Duration.ofSeconds(maxSeconds), maxRequests,
                Duration.ofMillis(Math.round(1000 * Double.parseDouble(property("thinkMin", "5")))),
                Duration.ofMillis(Math.round(1000 * Double.parseDouble(property("thinkMax", "15")))),
                logins, journeys, holdJourney, Long.parseLong(property("portalPid", "0")),
                Math.max(1, Integer.parseInt(property("loginCount", "1"))), target,
                !property("holdSignIns", "first").equals("together"));
    }

    /** Refuses any address that is not this machine: the harness never loads someone else's server. */
    static void requireLocal(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("refusing to load " + uri + ": " + host + " is "
                            + address.getHostAddress() + ", not this machine (localhost only)");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    boolean skeleton() {
        return target.equals("skeleton");
    }

    String base() {
        return baseUrl.toString();
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String property(String name, String fallback) {
        var value = System.getProperty("load." + name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
