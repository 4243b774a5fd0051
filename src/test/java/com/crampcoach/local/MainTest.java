package com.crampcoach.local;

import static com.crampcoach.local.SpeechPrinter.readable;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
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

    private static final String CALF_CRAMP = Words.reply("en-US", Key.RELIEF_CALF).cardTitle();

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
        assertThat(SkillHarness.speech(response)).contains(Words.firstSentence(Words.said("en-US", Key.RELIEF_CALF)));
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
        assertThat(err()).isEqualTo("error: cannot read " + dir.resolve("nope.json") + ": there is no such file\n");
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
        assertThat(CommandRun.unwrapped(out())).containsSubsequence(
                "(LaunchRequest)", "alexa> " + readable(Words.said("en-US", Key.LAUNCH)),
                "(CrampIntent bodyPart=\"calf\" ER_SUCCESS_MATCH id=CALF)",
                "alexa> " + readable(Words.firstSentence(Words.said("en-US", Key.RELIEF_CALF))),
                "[pause 10s] " + readable(Words.cue("en-US", 20)), "card:  " + CALF_CRAMP, "(listening",
                "(AMAZON.YesIntent)", "card:  " + Words.stepTitle("en-US", "calf", 0), "(listening");
    }

    @Test
    void chat_shows_a_one_shot_question_with_its_slot() {
        run("chat", "Alexa, ask cramp coach: my hamstring is cramping!");

        assertThat(out()).contains("(CrampIntent bodyPart=\"hamstring\" ER_SUCCESS_MATCH id=HAMSTRING)")
                .contains("card:  " + Words.reply("en-US", Key.RELIEF_HAMSTRING).cardTitle());
    }

    @Test
    void chat_with_an_unknown_locale_lists_the_locales_and_exits_2() {
        assertThat(run("chat", "--locale", "xx-XX", "hello")).isEqualTo(2);
        assertThat(err()).startsWith("error: no interaction model for locale 'xx-XX'; the locales are en-AU, en-CA, en-GB, en-IN, en-US\n")
                .contains("usage: java -jar target/cramp-coach.jar chat");
        assertThat(out()).isEmpty();
    }

    @Test
    void a_locale_is_found_whatever_its_letter_case() {
        assertThat(run("chat", "--locale", "en-gb", "ask cramp coach about my calf")).isZero();
        assertThat(out()).contains("(CrampIntent bodyPart=\"calf\" ER_SUCCESS_MATCH id=CALF)")
                .contains("card:  " + Words.reply("en-GB", Key.RELIEF_CALF).cardTitle());
        assertThat(err()).isEmpty();
    }

    @Test
    void an_unknown_option_exits_2_with_the_usage_and_is_never_said_to_the_skill() {
        assertThat(run("chat", "--bogus", "x")).isEqualTo(2);
        assertThat(err()).startsWith("error: unknown option '--bogus'; the options are --locale\n")
                .contains("usage: java -jar target/cramp-coach.jar chat");
        assertThat(out()).isEmpty();
    }

    @Test
    void every_command_refuses_an_unknown_option_with_exit_2() {
        for (String command : java.util.List.of("chat", "invoke", "serve", "loadtest", "benchmark")) {
            ByteArrayOutputStream commandErr = new ByteArrayOutputStream();
            int status = Main.run(new String[] {command, "--bogus", "1"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(commandErr, true, StandardCharsets.UTF_8));

            assertThat(status).as(command).isEqualTo(2);
            assertThat(commandErr.toString(StandardCharsets.UTF_8)).as(command).startsWith("error: unknown option '--bogus'")
                    .contains("usage: java -jar target/cramp-coach.jar " + command);
        }
    }

    @Test
    void an_option_without_its_value_says_what_it_needs() {
        assertThat(run("chat", "--locale")).isEqualTo(2);
        assertThat(err()).startsWith("error: --locale needs a value (--locale L)\n");
    }

    @Test
    void a_port_out_of_range_or_not_a_number_is_a_plain_error_with_exit_2() {
        for (String port : java.util.List.of("99999", "-1", "http", "3000x")) {
            err.reset();
            assertThat(run("serve", "--port", port)).as(port).isEqualTo(2);
            assertThat(err()).as(port).startsWith("error: --port must be a port from 0 to 65535 (0 picks a free one), not '" + port + "'\n")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        err.reset();
        assertThat(run("loadtest", "--port", "70000")).isEqualTo(2);
        assertThat(err()).startsWith("error: --port must be a port from 0 to 65535");
    }

    @Test
    void a_number_option_out_of_range_is_a_plain_error_with_exit_2() {
        assertThat(run("loadtest", "--clients", "0")).isEqualTo(2);
        assertThat(err()).startsWith("error: --clients must be a whole number from 1 to 256, not '0'\n");
    }

    @Test
    void invoke_of_an_envelope_with_junk_after_it_says_where_in_plain_words() throws Exception {
        Path request = dir.resolve("junk.json");
        Files.writeString(request, "{\"version\": \"1.0\"}\n  junk");

        assertThat(run("invoke", request.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("error: " + request + ": the JSON value ends at line 1, column 18, but more follows: 'junk'\n");
    }

    @Test
    void invoke_of_json_cut_short_says_it_stops_with_something_still_open() throws Exception {
        Path request = dir.resolve("cut.json");
        Files.writeString(request, "{\"version\": \"1.0\", \"request\": {\"type\": \"Launch");

        assertThat(run("invoke", request.toString())).isEqualTo(2);
        assertThat(err()).startsWith("error: " + request + ": not valid JSON: it stops at line 1, column ")
                .contains("still open, after '").doesNotContain("VALUE_STRING").hasLineCount(1);
    }

    @Test
    void an_unknown_command_exits_2_with_a_hint() {
        assertThat(run("serve-coffee")).isEqualTo(2);
        assertThat(err()).contains("unknown command").contains("chat");
    }
}
