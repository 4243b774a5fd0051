package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillGate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve [--port N]}: the skill over HTTP for local tools, {@code POST /} with a request envelope, on
 * the JDK's own HTTP server. It binds to 127.0.0.1 only because it does not verify Alexa's request
 * signatures: it is for development, never an endpoint for Alexa.
 *
 * <p>The JDK server waits for a connection's first byte on one selector thread, then reads the request on a
 * worker. Each worker is a thread of its own, created as needed up to the connection limit, so a client that
 * trickles its request holds only its own thread, and only until the request time cuts it off. A declared
 * body over {@value #MAX_BODY_BYTES} bytes is refused from its Content-Length header, before any of it is read;
 * what the client sends anyway is read and thrown away, up to {@value #MAX_DRAIN_BYTES} bytes, so that the
 * refusal is not lost to a reset connection.
 */
public final class Serve implements AutoCloseable {

    /** Alexa's requests are a few kilobytes; anything much larger is not one. */
    static final int MAX_BODY_BYTES = Envelopes.MAX_BYTES;
    static final int MAX_CONNECTIONS = 1024;
    /** How much of a refused body is read and discarded so that the refusal reaches the client. */
    static final int MAX_DRAIN_BYTES = 4 * MAX_BODY_BYTES;

    /**
     * The JDK server's limits. It reads them from these system properties once a process, when the first
     * server is made; one set on the command line ({@code -D}) wins over the value here.
     */
    static final Map<String, String> LIMITS = Map.of(
            "sun.net.httpserver.maxReqTime", "10",          // seconds to send a whole request (or, connected, to start one)
            "sun.net.httpserver.maxRspTime", "10",          // seconds to take the whole answer
            "sun.net.httpserver.idleInterval", "30",        // seconds of quiet between requests on a kept-alive connection
            "sun.net.httpserver.clockTick", "1000",         // how often quiet connections are looked at (the JDK's is 10 s)
            "jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS), // beyond this, closed as they arrive
            "sun.net.httpserver.maxReqHeaderSize", String.valueOf(16 * 1024),
            // A refused body is read and thrown away up to this much before the connection closes. Closing on
            // unread bytes resets the connection, and the reset can wipe out the refusal before the client
            // reads it; the JDK's 64 KB is less than a body just over the limit.
            "sun.net.httpserver.drainAmount", String.valueOf(MAX_DRAIN_BYTES),
            // Without TCP_NODELAY, small answers wait on delayed ACKs: about 40 ms each on Linux.
            "sun.net.httpserver.nodelay", "true");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long stopping waits for answers already being worked on. */
    private static final int STOP_GRACE_SECONDS = 1;

    private final CrampCoachHandler handler;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;

    public Serve(int port, Config config) throws IOException {
        LIMITS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
        this.handler = new CrampCoachHandler(config);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        // No queue: a request is either taken by a thread at once or its connection is closed, never left waiting.
        this.workers = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "serve-worker");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::exchange);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address it listens on: loopback. */
    InetAddress address() {
        return server.getAddress().getAddress();
    }

    /** Stops taking connections, lets answers in progress finish for a moment, then closes every connection. */
    @Override
    public void close() {
        server.stop(STOP_GRACE_SECONDS);
        workers.shutdown();
        try {
            workers.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, Map.of("--port", "N")).noWords("serve");
        } catch (Options.Invalid e) {
            return e.report(err, "serve");
        }
        Config config;
        Serve serve;
        int port;
        try {
            port = options.port("--port", 3000);
            config = Config.local(System.getenv());
            serve = new Serve(port, config);
        } catch (Options.Invalid e) {
            return e.report(err, "serve");
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot listen on 127.0.0.1:" + options.value("--port", "3000") + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            out.println("serve: stopped");
            out.flush();
            stopped.countDown();
        }));
        serve.start();
        out.println("serve: Cramp Coach on http://127.0.0.1:" + serve.port() + "/ (POST a request envelope)");
        out.println("serve: loopback only. Alexa's request signatures are NOT verified: for development, never for Alexa.");
        out.println("serve: skill ID " + config.skillId() + (config.tableName() == null ? "; remembers nothing"
                : "; table " + config.tableName()) + "; Ctrl-C or SIGTERM stops it");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** One request, on a worker thread: refused from its line and headers where it can be, else sent to the skill. */
    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String refusal = refusal(exchange);
            if (refusal != null) {
                // Connection: close, so that the connection is not used again: the JDK reads and throws away what is
                // sent of the refused body (up to the drain amount above), then closes it.
                exchange.getResponseHeaders().set("Connection", "close");
                send(exchange, status(exchange), error(refusal));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            Reply reply = respond(body);
            send(exchange, reply.status(), reply.body());
        }
    }

    /** Why this request is refused before its body is read, or null if it is not. */
    private static String refusal(HttpExchange exchange) {
        return switch (status(exchange)) {
            case 404 -> "not found: POST request envelopes to /";
            case 405 -> "method not allowed: POST a request envelope";
            case 411 -> "send the body with a Content-Length";
            case 413 -> "request body over " + MAX_BODY_BYTES + " bytes";
            default -> null;
        };
    }

    /** The status a request gets from its line and headers alone; 200 if only its body can tell. */
    private static int status(HttpExchange exchange) {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            return 404;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            return 405;
        }
        if (exchange.getRequestHeaders().containsKey("Transfer-Encoding")) {
            return 411;
        }
        // The JDK has already refused a Content-Length that is not one number (400).
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        return length != null && Long.parseLong(length.strip()) > MAX_BODY_BYTES ? 413 : 200;
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Reply(int status, byte[] body) {
    }

    /** Runs the skill on one request body. */
    private Reply respond(byte[] body) {
        try {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(body), response, null);
            return new Reply(200, response.toByteArray());
        } catch (SkillGate.Rejected e) {
            return new Reply(e.forAnotherSkill() ? 403 : 400, error(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return new Reply(500, error("the skill failed on this request"));
        }
    }

    private static byte[] error(String message) {
        try {
            return JSON.writeValueAsBytes(Map.of("error", message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
