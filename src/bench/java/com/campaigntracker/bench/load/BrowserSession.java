package com.campaigntracker.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One simulated browser tab speaking Vaadin Flow's client protocol over plain HTTP, as the real
 * client does with push off: the bootstrap page, {@code ?v-r=init} for a UI, then UIDL requests
 * carrying RPCs (router navigation, DOM events, calls to a component's published server methods)
 * with the UI's security key, sync id and client id. It answers what the browser would answer on
 * its own: a new grid asks for its first rows and every data update is confirmed, so the server
 * holds what it would hold for a real user. No JavaScript runs and no static resources are fetched
 * (a browser caches those after the first visit).
 */
final class BrowserSession {

    /** A failed exchange: HTTP status, Vaadin's session-expired or application-error answer, refused login. */
    static class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /** The server answered that the session is over. */
    static final class SessionEnded extends Failure {
        SessionEnded(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String UIDL_PREFIX = "for(;;);";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private String sessionCookie;
    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    private UiTree tree = new UiTree();
    private long bytesReceived;
    private long wireBytesReceived;
    private Path dump;
    private String dumpLabel = "";
    private int dumped;

    BrowserSession(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    UiTree tree() {
        return tree;
    }

    /** Response bodies received so far, decoded, in bytes (what the client reads, headers aside). */
    long bytesReceived() {
        return bytesReceived;
    }

    /**
     * Response bodies received so far as they travelled, in bytes: gzip'd when the server compressed
     * them (the session asks for it as a browser does), else the same as {@link #bytesReceived()}.
     */
    long wireBytesReceived() {
        return wireBytesReceived;
    }

    /** Writes every decoded response body to this folder, one file each, named by the label set last. */
    BrowserSession dumpTo(Path folder) {
        this.dump = folder;
        return this;
    }

    /** The name the next dumped responses get (the step under way). */
    void label(String label) {
        this.dumpLabel = label.replace(' ', '-');
    }

    /** The login page, its form posted as the login form does, then the page the app lands on. */
    void logIn(String username, String password) {
        sessionCookie = null;
        String page = get("login");
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new Failure("login page without a CSRF token");
        }
        open("login");
        Answer posted = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)) + "&username="
                        + encode(username) + "&password=" + encode(password))));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.status() != 302 || location.contains("error")) {
            throw new Failure("login refused for " + username + ": " + posted.status() + " " + location);
        }
        get("");
        open("");
    }

    /** A full page load of a route: the bootstrap page's init request, then the router's navigation. */
    private void open(String route) {
        String body = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + encode(route) + "&query="))
                .GET()).body();
        JsonNode config = read(body).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        promise = 0;
        historyIndex = 0;
        tree = new UiTree();
        tree.apply(uidl.get("changes"));
        navigate(route);
    }

    /** A click on a link in the app: the client-side router asks the server for the route. */
    List<UiTree.Node> navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "client");
        data.putObject("historyState").put("idx", historyIndex++);
        return send(event(1, "ui-navigate", data));
    }

    /** The logout button: the server ends the session in that request and says so in its answer. */
    void logOut(UiTree.Node button) {
        try {
            click(button);
        } catch (SessionEnded expected) {
            // what a logout looks like to the client
        }
    }

    List<UiTree.Node> click(UiTree.Node node) {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
            data.put(key, 0);
        }
        for (String key : List.of("event.altKey", "event.ctrlKey", "event.metaKey", "event.shiftKey")) {
            data.put(key, false);
        }
        data.put("event.detail", 1);
        return send(event(node.id, "click", data));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event").put("node", node).put("event", name).set("data", data);
        return rpc;
    }

    private ObjectNode serverCall(int node, String method, int... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler").put("node", node).put("templateEventMethodName", method);
        ArrayNode arguments = rpc.putArray("templateEventMethodArgs");
        for (int a : args) {
            arguments.add(a);
        }
        rpc.put("promise", promise++);
        return rpc;
    }

    /**
     * Sends one RPC and whatever the browser would send on its own in answer to the response (at
     * most a few rounds), and returns every node attached meanwhile.
     */
    private List<UiTree.Node> send(ObjectNode first) {
        List<UiTree.Node> attached = new ArrayList<>();
        List<ObjectNode> batch = List.of(first);
        for (int round = 0; round < 5 && !batch.isEmpty(); round++) {
            JsonNode response = uidl(batch);
            List<UiTree.Node> added = tree.apply(response.get("changes"));
            attached.addAll(added);
            batch = answers(response, added);
        }
        return attached;
    }

    /** A new grid asks for its first rows; every data update sent to a grid or combo box is confirmed. */
    private List<ObjectNode> answers(JsonNode response, List<UiTree.Node> added) {
        List<ObjectNode> rpcs = new ArrayList<>();
        for (UiTree.Node node : added) {
            if ("vaadin-grid".equals(node.tag) && node.serverMethods.contains("setViewportRange")) {
                rpcs.add(serverCall(node.id, "setViewportRange", 0, 50));
            }
        }
        for (JsonNode call : response.path("execute")) {
            String script = call.path(call.size() - 1).asText();
            JsonNode target = call.path(0);
            if (script.contains("$connector.confirm(") && target.isArray() && target.path(0).asInt() == 0) {
                rpcs.add(serverCall(target.path(1).asInt(), "confirmUpdate", call.path(1).asInt()));
            }
        }
        return rpcs;
    }

    private JsonNode uidl(List<ObjectNode> rpcs) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        message.putArray("rpc").addAll(rpcs);
        message.put("syncId", syncId).put("clientId", clientId);
        String body = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()))).body();
        if (!body.startsWith(UIDL_PREFIX)) {
            throw new Failure("not a UIDL response: " + abbreviate(body));
        }
        JsonNode response = read(body.substring(UIDL_PREFIX.length())).path(0);
        JsonNode meta = response.path("meta");
        if (meta.has("sessionExpired")) {
            throw new SessionEnded("server answered " + meta);
        }
        if (meta.has("appError")) {
            throw new Failure("server answered " + meta);
        }
        syncId = response.path("syncId").asInt(syncId);
        clientId = response.path("clientId").asInt(clientId);
        return response;
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET()).body();
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<byte[]> raw = exchange(request);
        byte[] body = raw.body();
        wireBytesReceived += body.length;
        String encoding = raw.headers().firstValue("Content-Encoding").orElse("identity");
        if (encoding.equalsIgnoreCase("gzip")) {
            body = gunzip(body);
        } else if (!encoding.equalsIgnoreCase("identity")) {
            throw new Failure("an answer in " + encoding + ", which this simulated browser does not decode");
        }
        bytesReceived += body.length;
        if (dump != null) {
            try {
                Files.createDirectories(dump);
                Files.write(dump.resolve(String.format("%03d-%s.txt", ++dumped, dumpLabel)), body);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Answer(raw.statusCode(), raw.headers(), new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new Failure("unreadable gzip answer: " + e.getMessage());
        }
    }

    /** What the simulated browser reads of a response. */
    private record Answer(int status, HttpHeaders headers, String body) {
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
        request.timeout(TIMEOUT);
        request.header("Accept-Encoding", "gzip, deflate, br"); // what Chromium sends; the server may pick gzip
        if (sessionCookie != null) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Failure(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(cookie);
            if (m.find()) {
                sessionCookie = m.group(1);
            }
        }
        int status = response.statusCode();
        if (status != 200 && status != 302) {
            throw new Failure("HTTP " + status + " for " + response.request().uri().getRawQuery());
        }
        return response;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new Failure("unreadable answer: " + abbreviate(json));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
