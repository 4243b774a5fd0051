package com.crampcoach.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the build's lint step (pom.xml runs {@link LintCommand#main} before the tests, so that even
 * {@code package -DskipTests} stops) does with the four breakages that used to ship: each fails the build with the
 * file and the line of the offending element in Maven's closing error, and is printed first.
 */
class BuildLintTest {

    private static final Path SHIPPED_CONTENT = Path.of("src/main/resources/content");
    private static final Path SHIPPED_MODELS = Path.of("interactionModels/custom");

    @TempDir
    Path dir;

    private Path content;
    private Path conversation;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream realOut;

    @BeforeEach
    void copy_the_shipped_content_and_capture_standard_output() throws IOException {
        content = dir.resolve("content");
        try (Stream<Path> files = Files.walk(SHIPPED_CONTENT)) {
            for (Path file : files.toList()) {
                Path target = content.resolve(SHIPPED_CONTENT.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        conversation = content.resolve("en-US/conversation.xml");
        realOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore_standard_output() {
        System.setOut(realOut);
    }

    @Test
    void the_shipped_content_passes_the_build() {
        assertThatCode(this::lint).doesNotThrowAnyException();
        assertThat(printed()).singleElement().asString().startsWith("lint: content and models OK");
    }

    @Test
    void a_whisper_tag_fails_the_build_at_its_own_line() throws IOException {
        int line = edit("<s>I talk you through", "<whisper>I talk you through easing a cramp.</whisper><s>And");

        assertFailsAt(line, "'help' <speech> uses <whisper>, which Alexa does not support");
    }

    @Test
    void a_fifteen_second_break_fails_the_build_at_its_own_line() throws IOException {
        int line = edit("<s>I talk you through", "<break time=\"15s\"/><s>I talk you through");

        assertFailsAt(line, "'help' <speech> <break time=\"15s\"> is not a value Alexa accepts");
    }

    @Test
    void a_renamed_key_fails_the_build_at_the_renamed_response() throws IOException {
        int line = edit("<response key=\"help\">", "<response key=\"helps\">");

        assertFailsAt(line, "no <response key=\"help\">, which the code says; was it renamed to \"helps\"");
    }

    @Test
    void malformed_xml_fails_the_build_at_its_line_before_the_keys_it_hides() throws IOException {
        int line = edit("<response key=\"help\">", "<response key=\"help\"");

        assertFailsAt(line + 1, "not well-formed XML");
        // The keys that went missing with the file follow the line that broke it.
        assertThat(printed()).hasSizeGreaterThan(2).element(1).asString().contains("which the code says");
    }

    private void assertFailsAt(int line, String message) {
        Throwable failure = catchThrowable(this::lint);

        String where = conversation + ":" + line + ": ";
        assertThat(failure).isInstanceOf(IllegalStateException.class).message()
                .startsWith("broken content or interaction model: " + where).contains(message);
        assertThat(printed().get(0)).startsWith(where).contains(message);
        assertThat(printed().get(printed().size() - 1)).startsWith("lint: ").contains("problem");
    }

    private void lint() {
        LintCommand.main(new String[] {"--content", content.toString(), "--models", SHIPPED_MODELS.toString()});
    }

    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Replaces the first {@code from} in conversation.xml and returns the line it was on. */
    private int edit(String from, String to) throws IOException {
        String text = Files.readString(conversation);
        int at = text.indexOf(from);
        assertThat(at).as(from + " in " + conversation).isNotNegative();
        Files.writeString(conversation, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).lines().count() + (text.substring(0, at).endsWith("\n") ? 1 : 0);
    }
}
