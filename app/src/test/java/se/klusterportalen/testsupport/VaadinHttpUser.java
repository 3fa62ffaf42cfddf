package se.klusterportalen.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser over plain HTTP, for operations drills (restarts, nodes): a cookie jar (Keycloak's cookies are
 * {@code Secure}, which browsers still send to {@code http://localhost}; this jar drops the flag), the real Keycloak
 * sign-in form, and Vaadin's client protocol (docs: /work/shared/STACK.md, "The Vaadin client protocol"): an init
 * request creates a UI, UIDL requests carry the CSRF token, the sync id and the client id.
 */
public final class VaadinHttpUser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MARKUP = Pattern.compile("\"(markup/[a-z0-9-]+/[A-Za-z0-9_-]{43})\"");
    private static final Pattern CLUSTER_PAGE = Pattern.compile("clusters/([0-9a-f]{8}-[0-9a-f-]{27})");

    private final String base;
    private final String username;
    private final String password;
    private final CookieManager cookies = new CookieManager(new InsecureCookies(), CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf = "";
    private int uiId;
    private int syncId;
    private int clientId;
    private int navigateNode = 1;

    /** @param base the portal's address without a trailing slash, e.g. {@code http://localhost:8400} */
    public VaadinHttpUser(String base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String username() {
        return username;
    }

    /** The node that holds this browser's session: the route at the end of its session id ({@code n1}), or "?". */
    public String route() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).filter(v -> v.contains(".")).map(v -> v.substring(v.lastIndexOf('.') + 1))
                .findFirst().orElse("?");
    }

    /**
     * Loads the portal; when Keycloak shows its form, fills it in and submits it.
     *
     * @return whether the form was shown (false: Keycloak's SSO session signed the user in at once)
     * @throws VaadinFailure when the browser does not end up on the portal (the last page's status and address)
     */
    public boolean signIn() throws VaadinFailure {
        var page = get(base + "/");
        boolean form = page.body().contains("kc-form-login");
        if (form) {
            Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                    .matcher(page.body());
            if (!action.find()) {
                action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
                if (!action.find()) {
                    throw new VaadinFailure("no sign-in form at " + page.uri());
                }
            }
            String url = action.group(1).replace("&amp;", "&");
            page = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password="
                            + enc(password) + "&credentialId=")));
        }
        if (page.statusCode() != 200 || !page.uri().toString().startsWith(base)) {
            throw new VaadinFailure(username + ": sign-in ended at " + page.uri() + " with " + page.statusCode());
        }
        return form;
    }

    /** A plain GET in this browser (cookies sent, redirects followed). */
    public HttpResponse<String> get(String url) throws VaadinFailure {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A new UI at {@code location} (Vaadin's init request), then the route rendered by the navigate event. */
    public JsonNode open(String location) throws VaadinFailure {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + enc(location)
                + "&query=")).header("Accept", "application/json").GET());
        if (response.statusCode() != 200 || !response.body().startsWith("{")) {
            throw new VaadinFailure("init " + location + ": " + response.statusCode() + " at " + response.uri());
        }
        JsonNode config = JSON.readTree(response.body()).get("appConfig");
        JsonNode uidl = config.get("uidl");
        csrf = uidl.get("Vaadin-Security-Key").asString();
        uiId = config.get("v-uiId").asInt();
        syncId = uidl.get("syncId").asInt();
        clientId = 0;
        navigateNode = nodeListeningTo(uidl, "ui-navigate");
        return navigate(location);
    }

    /** Navigates the current UI to {@code route} (as a click on a link would), returns the UIDL answer. */
    public JsonNode navigate(String route) throws VaadinFailure {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", navigateNode)
                .put("event", "ui-navigate");
        event.putObject("data").put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        return rpc(JSON.createArrayNode().add(event));
    }

    /**
     * What the browser shows of an answer: its text and the read-only markup it names by address
     * ({@code data-markup="markup/<region>/<digest>"}, base.ui.SharedMarkup, ADR 0093), fetched in this browser as
     * the page's script does (the portfolio's table, the overview's phase panel).
     */
    public String shown(JsonNode answer) throws VaadinFailure {
        var text = new StringBuilder(answer.toString());
        Matcher address = MARKUP.matcher(text);
        List<String> addresses = new java.util.ArrayList<>();
        while (address.find()) {
            addresses.add(address.group(1));
        }
        for (String markup : addresses) {
            var response = get(base + "/" + markup);
            if (response.statusCode() != 200) {
                throw new VaadinFailure(username + ": " + markup + " answered " + response.statusCode());
            }
            text.append('\n').append(response.body());
        }
        return text.toString();
    }

    /** Sets a field's value (as typed) and fires its change event, then clicks the button; one round trip. */
    public JsonNode typeAndClick(JsonNode page, String fieldId, String value, String buttonId) throws VaadinFailure {
        int field = nodeWith(page, "id", fieldId);
        int button = nodeWith(page, "id", buttonId);
        ArrayNode calls = JSON.createArrayNode();
        calls.addObject().put("type", "mSync").put("node", field).put("feature", 1).put("property", "value")
                .put("value", value);
        calls.addObject().put("type", "event").put("node", field).put("event", "change").putObject("data");
        calls.addObject().put("type", "event").put("node", button).put("event", "click").putObject("data");
        return rpc(calls);
    }

    /**
     * Creates a cluster through the real form ({@code clusters/new}: its name typed, "Spara" clicked).
     *
     * @return the new cluster's id, from the address of the page the form goes to after saving
     */
    public String createCluster(String name) throws VaadinFailure {
        JsonNode saved = typeAndClick(open("clusters/new"), "edit-name", name, "cluster-save");
        Matcher page = CLUSTER_PAGE.matcher(saved.toString());
        if (!page.find()) {
            throw new VaadinFailure(username + ": saving gave no cluster page: " + saved);
        }
        return page.group(1);
    }

    /** One UIDL request with these calls. */
    public JsonNode rpc(ArrayNode calls) throws VaadinFailure {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", syncId)
                .put("clientId", clientId);
        body.set("rpc", calls);
        var response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        String text = response.body().startsWith("for(;;);") ? response.body().substring("for(;;);".length())
                : response.body();
        if (response.statusCode() != 200 || !(text.startsWith("[") || text.startsWith("{"))) {
            throw new VaadinFailure("uidl answered " + response.statusCode() + " at " + response.uri() + ": "
                    + text.substring(0, Math.min(200, text.length())));
        }
        JsonNode answer = JSON.readTree(text);
        JsonNode uidl = answer.isArray() ? answer.get(0) : answer;
        JsonNode meta = uidl.get("meta");
        if (meta != null && (meta.has("sessionExpired") || meta.has("appError"))) {
            throw new VaadinFailure("uidl meta " + meta);
        }
        syncId = uidl.get("syncId").asInt();
        clientId = uidl.has("clientId") ? uidl.get("clientId").asInt() : clientId + 1;
        return uidl;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws VaadinFailure {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new VaadinFailure(username + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaadinFailure(username + ": interrupted");
        }
    }

    private static int nodeListeningTo(JsonNode uidl, String event) {
        for (JsonNode change : uidl.path("changes")) {
            if (event.equals(change.path("key").asString(""))) {
                return change.get("node").asInt();
            }
        }
        return 1;
    }

    private static int nodeWith(JsonNode uidl, String key, String value) throws VaadinFailure {
        for (JsonNode change : uidl.path("changes")) {
            if (key.equals(change.path("key").asString("")) && value.equals(change.path("value").asString(""))) {
                return change.get("node").asInt();
            }
        }
        throw new VaadinFailure("no element with " + key + "=" + value);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A request the portal did not serve as the UI expected (the UI is gone, the node is, or sign-in failed). */
    public static final class VaadinFailure extends Exception {
        public VaadinFailure(String message) {
            super(message);
        }
    }

    /** A cookie store that keeps cookies without their {@code Secure} flag, as browsers treat localhost. */
    private static final class InsecureCookies implements CookieStore {

        private final CookieStore store = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            cookie.setSecure(false);
            store.add(uri, cookie);
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return store.get(uri);
        }

        @Override
        public List<HttpCookie> getCookies() {
            return store.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return store.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return store.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return store.removeAll();
        }
    }
}
