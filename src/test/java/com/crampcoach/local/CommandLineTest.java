package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The developer's command line: help for every command, a useful unknown-command message, readable transcripts. */
class CommandLineTest {

    private static final List<String> COMMANDS = List.of("chat", "invoke", "serve", "benchmark", "loadtest", "lint",
            "help");

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat", "invoke", "serve", "benchmark", "loadtest", "lint"})
    void every_command_answers_help_with_its_own_usage_and_does_nothing_else(String command) {
        for (String help : List.of("--help", "-h")) {
            CommandRun output = run(command, help);

            assertThat(output.status()).isZero();
            assertThat(output.out()).startsWith("usage: java -jar target/cramp-coach.jar " + command)
                    .doesNotContain("alexa>", "you>");
            assertThat(output.err()).isEmpty();
            assertThat(run("help", command).out()).isEqualTo(output.out());
        }
    }

    @Test
    void chat_takes_help_after_an_utterance_as_help_too_not_as_something_said() {
        CommandRun output = run("chat", "my calf", "--help");

        assertThat(output.out()).startsWith("usage: java -jar target/cramp-coach.jar chat").doesNotContain("alexa>");
    }

    @Test
    void the_general_help_lists_every_command() {
        CommandRun output = run("--help");

        assertThat(output.status()).isZero();
        COMMANDS.forEach(command -> assertThat(output.out()).contains("\n  " + command + " ").as(command));
    }

    @Test
    void an_unknown_command_names_every_command() {
        CommandRun output = run("frobnicate");

        assertThat(output.status()).isEqualTo(2);
        assertThat(output.out()).isEmpty();
        assertThat(output.err()).startsWith("error: unknown command 'frobnicate'; the commands are: ")
                .contains(String.join(", ", COMMANDS));
    }

    @Test
    void a_scripted_chat_shows_each_turn_before_its_answer() {
        CommandRun output = run("chat", "open cramp coach", "my calf", "no");

        assertThat(output.status()).isZero();
        assertThat(output.out()).containsSubsequence("you> open cramp coach\n", "alexa> ", "you> my calf\n", "alexa> ",
                "you> no\n", "alexa> ");
    }
}
