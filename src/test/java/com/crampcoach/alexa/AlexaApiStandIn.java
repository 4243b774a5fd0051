package com.crampcoach.alexa;

import com.crampcoach.memory.LocalDynamo;
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
 * Settings API's time zone for any device, only to the bearer token it was given, and can answer late or with an
 * error status. It records each request it gets ("GET /v2/... Bearer token").
 */
public final class AlexaApiStandIn implements AutoCloseable {

    public static final String TOKEN = "stand-in-access-token";

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String zone = "UTC";
    private volatile int status = 200;
    private volatile Duration delay = Duration.ZERO;

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

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + authorization);
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

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
