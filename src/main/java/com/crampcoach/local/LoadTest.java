package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.content.Content;
import com.crampcoach.conversation.Conversation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code loadtest [--clients N] [--requests N] [--port N]}: many concurrent clients against {@code serve}
 * on 127.0.0.1 for a fixed number of requests. It reports throughput and p50/p99 latency, and checks that
 * every answer is identical to the one a single client got for the same request, which holds only if the
 * handler keeps no shared mutable state. Without {@code --port} it starts its own server on a free port.
 */
final class LoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REQUESTS = 1_000_000;

    private LoadTest() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int clients;
        int requests;
        int port;
        try {
            Options options = Options.parse(args, Map.of("--clients", "N", "--requests", "N", "--port", "N")).noWords("loadtest");
            clients = options.integer("--clients", 16, 1, 256);
            requests = options.integer("--requests", 20_000, 1, MAX_REQUESTS);
            port = options.has("--port") ? options.port("--port", 0) : -1;
            if (port == 0) {
                throw new Options.Invalid("--port names a running serve's port; without it, loadtest starts its own");
            }
        } catch (Options.Invalid e) {
            return e.report(err, "loadtest");
        }
        try (Serve own = port < 0 ? new Serve(0, Config.development()) : null) {
            if (own != null) {
                own.start();
                port = own.port();
            }
            return measure(URI.create("http://127.0.0.1:" + port + "/"), clients, requests, out, err);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int measure(URI uri, int clients, int total, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        List<byte[]> bodies = requests();
        List<String> expected = new ArrayList<>();
        for (byte[] body : bodies) {
            expected.add(answer(http, uri, body));
        }
        out.printf("loadtest: %d clients, %d requests (%d kinds) against %s%n", clients, total, bodies.size(), uri);

        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger differing = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    int kind = i % bodies.size();
                    long sent = System.nanoTime();
                    try {
                        String got = answer(http, uri, bodies.get(kind));
                        if (!got.equals(expected.get(kind))) {
                            differing.incrementAndGet();
                        }
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            err.println("error: the load test did not finish within 10 minutes");
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        out.printf("loadtest: %d answered, %d errors, %d answers differing from a single client's%n",
                total - errors.get(), errors.get(), differing.get());
        out.printf("loadtest: %.0f requests/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", total / seconds,
                latencies[total / 2] / 1e6, latencies[(int) Math.min(total - 1, Math.ceil(total * 0.99) - 1)] / 1e6,
                latencies[total - 1] / 1e6);
        return errors.get() == 0 && differing.get() == 0 ? 0 : 1;
    }

    /** The answer part of a response envelope, or an exception for anything but HTTP 200. */
    private static String answer(HttpClient http, URI uri, byte[] body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        JsonNode envelope = JSON.readTree(response.body());
        return envelope.path("response").toString() + envelope.path("sessionAttributes").toString();
    }

    /** One of each kind of request: every intent of the model, launch, and steps inside each routine. */
    private static List<byte[]> requests() throws IOException {
        InteractionModel model = InteractionModel.forLocale("en-US");
        Envelopes envelopes = new Envelopes(Config.DEVELOPMENT_SKILL_ID, "en-US");
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        List<JsonNode> requests = new ArrayList<>();
        requests.add(envelopes.launch());
        model.intents().forEach(intent -> requests.add(envelopes.intent(intent.name())));
        for (String said : List.of("my calf is cramping", "my thigh", "my elbow is cramping", "start my bedtime stretches")) {
            requests.add(envelopes.intent(matcher.match(said)));
        }
        Content.load().forLocale("en-US").routines().forEach(routine -> {
            for (int step = 0; step < routine.steps().size() - 1; step++) {
                ObjectNode request = envelopes.intent("AMAZON.NextIntent");
                // Today's session format, from the codec itself: a hand-written one went stale once already.
                ((ObjectNode) request.at("/session/attributes")).setAll(
                        (ObjectNode) JSON.valueToTree(Conversation.atStep(routine.id(), step)));
                requests.add(request);
            }
        });
        List<byte[]> bodies = new ArrayList<>();
        for (JsonNode request : requests) {
            bodies.add(JSON.writeValueAsBytes(request));
        }
        return bodies;
    }
}
