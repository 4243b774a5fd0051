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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve [--port N]}: the skill over HTTP for local tools, {@code POST /} with a request envelope.
 * It binds to 127.0.0.1 only because it does not verify Alexa's request signatures: it is for development,
 * never an endpoint for Alexa.
 */
public final class Serve implements AutoCloseable {

    /** Alexa's requests are a few kilobytes; anything much larger is not one. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final CrampCoachHandler handler;

    public Serve(int port, Config config) throws IOException {
        // Without TCP_NODELAY, small answers wait on delayed ACKs: about 40 ms each on Linux.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.handler = new CrampCoachHandler(config);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        this.workers = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        server.setExecutor(workers);
        server.createContext("/", this::exchange);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int port = 3000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                try {
                    port = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("error: --port needs a number, not '" + args[i] + "'");
                    return 2;
                }
            } else {
                err.println("error: serve takes only --port N");
                return 2;
            }
        }
        Serve serve;
        try {
            serve = new Serve(port, Config.development());
        } catch (IOException e) {
            err.println("error: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
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
        out.println("serve: skill ID " + Config.DEVELOPMENT_SKILL_ID + "; Ctrl-C or SIGTERM stops it");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/")) {
                reply(exchange, 404, error("not found: POST request envelopes to /"));
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                reply(exchange, 405, error("method not allowed: POST a request envelope"));
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                reply(exchange, 413, error("request body over " + MAX_BODY_BYTES + " bytes"));
                return;
            }
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(body), response, null);
            } catch (SkillGate.Rejected e) {
                reply(exchange, e.getMessage().contains("another skill") ? 403 : 400, error(e.getMessage()));
                return;
            } catch (RuntimeException e) {
                reply(exchange, 500, error("the skill failed on this request"));
                return;
            }
            reply(exchange, 200, response.toByteArray());
        }
    }

    /** The body, or null if it is over the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static byte[] error(String message) throws IOException {
        return JSON.writeValueAsBytes(Map.of("error", message));
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
