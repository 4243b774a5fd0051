package com.crampcoach.alexa;

import com.crampcoach.memory.LocalDynamo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for Alexa's API, for a request envelope's {@code apiEndpoint} to point at. It answers the
 * Settings API's time zone for any device, and keeps reminders as the Reminders API does (create, read, list,
 * change, delete), only to the bearer token it was given; either can answer late or with an error status. It
 * records each request it gets ("GET /v2/... Bearer token") and each body sent.
 */
public final class AlexaApiStandIn implements AutoCloseable {

    public static final String TOKEN = "stand-in-access-token";

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String zone = "UTC";
    private volatile int status = 200;
    private volatile Duration delay = Duration.ZERO;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    /** The reminders kept, by ID: what the skill sent, as the API keeps it. */
    private final java.util.Map<String, com.fasterxml.jackson.databind.node.ObjectNode> reminders =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** A Reminders API call ("POST", "PUT", "GET", "LIST", "DELETE") answered with this status, not done. */
    private final java.util.Map<String, Integer> reminderFailures = new java.util.concurrent.ConcurrentHashMap<>();
    /** A Reminders API call done at once, but answered after this long. */
    private final java.util.Map<String, Duration> reminderLateness = new java.util.concurrent.ConcurrentHashMap<>();
    /** What a Reminders API error's body is, when not the API's JSON (a gateway's page, say). */
    private volatile String errorBody;
    private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    public AlexaApiStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** Time zones asked with a fixture's patience ({@link LocalDynamo#GENEROUS}), never the skill's deadline. */
    public static TimeZones patientZones() {
        return new TimeZones(new JdkApiClient(LocalDynamo.GENEROUS));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Points {@code request} at this stand-in, as Alexa would point a request at its API: the envelope's
     * {@code apiEndpoint}, and the access token the stand-in answers. Returns the envelope's {@code System}.
     */
    public ObjectNode reachedBy(ObjectNode request) {
        ObjectNode system = (ObjectNode) request.path("context").path("System");
        system.put("apiEndpoint", endpoint());
        system.put("apiAccessToken", TOKEN);
        return system;
    }

    public AlexaApiStandIn zone(String zone) {
        this.zone = zone;
        return this;
    }

    /** Answer with this status (401, 403, 429, 5xx) and no zone. */
    public AlexaApiStandIn failing(int status) {
        this.status = status;
        return this;
    }

    public AlexaApiStandIn late(Duration delay) {
        this.delay = delay;
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The bodies of the requests that had one, in order. */
    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** The reminders kept now, by ID. */
    public java.util.Map<String, com.fasterxml.jackson.databind.node.ObjectNode> reminders() {
        return java.util.Map.copyOf(reminders);
    }

    /** Answers this Reminders API call ("POST", "PUT", "GET", "LIST", "DELETE") with {@code status}, undone. */
    public AlexaApiStandIn reminderFailing(String call, int status) {
        reminderFailures.put(call, status);
        return this;
    }

    /** Reminders API errors come with this body instead of the API's JSON. */
    public AlexaApiStandIn reminderErrorBody(String body) {
        this.errorBody = body;
        return this;
    }

    /** Does this Reminders API call at once, and answers it after {@code delay}. */
    public AlexaApiStandIn reminderLate(String call, Duration delay) {
        reminderLateness.put(call, delay);
        return this;
    }

    /** Keeps a reminder made elsewhere (before the record knew it, or by an answer that never came). */
    public String keep(int hour, int minute) {
        String id = "reminder-" + ids.incrementAndGet();
        com.fasterxml.jackson.databind.node.ObjectNode kept = JSON.createObjectNode();
        kept.putObject("trigger").put("type", "SCHEDULED_ABSOLUTE").putObject("recurrence")
                .putArray("recurrenceRules").add("FREQ=DAILY;BYHOUR=" + hour + ";BYMINUTE=" + minute + ";BYSECOND=0");
        reminders.put(id, stored(id, kept));
        return id;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + authorization);
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/v1/alerts/reminders")) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!body.isEmpty()) {
                bodies.add(body);
            }
            reminder(exchange, ("Bearer " + TOKEN).equals(authorization), path, body);
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int code = !("Bearer " + TOKEN).equals(authorization) ? 401
                : !exchange.getRequestURI().getPath().matches("/v2/devices/[^/]+/settings/System\\.timeZone") ? 404
                : status;
        byte[] body = (code == 200 ? "\"" + zone + "\"" : "{\"type\":\"ERROR\",\"message\":\"stand-in " + code + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void reminder(HttpExchange exchange, boolean authorized, String path, String body) throws IOException {
        String id = path.length() > "/v1/alerts/reminders/".length() ? path.substring("/v1/alerts/reminders/".length()) : null;
        String method = exchange.getRequestMethod();
        String call = method.equals("GET") && id == null ? "LIST" : method;
        Integer failure = reminderFailures.get(call);
        int code;
        Object answer;
        if (!authorized) {
            code = 401;
            answer = error(code);
        } else if (failure != null) {
            code = failure;
            answer = error(code);
        } else if (call.equals("POST")) {
            String made = "reminder-" + ids.incrementAndGet();
            reminders.put(made, stored(made, (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(body)));
            code = 201;
            answer = java.util.Map.of("alertToken", made, "status", "ON", "version", "1");
        } else if (call.equals("LIST")) {
            code = 200;
            answer = java.util.Map.of("totalCount", String.valueOf(reminders.size()), "alerts", List.copyOf(reminders.values()));
        } else if (id == null || !reminders.containsKey(id)) {
            code = 404;
            answer = error(code);
        } else if (call.equals("PUT")) {
            reminders.put(id, stored(id, (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(body)));
            code = 200;
            answer = java.util.Map.of("alertToken", id, "status", "ON", "version", "2");
        } else if (call.equals("DELETE")) {
            reminders.remove(id);
            code = 200;
            answer = null;
        } else {
            code = 200;
            answer = reminders.get(id);
        }
        Duration late = reminderLateness.getOrDefault(call, Duration.ZERO);
        try {
            Thread.sleep(late.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = answer == null ? new byte[0] : code >= 400 && errorBody != null
                ? errorBody.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /** A reminder as the API keeps it: what was sent, less the request's own time, with its ID and status. */
    private static com.fasterxml.jackson.databind.node.ObjectNode stored(String id,
            com.fasterxml.jackson.databind.node.ObjectNode sent) {
        com.fasterxml.jackson.databind.node.ObjectNode kept = sent.deepCopy();
        kept.remove("requestTime");
        kept.put("alertToken", id);
        kept.put("status", "ON");
        return kept;
    }

    private static java.util.Map<String, String> error(int code) {
        return java.util.Map.of("code", "STAND_IN_" + code, "message", "stand-in " + code);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
