package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crampcoach.log.Logging;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a deployer sets and what the logs keep: the skill ID, the application IDs a request names, log fields. */
class ConfigurationAndLogsTest {

    private static final String ID = Config.DEVELOPMENT_SKILL_ID;

    private static boolean accepted(String skillId) {
        try {
            return Config.fromEnvironment(Map.of("SKILL_ID", skillId)).skillId().equals(skillId.strip());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    @Test
    void a_skill_id_with_surrounding_whitespace_is_trimmed_and_the_skill_answers() {
        Config config = Config.fromEnvironment(Map.of("SKILL_ID", "  " + ID + " \t\n"));
        CrampCoachHandler handler = new CrampCoachHandler(config);

        JsonNode response = SkillHarness.send(handler, bytes(new SkillHarness().envelopes.intent("CalfCrampIntent")));

        assertThat(config.skillId()).isEqualTo(ID);
        assertThat(SkillHarness.speech(response)).contains("toes up toward your shin");
    }

    @Test
    void a_skill_id_that_is_not_one_refuses_to_start_and_says_why() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("SKILL_ID", "my skill")))
                .hasMessageContaining("SKILL_ID is not a skill ID");
    }

    @Test
    void the_templates_allowed_pattern_accepts_exactly_what_the_code_accepts() throws Exception {
        Matcher line = Pattern.compile("(?m)^\\s+AllowedPattern: '(.*)'$").matcher(Files.readString(Path.of("template.yaml")));
        assertThat(line.find()).isTrue();
        Pattern template = Pattern.compile(line.group(1));
        List<String> candidates = List.of(ID, "amzn1.ask.skill.89751fb9-1ce8-4d5e-9d16-5b3b7f8b7e1a",
                "amzn1.ask.skill.ABC-def-123", "amzn1.ask.skill.", "amzn1.ask.skill", "amzn1.ask.skill.a b",
                "amzn1.ask.skill.x/y", "amzn1.ask.skill.x\u0000", "amzn1.echo-sdk-ams.app.1234", "amzn1xaskxskill.abc",
                "AMZN1.ASK.SKILL.abc", "skill", "amzn1.ask.skill.abc\namzn1.ask.skill.def", "amzn1.ask.skill.é");

        for (String id : candidates) {
            assertThat(template.matcher(id).matches()).as(id).isEqualTo(accepted(id));
            // Surrounding whitespace: forgiven by the code; refused by the template, whose trigger would keep it.
            assertThat(accepted(" " + id + "\n")).as("padded " + id).isEqualTo(accepted(id));
            assertThat(template.matcher(" " + id).matches()).as("padded " + id).isFalse();
        }
        assertThat(candidates.stream().filter(ConfigurationAndLogsTest::accepted)).hasSize(3);
    }

    @Test
    void a_session_naming_another_skill_is_refused_like_a_request_for_another_skill() {
        ObjectNode envelope = new SkillHarness().envelopes.intent("CalfCrampIntent");
        ((ObjectNode) envelope.at("/session/application")).put("applicationId", "amzn1.ask.skill.someone-else");

        assertThatThrownBy(() -> SkillHarness.send(envelope))
                .isInstanceOfSatisfying(SkillGate.Rejected.class, e -> assertThat(e.forAnotherSkill()).isTrue())
                .hasMessageContaining("another skill");
    }

    @Test
    void a_session_application_id_that_is_not_text_is_refused_as_malformed() {
        ObjectNode envelope = new SkillHarness().envelopes.intent("CalfCrampIntent");
        ((ObjectNode) envelope.at("/session/application")).putArray("applicationId").add(ID);

        assertThatThrownBy(() -> SkillHarness.send(envelope))
                .isInstanceOfSatisfying(SkillGate.Rejected.class, e -> assertThat(e.forAnotherSkill()).isFalse());
    }

    @Test
    void a_session_that_names_this_skill_or_no_application_is_answered() {
        ObjectNode agreeing = new SkillHarness().envelopes.intent("CalfCrampIntent");
        ObjectNode without = new SkillHarness().envelopes.intent("CalfCrampIntent");
        ((ObjectNode) without.at("/session")).remove("application");

        assertThat(SkillHarness.speech(SkillHarness.send(agreeing))).contains("toes up toward your shin");
        assertThat(SkillHarness.speech(SkillHarness.send(without))).contains("toes up toward your shin");
    }

    @Test
    void request_fields_are_logged_capped_and_escaped() {
        ObjectNode envelope = new SkillHarness().envelopes.intent("CalfCrampIntent");
        String hugeIntent = "Huge" + "A".repeat(5 * 1024 * 1024);
        ((ObjectNode) envelope.at("/request/intent")).put("name", hugeIntent + "\r\nINFO forged line");
        ((ObjectNode) envelope.at("/request")).put("requestId", "id\nERROR forged \u001b[31mred\u001b[0m \u202Eevil \u2028x");
        ((ObjectNode) envelope.at("/request")).put("locale", "xx\u001b]0;title\u0007-YY\r\nWARN forged");

        String logged = logsOf(() -> SkillHarness.send(envelope));

        assertThat(logged).contains("No handler for intent HugeAAAA"); // the unknown-intent warning names it, capped
        if (LoggerFactory.getLogger("request").isInfoEnabled()) {
            // The request's entry is one JSON object on one line: the forged text is in its fields, capped, not in new lines.
            JsonNode entry = logged.lines().filter(l -> l.startsWith("{")).map(ConfigurationAndLogsTest::json)
                    .filter(e -> e.path("outcome").asText().equals("answered")).findFirst().orElseThrow();
            assertThat(entry.path("intent").asText()).startsWith("HugeAAAA").endsWith("(" + (hugeIntent.length() + 18) + " chars)");
            assertThat(entry.path("requestId").asText()).startsWith("id\nERROR forged \u001b[31m");
        }
        assertThat(logged.length()).as("a 5 MiB intent name is not logged whole").isLessThan(20_000);
        assertThat(logged).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E")
                .doesNotContain("\u2028").doesNotContain("\r");
        assertThat(logged.lines()).noneMatch(l -> l.startsWith("INFO forged") || l.startsWith("ERROR forged")
                || l.startsWith("WARN forged"));
        assertThat(Logging.field(hugeIntent)).hasSizeLessThan(200).endsWith("(" + hugeIntent.length() + " chars)");
    }

    @Test
    void a_logged_failure_is_one_json_entry_at_error_with_its_frames_but_not_with_raw_request_text() {
        Throwable thrown = new IllegalArgumentException("For input string: \"x\r\nERROR forged\u001b[2J\"",
                new RuntimeException("cause\nWARN forged"));

        String logged = logsOf(() -> LoggerFactory.getLogger("com.crampcoach.Test").error("Storage said {}", "no", thrown));

        assertThat(logged.lines()).as("one line: " + logged).hasSize(1);
        assertThat(logged).doesNotContain("\r").doesNotContain("\u001b");
        JsonNode entry = json(logged.strip());
        assertThat(entry.path("level").asText()).isEqualTo("ERROR");
        assertThat(entry.path("logger").asText()).isEqualTo("com.crampcoach.Test");
        assertThat(entry.path("message").asText()).isEqualTo("Storage said no");
        assertThat(entry.at("/error/type").asText()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(entry.at("/error/message").asText()).startsWith("For input string: \"x\r\nERROR forged");
        assertThat(entry.at("/error/frames/0").asText()).isEqualTo(thrown.getStackTrace()[0].toString());
        assertThat(entry.at("/error/cause/type").asText()).isEqualTo("java.lang.RuntimeException");
    }

    @Test
    void a_level_below_log_level_is_not_written() {
        String logged = logsOf(() -> LoggerFactory.getLogger("com.crampcoach.Test").trace("not wanted"));

        assertThat(logged).isEmpty();
    }

    private static String logsOf(Runnable action) {
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            action.run();
        } finally {
            System.setErr(realErr);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String line) {
        try {
            return SkillHarness.JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode envelope) {
        try {
            return SkillHarness.JSON.writeValueAsBytes(envelope);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
