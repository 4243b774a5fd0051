package com.crampcoach.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.Config;
import com.crampcoach.SkillHarness;
import com.crampcoach.local.Envelopes;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployed code path in a Lambda-shaped environment, as SnapStart runs it: no access-key variables,
 * credentials only from a container credentials endpoint (here a loopback server that checks the
 * authorization token), {@code AWS_LAMBDA_FUNCTION_NAME} set, and the table reached through the SDK's
 * standard {@code AWS_ENDPOINT_URL_DYNAMODB}. Environment variables cannot be set inside a running JVM,
 * so the handler runs in a JVM of its own, started with exactly that environment.
 */
class ProductionCredentialsTest {

    private static final String ACCESS_KEY = "ASIACONTAINERTEST";
    private static final String TOKEN = "container-token-" + UUID.randomUUID();

    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
    void the_deployed_handler_signs_with_container_credentials_and_finds_the_table_by_the_standard_variable(
            @TempDir Path home) throws Exception {
        AtomicInteger authorized = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        HttpServer credentials = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        credentials.createContext("/credentials", exchange -> {
            boolean ok = TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            (ok ? authorized : refused).incrementAndGet();
            byte[] body = (ok ? """
                    {"AccessKeyId": "%s", "SecretAccessKey": "container-secret", "Token": "container-session",
                     "Expiration": "%s"}""".formatted(ACCESS_KEY, Instant.now().plus(1, ChronoUnit.HOURS)) : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ok ? 200 : 403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        credentials.start();
        String user = "amzn1.ask.account." + UUID.randomUUID();
        try (LoopbackProxy dynamo = new LoopbackProxy(LocalDynamo.port())) {
            ProcessBuilder lambda = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LambdaShapedRun.class.getName());
            Map<String, String> env = lambda.environment();
            env.clear();
            env.put("SKILL_ID", Config.DEVELOPMENT_SKILL_ID);
            env.put("TABLE_NAME", LocalDynamo.TABLE);
            env.put("AWS_REGION", "us-east-1");
            env.put("AWS_LAMBDA_FUNCTION_NAME", "cramp-coach-test");
            env.put("AWS_CONTAINER_CREDENTIALS_FULL_URI",
                    "http://127.0.0.1:" + credentials.getAddress().getPort() + "/credentials");
            env.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", TOKEN);
            env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint());
            // No profile files and no instance metadata: the container endpoint is the only source left.
            env.put("HOME", home.toString());
            env.put("AWS_CONFIG_FILE", home.resolve("none").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("none").toString());
            env.put("AWS_EC2_METADATA_DISABLED", "true");
            lambda.redirectError(home.resolve("stderr.txt").toFile());
            lambda.redirectInput(writeRequest(home, user));
            Process process = lambda.start();
            byte[] out = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();

            assertThat(process.exitValue()).as(Files.readString(home.resolve("stderr.txt"))).isZero();
            JsonNode response = SkillHarness.JSON.readTree(out);
            assertThat(SkillHarness.speech(response)).as("an answer was spoken").isNotBlank();
            assertThat(refused.get()).as("requests to the credentials endpoint without the token").isZero();
            assertThat(authorized.get()).as("credentials fetched with the container token").isPositive();
            assertThat(dynamo.requests()).as("calls that reached DynamoDB through AWS_ENDPOINT_URL_DYNAMODB")
                    .isNotEmpty()
                    .allSatisfy(request -> assertThat(request.authorization()).contains("Credential=" + ACCESS_KEY + "/"));
        } finally {
            credentials.stop(0);
        }
    }

    /** "Make the holds longer" from a new user: a read and a write of the user table. */
    private static File writeRequest(Path folder, String user) throws Exception {
        Envelopes envelopes = new Envelopes(Config.DEVELOPMENT_SKILL_ID, "en-US");
        envelopes.asUser(user);
        var request = envelopes.intent(new UtteranceMatcher(InteractionModel.forLocale("en-US")).match("make the holds longer"));
        Path file = folder.resolve("request.json");
        Files.write(file, SkillHarness.JSON.writeValueAsBytes(request));
        return file.toFile();
    }
}
