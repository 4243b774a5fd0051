package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.Config;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** chat, invoke and serve take their configuration from the environment in one way ({@link Config#local}). */
class LocalConfigurationTest {

    private static final String DEPLOYED = "amzn1.ask.skill.12345678-aaaa-bbbb-cccc-1234567890ab";

    @Test
    void the_local_configuration_takes_skill_id_table_and_the_whole_environment() {
        Map<String, String> env = Map.of("SKILL_ID", " " + DEPLOYED + "\n", "TABLE_NAME", "cramp-coach",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000", "AWS_REGION", "eu-west-1");

        Config config = Config.local(env);

        assertThat(config.skillId()).isEqualTo(DEPLOYED);
        assertThat(config.tableName()).isEqualTo("cramp-coach");
        assertThat(config.env()).isEqualTo(env);
    }

    @Test
    void without_skill_id_or_table_it_is_the_development_skill_remembering_nothing() {
        Config config = Config.local(Map.of("SKILL_ID", " ", "TABLE_NAME", ""));

        assertThat(config.skillId()).isEqualTo(Config.DEVELOPMENT_SKILL_ID);
        assertThat(config.tableName()).isNull();
    }

    private static Process start(Map<String, String> env, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("TABLE_NAME");
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void chat_speaks_as_the_skill_named_by_skill_id() throws Exception {
        Process chat = start(Map.of("SKILL_ID", DEPLOYED), "chat", "ask cramp coach what do I do for a calf cramp");
        String out = new String(chat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        chat.getErrorStream().readAllBytes();

        assertThat(chat.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(chat.exitValue()).isZero();
        assertThat(out).contains("toes up toward your shin");
    }

    @Test
    void invoke_with_skill_id_set_refuses_an_envelope_for_the_development_skill() throws Exception {
        Process invoke = start(Map.of("SKILL_ID", DEPLOYED), "invoke", "events/calf-cramp.json");
        String err = new String(invoke.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(invoke.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(invoke.exitValue()).isEqualTo(1);
        assertThat(err).contains("another skill").hasLineCount(1);
    }

    @Test
    void serve_announces_the_skill_id_and_table_it_was_given() throws Exception {
        Process serve = start(Map.of("SKILL_ID", DEPLOYED, "TABLE_NAME", "cramp-coach"), "serve", "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            out.readLine();
            out.readLine();
            String third = out.readLine();

            assertThat(third).contains("skill ID " + DEPLOYED).contains("table cramp-coach");
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_skill_id_that_is_not_one_stops_a_local_command_with_one_line() throws Exception {
        Process invoke = start(Map.of("SKILL_ID", "my skill"), "invoke", "events/calf-cramp.json");
        String err = new String(invoke.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(invoke.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(invoke.exitValue()).isEqualTo(2);
        assertThat(err).contains("SKILL_ID is not a skill ID").hasLineCount(1);
    }
}
