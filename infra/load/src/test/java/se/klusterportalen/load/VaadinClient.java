package se.klusterportalen.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One signed-in browser tab as Vaadin's client sees it (docs: /work/shared/STACK.md "The Vaadin client protocol"):
 * the CSRF token ({@code Vaadin-Security-Key}), the last {@code syncId} received, the next {@code clientId}, the
 * UI's id, the node that takes {@code ui-navigate}, and the state-tree nodes of elements with an {@code id}
 * attribute (so a step can type into {@code cluster-filter} or click {@code cluster-save}). Mutable, one per
 * virtual user; Gatling runs a user's requests one after another.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CLUSTER_LINK = Pattern.compile("clusters/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final Pattern PROGRAMME_LINK = Pattern.compile("funding/programmes/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final Pattern CONFIRM = Pattern.compile("confirm\\((\\d+)\\)|\\$connector\\.confirm\\(\\$\\d+\\)");

    /** Cluster and programme ids seen in any response, per login (all users of a login see the same region). */
    static final Map<String, Set<String>> CLUSTERS = new ConcurrentHashMap<>();
    static final Map<String, Set<String>> PROGRAMMES = new ConcurrentHashMap<>();

    private final String login;
    private String csrfToken = "";
    private int uiId;
    private long syncId;
    private long clientId;
    private int navigateNode = 1;
    private int historyIndex;
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, String> idByNode = new HashMap<>();
    private final Map<Integer, String> tagByNode = new HashMap<>();
    /** the element ids the last answer put on the page */
    private final Set<String> lastIds = new java.util.HashSet<>();
    private final Map<Integer, Set<String>> listenersByNode = new HashMap<>();
    /** grid update ids the server asked the client to confirm (the grid's data communicator) */
    private final java.util.ArrayDeque<Integer> confirmations = new java.util.ArrayDeque<>();
    private long roundTrips;
    private boolean needsReload;
    /**
     * Read-only markup addresses ({@code data-markup}, base.ui.SharedMarkup) the page asked for and the browser has
     * not fetched yet; the browser fetches each with the page (its {@code executeJs}) and keeps it (the addresses are
     * content-addressed and served {@code immutable}), so one fetch per address and user, across page loads.
     */
    private final java.util.ArrayDeque<String> pendingMarkup = new java.util.ArrayDeque<>();
    private final Set<String> fetchedMarkup = new java.util.HashSet<>();

    VaadinClient(String login) {
        this.login = login;
    }

    /** Reads the answer to {@code ?v-r=init}: the UI id and the first UIDL. Returns "ok" or what was wrong. */
    String acceptInit(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode config = root.path("appConfig");
            JsonNode uidl = config.path("uidl");
            if (uidl.isMissingNode()) {
                return "no appConfig.uidl in the init answer: " + abbreviate(body);
            }
            uiId = config.path("v-uiId").asInt(0);
            needsReload = false;
            syncId = 0;
            clientId = 0;
            historyIndex = 0;
            nodeById.clear();
            idByNode.clear();
            tagByNode.clear();
            listenersByNode.clear();
            confirmations.clear();
            pendingMarkup.clear();
            csrfToken = uidl.path("Vaadin-Security-Key").asText("");
            if (csrfToken.isEmpty()) {
                return "no Vaadin-Security-Key in the init answer";
            }
            readUidl(uidl, body);
            return "ok";
        } catch (Exception e) {
            return "init answer not understood: " + e.getMessage();
        }
    }

    /** The body of the next UIDL request carrying the given RPC invocations. */
    String request(ArrayNode rpc) {
        ObjectNode request = NODES.objectNode();
        request.put("csrfToken", csrfToken);
        request.set("rpc", rpc);
        request.put("syncId", syncId);
        request.put("clientId", clientId);
        return request.toString();
    }

    /**
     * Reads a UIDL answer ({@code for(;;);[{...}]}). Returns "ok" when it is a normal answer and, if
     * {@code expectedId} is given, an element with that id attribute is on the page after it; else what was wrong.
     */
    String acceptUidl(String body, String expectedId) {
        Debug.write(login, body);
        String result = readAnswer(body, expectedId);
        if (!result.equals("ok")) {
            Debug.failure(login, body);
        }
        return result;
    }

    private String readAnswer(String body, String expectedId) {
        String text = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            JsonNode root = JSON.readTree(text);
            JsonNode uidl = root.isArray() ? root.path(0) : root;
            JsonNode meta = uidl.path("meta");
            if (meta.path("sessionExpired").asBoolean(false)) {
                return "session expired";
            }
            if (meta.has("appError")) {
                // e.g. "Synchronization Error" after a request the harness gave up on: a browser reloads the page
                needsReload = true;
                return "application error: " + abbreviate(meta.path("appError").toString());
            }
            if (!uidl.has("syncId")) {
                return "no syncId in the answer: " + abbreviate(body);
            }
            readUidl(uidl, text);
            roundTrips++;
            if (expectedId != null && java.util.Arrays.stream(expectedId.split("\\|")).noneMatch(lastIds::contains)) {
                return "no element #" + expectedId + " in the answer";
            }
            return "ok";
        } catch (Exception e) {
            return "answer not understood: " + e.getMessage() + " " + abbreviate(body);
        }
    }

    /** {@code text}: the answer as received (the links are found in it, not in the tree written out again). */
    private void readUidl(JsonNode uidl, String text) {
        lastIds.clear();
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asLong();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asLong();
        } else {
            clientId++;
        }
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt(-1);
            String type = change.path("type").asText("");
            String key = change.path("key").asText("");
            if (type.equals("put") && key.equals("tag") && change.path("value").asText("").startsWith("vaadin-")) {
                // pages without id attributes (Vaadin's walking skeleton): a component found by its tag, "tag:vaadin-grid"
                String tag = "tag:" + change.path("value").asText();
                nodeById.put(tag, node);
                tagByNode.put(node, tag);
                lastIds.add(tag);
            }
            if (type.equals("put") && key.equals("id") && change.path("value").isTextual()) {
                nodeById.put(change.path("value").asText(), node);
                idByNode.put(node, change.path("value").asText());
                lastIds.add(change.path("value").asText());
            }
            if (type.equals("put") && key.equals("data-markup") && change.path("value").isTextual()) {
                String address = change.path("value").asText();
                if (!fetchedMarkup.contains(address) && !pendingMarkup.contains(address)) {
                    pendingMarkup.add(address);
                }
            }
            if (type.equals("put") && change.path("value").isArray() && !key.isEmpty()) {
                // listener map entries: event type -> expressions
                listenersByNode.computeIfAbsent(node, n -> new java.util.HashSet<>()).add(key);
                if (key.equals("ui-navigate")) {
                    navigateNode = node;
                }
            }
            if (type.equals("detach")) {
                listenersByNode.remove(node);
                for (String name : new String[] {idByNode.remove(node), tagByNode.remove(node)}) {
                    if (name != null && Integer.valueOf(node).equals(nodeById.get(name))) {
                        nodeById.remove(name);
                    }
                }
            }
        }
        links(text);
        for (JsonNode execute : uidl.path("execute")) {
            // [params..., script]: the grid asks for a confirmation of data update N with "$connector.confirm($0)"
            String script = execute.path(execute.size() - 1).asText("");
            if (script.contains("confirm(") && execute.size() >= 3 && execute.path(1).isNumber()) {
                confirmations.add(execute.path(1).asInt());
            }
        }
    }

    /** The links' ids (clusters/<uuid>, funding/programmes/<uuid>); the text is searched only if it has such a link. */
    private void links(String text) {
        if (text.contains("clusters/")) {
            var clusters = CLUSTER_LINK.matcher(text);
            while (clusters.find()) {
                CLUSTERS.computeIfAbsent(login, l -> ConcurrentHashMap.newKeySet()).add(clusters.group(1));
            }
        }
        if (text.contains("funding/programmes/")) {
            var programmes = PROGRAMME_LINK.matcher(text);
            while (programmes.find()) {
                PROGRAMMES.computeIfAbsent(login, l -> ConcurrentHashMap.newKeySet()).add(programmes.group(1));
            }
        }
    }

    /** Whether the last answers named markup the browser would fetch now (not fetched before by this user). */
    boolean hasPendingMarkup() {
        return !pendingMarkup.isEmpty();
    }

    /** The next markup address to fetch (relative to the application's root), taken off the list. */
    String takeMarkup() {
        String address = pendingMarkup.poll();
        if (address == null) {
            throw new IllegalStateException("no markup to fetch");
        }
        fetchedMarkup.add(address);
        return address;
    }

    /** Reads fetched markup (its links' ids, as the page's answers); "ok" or what was wrong. */
    String acceptMarkup(String body) {
        if (body.isBlank()) {
            return "empty markup";
        }
        links(body);
        return "ok";
    }

    // --- RPC invocations ---

    ArrayNode navigate(String route) {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", NODES.objectNode().put("idx", historyIndex++));
        data.put("trigger", "");
        return rpc(event(navigateNode, "ui-navigate", data));
    }

    /** A typed value reaching the server: the property sync and the event that carries it. */
    ArrayNode setValue(String elementId, String value, String eventName) {
        int node = node(elementId);
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        return rpc(sync, event(node, eventName, NODES.objectNode()));
    }

    ArrayNode click(String elementId) {
        ObjectNode data = NODES.objectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 0);
        data.put("event.clientY", 0);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 0);
        data.put("event.screenX", 0);
        return rpc(event(node(elementId), "click", data));
    }

    /**
     * A DOM event with the event data its listener asked for, e.g. the portfolio table's one click listener: the
     * filter's expression true and the clicked header's sort key or pager button's page.
     */
    ArrayNode event(String elementId, String eventName, Map<String, Object> eventData) {
        ObjectNode data = NODES.objectNode();
        eventData.forEach((expression, value) -> {
            switch (value) {
                case Boolean b -> data.put(expression, b);
                case Number n -> data.put(expression, n.doubleValue());
                default -> data.put(expression, value.toString());
            }
        });
        return rpc(event(node(elementId), eventName, data));
    }

    /** A {@code @ClientCallable} of a component, e.g. the grid's {@code setViewportRange(0, 50)}. */
    ArrayNode call(String elementId, String method, Object... arguments) {
        return rpc(callNode(node(elementId), method, arguments));
    }

    /** The grid's confirmations of the data it received, plus one more call (as the grid's connector sends). */
    ArrayNode callConfirming(String elementId, String method, Object... arguments) {
        int grid = node(elementId);
        ArrayNode rpc = NODES.arrayNode();
        while (!confirmations.isEmpty()) {
            rpc.add(callNode(grid, "confirmUpdate", confirmations.poll()));
        }
        rpc.add(callNode(grid, method, arguments));
        return rpc;
    }

    private ObjectNode callNode(int node, String method, Object... arguments) {
        ObjectNode call = NODES.objectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", JSON.valueToTree(List.of(arguments)));
        call.put("promise", 0);
        return call;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private static ArrayNode rpc(ObjectNode... invocations) {
        ArrayNode rpc = NODES.arrayNode();
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        return rpc;
    }

    int node(String elementId) {
        Integer node = nodeById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " on the page");
        }
        return node;
    }

    boolean has(String elementId) {
        return nodeById.containsKey(elementId);
    }

    Set<String> listeners(String elementId) {
        return listenersByNode.getOrDefault(nodeById.get(elementId), Set.of());
    }

    /** Whether the last answer showed the cluster page (a save that went through and navigated there). */
    boolean saved() {
        return lastIds.contains("cluster-page");
    }

    /** Whether the last answer put the element with this id on the page. */
    boolean showed(String elementId) {
        return lastIds.contains(elementId);
    }

    /**
     * Confirms a {@code ConfirmDialog} as its button does: the dialog closes itself (its {@code opened} property) and
     * fires {@code confirm}. A modal dialog left open makes the rest of the UI inert for the server.
     */
    ArrayNode confirm(String dialogId) {
        int node = node(dialogId);
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "opened");
        sync.put("value", false);
        return rpc(sync, event(node, "opened-changed", NODES.objectNode()), event(node, "confirm", NODES.objectNode()));
    }

    /** Whether the server refused this UI's state (a reload, i.e. a new init, is what a browser does then). */
    boolean needsReload() {
        return needsReload;
    }

    int uiId() {
        return uiId;
    }

    long roundTrips() {
        return roundTrips;
    }

    String login() {
        return login;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
