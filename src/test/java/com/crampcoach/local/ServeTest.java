package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.Config;
import com.crampcoach.SkillHarness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The development HTTP server, on a free loopback port. */
class ServeTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private Serve serve;
    private URI uri;

    @BeforeEach
    void start() throws Exception {
        serve = new Serve(0, Config.development());
        serve.start();
        uri = URI.create("http://127.0.0.1:" + serve.port() + "/");
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_request_envelope_posted_to_the_root_gets_the_skills_response() throws Exception {
        byte[] body = SkillHarness.JSON.writeValueAsBytes(new SkillHarness().envelopes.intent("CalfCrampIntent"));

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SkillHarness.speech(SkillHarness.JSON.readTree(response.body()))).contains("toes up toward your shin");
    }

    @Test
    void a_malformed_body_gets_400_with_a_json_error() throws Exception {
        HttpResponse<String> response = post("{\"version\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SkillHarness.JSON.readTree(response.body()).path("error").asText()).contains("not valid JSON");
    }

    @Test
    void a_request_for_another_skill_gets_403() throws Exception {
        JsonNode envelope = new SkillHarness().envelopes.intent("CalfCrampIntent");
        ((ObjectNode) envelope.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.other");

        HttpResponse<String> response = post(SkillHarness.JSON.writeValueAsBytes(envelope));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("another skill");
    }

    @Test
    void only_post_to_the_root_is_served() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(405);
        assertThat(http.send(HttpRequest.newBuilder(uri.resolve("/admin")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void it_listens_on_loopback_only() throws Exception {
        assertThat(serve.address()).isEqualTo(InetAddress.getLoopbackAddress());
    }

    @Test
    void the_command_says_it_does_not_verify_signatures_and_stops_cleanly_on_sigterm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        String second = out.readLine();

        process.toHandle().destroy(); // SIGTERM, leaving our end of its output open

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        StringBuilder rest = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            rest.append(line).append('\n');
        }
        assertThat(first).contains("http://127.0.0.1:");
        assertThat(second).contains("loopback only").contains("NOT verified");
        assertThat(rest.toString()).contains("serve: stopped");
    }
}
