package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gate's one log line per request: what came in, what became of it, and how long it took, as JSON. */
class SkillGateLogTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realErr;

    @BeforeEach
    void capture_standard_error() {
        realErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore_standard_error() {
        System.setErr(realErr);
    }

    /** The JSON of each request log line written so far. */
    private List<JsonNode> lines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("request - {"))
                .map(line -> {
                    try {
                        return SkillHarness.JSON.readTree(line.substring(line.indexOf('{')));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    @Test
    void an_answered_request_is_logged_with_its_id_intent_locale_outcome_and_a_plausible_latency() throws IOException {
        SkillHarness.send(Files.readAllBytes(Path.of("events/calf-cramp.json")));

        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.path("type").asText()).isEqualTo("IntentRequest");
            assertThat(line.path("intent").asText()).isEqualTo("CalfCrampIntent");
            assertThat(line.path("locale").asText()).isEqualTo("en-US");
            assertThat(line.path("requestId").asText()).startsWith("amzn1.echo-api.request.");
            assertThat(line.path("outcome").asText()).isEqualTo("answered");
            assertThat(line.path("latencyMs").asDouble()).isBetween(0.0, 60_000.0);
        });
    }

    @Test
    void a_request_for_another_skill_is_logged_as_rejected_with_the_reason() throws IOException {
        byte[] other = Files.readAllBytes(Path.of("events/other-skill.json"));

        assertThatThrownBy(() -> SkillHarness.send(other)).isInstanceOf(SkillGate.Rejected.class);
        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.path("outcome").asText()).isEqualTo("rejected: the request is for another skill");
            assertThat(line.path("latencyMs").asDouble()).isBetween(0.0, 60_000.0);
        });
    }
}
