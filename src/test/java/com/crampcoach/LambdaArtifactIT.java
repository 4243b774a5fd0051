package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.local.Envelopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code sam build} deploys, tested after {@code package} (Maven's failsafe runs {@code *IT}): it
 * holds the skill and none of the developer's tools, and it answers when Lambda's own runtime client
 * ({@code aws-lambda-java-runtime-interface-client}) loads it from a task root laid out as the Makefile lays it
 * out ({@code lib/cramp-coach-lambda.jar}) and takes its requests from a loopback stand-in for Lambda's Runtime
 * API. The runtime starts as a SnapStart function does: it runs the checkpoint hooks (priming) and asks for
 * {@code /restore/next} before the first invocation.
 */
class LambdaArtifactIT {

    private static final Path JAR = Path.of("target", "cramp-coach-lambda.jar");
    private static final String API = "/2018-06-01/runtime";
    /** How long the stand-in waits for the runtime: generous, since a cold JVM on a busy 2-core machine is slow. */
    private static final long WAIT_SECONDS = 120;

    private static HttpServer runtimeApi;
    private static final BlockingQueue<String> invocations = new LinkedBlockingQueue<>();
    private static final Map<String, BlockingQueue<String>> answers = new ConcurrentHashMap<>();
    private static final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startRuntimeApi() throws IOException {
        runtimeApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        runtimeApi.createContext(API, LambdaArtifactIT::runtimeCall);
        runtimeApi.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        runtimeApi.start();
    }

    @AfterAll
    static void stopRuntimeApi() {
        runtimeApi.stop(0);
    }

    @Test
    void the_lambda_jar_holds_the_skill_its_content_and_screens_and_none_of_the_tools() throws IOException {
        List<String> entries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(e -> e.getName()).toList();
        }
        assertThat(entries).contains("com/crampcoach/CrampCoachHandler.class", "content/en-US/relief.xml",
                "content/screens/step.json");
        assertThat(entries).as("the command line, linter, model generator and their files are not deployed")
                .noneMatch(name -> name.startsWith("com/crampcoach/local/") || name.startsWith("com/crampcoach/lint/")
                        || name.startsWith("com/crampcoach/model/") || name.startsWith("interactionModels/")
                        || name.startsWith("events/"));
    }

    @Test
    void lambdas_runtime_client_primes_the_jar_before_the_snapshot_and_it_answers_as_the_skill_does_in_process(
            @TempDir Path taskRoot) throws Exception {
        Files.createDirectories(taskRoot.resolve("lib"));
        Files.copy(JAR, taskRoot.resolve("lib").resolve(JAR.getFileName()));
        Path log = Path.of("target", "lambda-runtime-client.log"); // kept for reading after a failure

        Envelopes us = new Envelopes(Config.DEVELOPMENT_SKILL_ID, "en-US");
        Envelopes gb = new Envelopes(Config.DEVELOPMENT_SKILL_ID, "en-GB");
        Map<String, JsonNode> requests = new LinkedHashMap<>();
        requests.put("launch", us.launch());
        requests.put("calf", us.intent("CalfCrampIntent"));
        requests.put("emergency-gb", gb.intent("EmergencyIntent"));
        requests.put("other-skill", otherSkill(us.intent("CalfCrampIntent")));

        Process runtime = startRuntime(taskRoot, log);
        try {
            Map<String, String> got = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> request : requests.entrySet()) {
                got.put(request.getKey(), invoke(request.getKey(), request.getValue(), runtime, log));
            }
            for (String name : List.of("launch", "calf", "emergency-gb")) {
                JsonNode inProcess = SkillHarness.send(requests.get(name));
                JsonNode fromJar = SkillHarness.JSON.readTree(got.get(name));
                assertThat(SkillHarness.speech(fromJar)).as(name).isNotBlank()
                        .isEqualTo(SkillHarness.speech(inProcess));
                assertThat(fromJar.at("/response/shouldEndSession")).as(name)
                        .isEqualTo(inProcess.at("/response/shouldEndSession"));
            }
            assertThat(got.get("other-skill")).as("another skill's request is refused, not answered")
                    .startsWith("error ");
        } finally {
            runtime.destroy();
            runtime.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        String output = Files.readString(log);
        assertThat(calls).as("the runtime ran the checkpoint hooks before asking for its first request" + output)
                .startsWith("GET /restore/next", "GET /invocation/next");
        assertThat(calls).as(output).doesNotContain("POST /init/error", "POST /restore/error");
        assertThat(output).contains("Primed with");
        // Lambda's JSON log format keeps a line's fields and filters by its level only when the line is a JSON object.
        for (String line : output.lines().toList()) {
            JsonNode entry = SkillHarness.JSON.readTree(line);
            assertThat(entry.isObject() && entry.path("level").isTextual()).as("a JSON entry with a level: " + line).isTrue();
        }
        assertThat(output.lines().map(LambdaArtifactIT::json).filter(e -> e.path("logger").asText().equals("request")))
                .as("one request entry per answered or refused request").hasSize(4)
                .allSatisfy(e -> assertThat(e.path("AWSRequestId").asText()).isNotBlank());
    }

    private static JsonNode json(String line) {
        try {
            return SkillHarness.JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts Lambda's runtime client on the task root, with the environment Lambda gives a SnapStart function. */
    private static Process startRuntime(Path taskRoot, Path log) throws IOException {
        String runtimeClasspath = runtimeClientJars();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // What lets org.crac (the skill's checkpoint hook) reach the runtime client's CRaC implementation.
                "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac",
                "-cp", runtimeClasspath,
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                "com.crampcoach.CrampCoachHandler::handleRequest")
                .directory(taskRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + runtimeApi.getAddress().getPort());
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "CrampCoachFunction");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_LOG_FORMAT", "JSON");
        env.put("AWS_LAMBDA_LOG_LEVEL", "INFO");
        env.put("AWS_REGION", "us-east-1");
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("_HANDLER", "com.crampcoach.CrampCoachHandler::handleRequest");
        env.put("SKILL_ID", Config.DEVELOPMENT_SKILL_ID);
        env.put("LOG_LEVEL", "INFO");
        return builder.start();
    }

    /** The runtime client and what it depends on, from the test class path: never the skill's own jars. */
    private static String runtimeClientJars() {
        List<String> jars = java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("aws-lambda-java-runtime-interface-client")
                        || entry.contains("aws-lambda-java-serialization") || entry.contains("aws-lambda-java-core")
                        || entry.contains("utils-lite") || entry.contains("awssdk" + File.separator + "annotations"))
                .toList();
        assertThat(jars).as("the runtime client on the test class path").anyMatch(j -> j.contains("runtime-interface-client"));
        return jars.stream().collect(Collectors.joining(File.pathSeparator));
    }

    /** Queues one request for the runtime and waits for what it posts back: the answer, or "error ..." */
    private static String invoke(String id, JsonNode request, Process runtime, Path log) throws Exception {
        answers.put(id, new LinkedBlockingQueue<>());
        invocations.put(id + "\n" + SkillHarness.JSON.writeValueAsString(request));
        String answer = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (answer == null && runtime.isAlive() && System.nanoTime() < deadline) {
            answer = answers.get(id).poll(1, TimeUnit.SECONDS);
        }
        assertThat(answer).as("the runtime answered " + id + " (alive: " + runtime.isAlive() + ")\n"
                + Files.readString(log)).isNotNull();
        return answer;
    }

    private static JsonNode otherSkill(JsonNode request) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = request.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.at("/context/System/application"))
                .put("applicationId", "amzn1.ask.skill.11111111-2222-3333-4444-555555555555");
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.at("/session/application"))
                .put("applicationId", "amzn1.ask.skill.11111111-2222-3333-4444-555555555555");
        return copy;
    }

    /** Lambda's Runtime API, as much of it as a function's runtime calls. */
    private static void runtimeCall(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(API.length());
        String method = exchange.getRequestMethod();
        byte[] body = exchange.getRequestBody().readAllBytes();
        try (exchange) {
            if (method.equals("GET") && path.equals("/invocation/next")) {
                calls.add("GET /invocation/next");
                String next = invocations.poll(WAIT_SECONDS * 2, TimeUnit.SECONDS);
                if (next == null) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                String id = next.substring(0, next.indexOf('\n'));
                byte[] event = next.substring(next.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", id);
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + 7_000));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:us-east-1:123456789012:function:CrampCoachFunction:live");
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, event.length);
                exchange.getResponseBody().write(event);
            } else if (method.equals("GET") && path.equals("/restore/next")) {
                calls.add("GET /restore/next");
                exchange.sendResponseHeaders(200, -1);
            } else if (method.equals("POST") && path.startsWith("/invocation/")) {
                String[] parts = path.split("/"); // "", "invocation", id, "response" | "error"
                String text = new String(body, StandardCharsets.UTF_8);
                answers.get(parts[2]).add(parts[3].equals("response") ? text : "error " + text);
                exchange.sendResponseHeaders(202, -1);
            } else {
                calls.add(method + " " + path);
                exchange.sendResponseHeaders(202, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
