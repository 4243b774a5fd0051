package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The developer's command line, run as {@code java -jar target/cramp-coach.jar} would run it. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void invoke_prints_the_response_envelope_for_a_request_envelope() throws Exception {
        Path request = dir.resolve("calf.json");
        Files.write(request, SkillHarness.JSON.writeValueAsBytes(new SkillHarness().envelopes.intent("CalfCrampIntent")));

        int status = run("invoke", request.toString());

        assertThat(status).isZero();
        JsonNode response = SkillHarness.JSON.readTree(out());
        assertThat(SkillHarness.speech(response)).contains("toes up toward your shin");
        assertThat(err()).isEmpty();
    }

    @Test
    void invoke_with_malformed_json_exits_2_with_one_clear_line() throws Exception {
        Path request = dir.resolve("broken.json");
        Files.writeString(request, "{\"version\": \"1.0\", \"request\": ");

        int status = run("invoke", request.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("error: " + request + ": not valid JSON").hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    @Test
    void invoke_with_json_that_is_not_an_envelope_exits_2() throws Exception {
        Path request = dir.resolve("list.json");
        Files.writeString(request, "[1, 2, 3]");

        assertThat(run("invoke", request.toString())).isEqualTo(2);
        assertThat(err()).contains("not a JSON object").hasLineCount(1);
    }

    @Test
    void invoke_with_a_missing_file_exits_2() {
        assertThat(run("invoke", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err()).startsWith("error: cannot read").hasLineCount(1);
    }

    @Test
    void invoke_refuses_a_request_for_another_skill_with_one_line_and_no_stack_trace() throws Exception {
        JsonNode envelope = new SkillHarness().envelopes.intent("CalfCrampIntent");
        ((com.fasterxml.jackson.databind.node.ObjectNode) envelope.at("/context/System/application"))
                .put("applicationId", "amzn1.ask.skill.someone-else");
        Path request = dir.resolve("other.json");
        Files.write(request, SkillHarness.JSON.writeValueAsBytes(envelope));

        assertThat(run("invoke", request.toString())).isEqualTo(1);
        assertThat(err()).contains("Rejected: the request is for another skill").hasLineCount(1).doesNotContain("at com.");
        assertThat(out()).isEmpty();
    }

    @Test
    void chat_plays_utterances_as_turns_of_one_session() {
        int status = run("chat", "open cramp coach", "my calf is cramping", "yes");

        assertThat(status).isZero();
        assertThat(out()).containsSubsequence(
                "(LaunchRequest)", "alexa> Cramp Coach; I'm not a doctor. Where's the cramp?",
                "(CalfCrampIntent)", "alexa> Straighten your leg and pull your toes up toward your shin.",
                "[pause 10s] Twenty seconds left.", "card:  Calf cramp", "(listening",
                "(AMAZON.YesIntent)", "towel", "card:  Calf routine: 1 of 3", "(listening");
    }

    @Test
    void chat_shows_a_one_shot_question_with_its_slot() {
        run("chat", "Alexa, ask cramp coach: my thigh is cramping!");

        assertThat(out()).contains("(CrampIntent bodyPart=\"thigh\" ER_SUCCESS_MATCH id=QUADRICEPS)")
                .contains("card:  Front of thigh cramp");
    }

    @Test
    void chat_with_an_unknown_locale_says_so_and_exits_2() {
        assertThat(run("chat", "--locale", "xx-XX", "hello")).isEqualTo(2);
        assertThat(err()).contains("no interaction model for locale xx-XX");
    }

    @Test
    void an_unknown_command_exits_2_with_a_hint() {
        assertThat(run("serve-coffee")).isEqualTo(2);
        assertThat(err()).contains("unknown command").contains("chat");
    }
}
