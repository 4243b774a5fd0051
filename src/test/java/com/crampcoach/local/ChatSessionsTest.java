package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.crampcoach.content.Preferences;
import com.crampcoach.content.RoutineRenderer;
import com.crampcoach.memory.LocalDynamo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code chat} ends sessions as Alexa does: a new invocation while a session is open ends it first with a
 * SessionEndedRequest (USER_INITIATED), and staying silent gets the reprompt once, then a SessionEndedRequest
 * (EXCEEDED_MAX_REPROMPTS). With memory, either one saves a routine's place, and the next launch offers it back.
 */
class ChatSessionsTest {

    private static final String BEDTIME = "ask cramp coach to start my bedtime stretches";
    /** The second step's card, as chat prints it. */
    private static final String SECOND_STEP = "card:  " + Words.stepTitle("en-US", "bedtime", 1);
    /** The launch's offer to carry on at the second step, as chat prints its first sentence. */
    private static final String WELCOME_BACK = SpeechPrinter.readable(Words.firstSentence(Words.said("en-US",
            Key.RESUME_OFFER, Map.of("step", Words.stepName("en-US", "bedtime", 1),
                    "routine", Words.routine("en-US", "bedtime").name()))));
    /** The second step's reprompt, as chat prints it when the person says nothing. */
    private static final String SECOND_STEP_REPROMPT = SpeechPrinter.readable(RoutineRenderer.step(Words.in("en-US"),
            Words.routine("en-US", "bedtime"), 1, null, Preferences.DEFAULT).reprompt());

    /**
     * The real command in a JVM of its own, remembering in a fresh table of the shared DynamoDB Local, reached
     * through the variables a developer sets (the endpoint variable is the AWS SDK's own).
     */
    private static CommandRun chatWithMemory(String... utterances) throws IOException, InterruptedException {
        String table = "chat-" + UUID.randomUUID();
        LocalDynamo.createTable(LocalDynamo.client().get(), table);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "chat"));
        command.addAll(List.of(utterances));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(Map.of("TABLE_NAME", table, "AWS_ENDPOINT_URL_DYNAMODB", LocalDynamo.endpoint(),
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
        builder.environment().remove("SKILL_ID");
        Process process = builder.start();
        process.getOutputStream().close();
        // Small outputs: read one stream after the other without a stall.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CommandRun(process.exitValue(), out, err);
    }

    @Test
    void a_new_invocation_mid_routine_ends_the_open_session_so_the_place_is_saved() throws Exception {
        CommandRun chat = chatWithMemory(BEDTIME, "next", "open cramp coach");

        assertThat(chat.status()).as(chat.err()).isZero();
        assertThat(chat.unwrapped()).containsSubsequence(SECOND_STEP, "you> open cramp coach",
                "(a new invocation ends the open session first: SessionEndedRequest, reason USER_INITIATED)",
                "(LaunchRequest)", "alexa> " + WELCOME_BACK);
    }

    @Test
    void silence_after_the_reprompt_ends_the_session_and_the_place_is_saved() throws Exception {
        CommandRun chat = chatWithMemory(BEDTIME, "next", Chat.SILENCE, Chat.SILENCE, "open cramp coach");

        assertThat(chat.status()).as(chat.err()).isZero();
        assertThat(chat.unwrapped()).containsSubsequence(SECOND_STEP,
                "(silence: Alexa says the reprompt and listens once more)",
                "alexa> " + SECOND_STEP_REPROMPT,
                "(silence again: the session ends: SessionEndedRequest, reason EXCEEDED_MAX_REPROMPTS)",
                "(LaunchRequest)", "alexa> " + WELCOME_BACK);
    }

    @Test
    void one_silence_only_repeats_the_reprompt_and_the_session_goes_on() {
        CommandRun chat = CommandRun.of("chat", BEDTIME, Chat.SILENCE, "next");

        assertThat(chat.status()).isZero();
        assertThat(chat.out()).containsSubsequence("(silence: Alexa says the reprompt and listens once more)",
                "you> next", "(AMAZON.NextIntent)", SECOND_STEP);
        assertThat(chat.out()).doesNotContain("EXCEEDED_MAX_REPROMPTS").doesNotContain("(no open session");
    }

    @Test
    void silence_with_no_session_open_sends_nothing() {
        CommandRun chat = CommandRun.of("chat", Chat.SILENCE);

        assertThat(chat.status()).isZero();
        assertThat(chat.out()).contains("(silence; no session is open, so nothing happens)").doesNotContain("alexa>");
    }
}
