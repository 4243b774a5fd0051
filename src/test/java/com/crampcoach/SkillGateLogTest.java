package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazonaws.services.lambda.runtime.Context;
import com.crampcoach.content.Content;
import com.crampcoach.conversation.ErrorHandler;
import com.crampcoach.conversation.Parts;
import com.crampcoach.memory.Memory;
import com.crampcoach.screen.Screens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gate's one log entry per request, as Lambda's JSON log format keeps it: one JSON object on one line, with
 * a level, what came in, what became of it and how long it took; and nothing personal.
 */
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

    private String logged() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Every line written so far that is a JSON object: what Lambda keeps as fields. */
    private List<JsonNode> entries() {
        return logged().lines().filter(line -> line.startsWith("{")).map(SkillGateLogTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return SkillHarness.JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void an_answered_request_is_one_json_object_with_level_ids_type_intent_locale_outcome_and_duration() throws IOException {
        Context lambda = mock(Context.class);
        when(lambda.getAwsRequestId()).thenReturn("7d1e5b6c-0000-4000-8000-00000000c0ac");
        CrampCoachHandler handler = new CrampCoachHandler(Config.development());

        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of("events/calf-cramp.json"))),
                new ByteArrayOutputStream(), lambda);

        assertThat(logged().lines()).as("every line is one whole JSON object").singleElement()
                .satisfies(line -> assertThat(parse(line).isObject()).isTrue());
        JsonNode entry = entries().get(0);
        assertThat(entry.path("level").asText()).isEqualTo("INFO");
        assertThat(Instant.parse(entry.path("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(entry.path("requestId").asText()).isEqualTo("amzn1.echo-api.request.00000000-0000-0000-0000-000000000002");
        assertThat(entry.path("AWSRequestId").asText()).isEqualTo("7d1e5b6c-0000-4000-8000-00000000c0ac");
        assertThat(entry.path("type").asText()).isEqualTo("IntentRequest");
        assertThat(entry.path("intent").asText()).isEqualTo("CalfCrampIntent");
        assertThat(entry.path("locale").asText()).isEqualTo("en-US");
        assertThat(entry.path("outcome").asText()).isEqualTo("answered");
        assertThat(entry.path("durationMs").isNumber()).isTrue();
        assertThat(entry.path("durationMs").asDouble()).isBetween(0.0, 60_000.0);
        assertThat(entry.has("error")).isFalse();
    }

    @Test
    void a_request_without_an_intent_logs_the_intent_as_null() {
        SkillHarness.send(new SkillHarness().envelopes.launch());

        assertThat(entries()).singleElement().satisfies(entry -> {
            assertThat(entry.path("type").asText()).isEqualTo("LaunchRequest");
            assertThat(entry.path("intent").isNull()).isTrue();
        });
    }

    @Test
    void a_request_for_another_skill_is_logged_as_rejected_with_the_reason() throws IOException {
        byte[] other = Files.readAllBytes(Path.of("events/other-skill.json"));

        assertThatThrownBy(() -> SkillHarness.send(other)).isInstanceOf(SkillGate.Rejected.class);
        assertThat(entries()).singleElement().satisfies(entry -> {
            assertThat(entry.path("level").asText()).isEqualTo("INFO");
            assertThat(entry.path("outcome").asText()).isEqualTo("rejected");
            assertThat(entry.path("reason").asText()).isEqualTo("the request is for another skill");
            assertThat(entry.path("durationMs").asDouble()).isBetween(0.0, 60_000.0);
        });
    }

    @Test
    void no_user_id_slot_value_or_session_attribute_is_logged_and_a_forged_100_kb_field_is_cut() {
        String user = "amzn1.ask.account.PRIVATE-PERSON-4711";
        String slotWords = "my secret hammy xyzzy";
        ObjectNode envelope = new SkillHarness().envelopes.intent("CrampIntent");
        ((ObjectNode) envelope.at("/session/user")).put("userId", user);
        ((ObjectNode) envelope.at("/context/System/user")).put("userId", user);
        ((ObjectNode) envelope.at("/session/attributes")).put("note", "attribute-plugh");
        ObjectNode slot = ((ObjectNode) envelope.at("/request/intent")).putObject("slots").putObject("bodyPart");
        slot.put("name", "bodyPart").put("value", slotWords);
        slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                .put("authority", "amzn1.er-authority.echo-sdk.x.BodyPart")
                .putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
        String forged = "amzn1.echo-api.request." + "F".repeat(100 * 1024);
        ((ObjectNode) envelope.at("/request")).put("requestId", forged);

        SkillHarness.send(envelope);

        assertThat(logged()).doesNotContain(user).doesNotContain("PRIVATE-PERSON").doesNotContain("xyzzy")
                .doesNotContain("hammy").doesNotContain("plugh");
        assertThat(entries()).singleElement().satisfies(entry -> {
            assertThat(entry.path("requestId").asText()).startsWith("amzn1.echo-api.request.FFFF")
                    .endsWith("(" + forged.length() + " chars)");
            assertThat(entry.path("intent").asText()).isEqualTo("CrampIntent");
        });
        assertThat(logged().lines().filter(line -> line.startsWith("{")))
                .allSatisfy(line -> assertThat(line).hasSizeLessThan(1_000));
    }

    @Test
    void a_failure_is_one_entry_at_error_with_the_exception_type_a_safe_message_and_its_frames() {
        Parts parts = new Parts(Content.load(), Memory.none(), Screens.load());
        RequestHandler failing = new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return true;
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                throw new IllegalStateException("broken\r\nERROR forged \u001b[2J" + "x".repeat(10_000),
                        new ArithmeticException("the cause"));
            }
        };
        // The gate and catch-all Lambda runs, in front of a skill whose one handler throws.
        SkillStreamHandler handler = new SkillStreamHandler(new SkillGate(Config.DEVELOPMENT_SKILL_ID,
                new CustomSkillBuilder().addRequestHandlers(failing).addExceptionHandler(new ErrorHandler(parts)).build())) {
        };
        ByteArrayOutputStream answer = new ByteArrayOutputStream();

        try {
            handler.handleRequest(new ByteArrayInputStream(bytes(new SkillHarness().envelopes.intent("AMAZON.HelpIntent"))),
                    answer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(answer.toString(StandardCharsets.UTF_8)).as("the person still hears an answer").contains("outputSpeech");
        assertThat(logged().lines()).as("no other line: the failure is in the entry").hasSize(1);
        assertThat(entries()).singleElement().satisfies(entry -> {
            assertThat(entry.path("level").asText()).isEqualTo("ERROR");
            assertThat(entry.path("outcome").asText()).isEqualTo("failed");
            assertThat(entry.path("intent").asText()).isEqualTo("AMAZON.HelpIntent");
            assertThat(entry.at("/error/type").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(entry.at("/error/message").asText()).startsWith("broken\r\nERROR forged").hasSizeLessThan(200);
            assertThat(entry.at("/error/frames").size()).isBetween(1, 8);
            assertThat(entry.at("/error/frames/0").asText()).contains("SkillGateLogTest");
            assertThat(entry.at("/error/cause/type").asText()).isEqualTo("java.lang.ArithmeticException");
        });
        assertThat(logged()).doesNotContain("\r").doesNotContain("\u001b");
    }

    private static byte[] bytes(JsonNode envelope) {
        try {
            return SkillHarness.JSON.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
