package com.crampcoach.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.crampcoach.content.Content;
import com.crampcoach.content.Problem;
import com.crampcoach.local.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The linter passes what we ship, and rejects each kind of mistake, naming the file and line. Each broken fixture is
 * a copy of the shipped en-US content and model (a valid baseline) with one thing broken.
 */
class LinterTest {

    private static final Path SHIPPED_CONTENT = Path.of("src/main/resources/content");
    private static final Path SHIPPED_MODELS = Path.of("interactionModels/custom");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path content;
    private Path models;

    @BeforeEach
    void copy_the_shipped_en_US_content_and_model() throws IOException {
        content = dir.resolve("content");
        models = dir.resolve("models");
        Files.createDirectories(content.resolve("en-US"));
        Files.createDirectories(models);
        try (Stream<Path> files = Files.list(SHIPPED_CONTENT.resolve("en-US"))) {
            for (Path file : files.toList()) {
                Files.copy(file, content.resolve("en-US").resolve(file.getFileName().toString()));
            }
        }
        Files.copy(SHIPPED_MODELS.resolve("en-US.json"), models.resolve("en-US.json"));
    }

    // The shipped files: this is how ./mvnw verify fails when someone breaks one.

    @Test
    void the_shipped_content_and_models_have_no_problems() {
        Linter.Report report = Linter.lint(SHIPPED_CONTENT, SHIPPED_MODELS);

        assertThat(report.problems()).isEmpty();
        assertThat(report.responses()).isPositive();
        assertThat(report.routineSteps()).isPositive();
        assertThat(report.summary()).startsWith("lint: content and models OK (");
    }

    @Test
    void what_the_jar_holds_has_no_problems() {
        assertThat(Linter.lintClassPath().problems()).isEmpty();
    }

    @Test
    void the_fixture_baseline_has_no_problems() {
        assertThat(lint()).isEmpty();
    }

    // Content files

    @Test
    void malformed_xml_is_reported_with_its_line() {
        Path file = extra("""
                  <response key="extra">
                    <speech><s>Unclosed</speech>
                    <card title="Extra">Extra.</card>
                  </response>
                """);

        assertThat(lint()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("not well-formed XML");
        });
    }

    @Test
    void a_bare_ampersand_is_reported_with_its_line_and_what_to_write_instead() {
        Path file = extra("""
                  <response key="extra">
                    <speech><s>Salt & vinegar.</s></speech>
                    <card title="Extra">Extra.</card>
                  </response>
                """);

        assertThat(lint()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("bare &", "&amp;");
        });
    }

    @Test
    void one_broken_element_does_not_hide_the_next_problem_nor_the_good_elements() {
        extra("""
                  <response key="first"><speech>Hi.</speech></response>
                  <response key="second"><speech>Hi.</speech><card title="T">x</card></response>
                  <phrase key="empty"></phrase>
                """);

        Content.Loaded loaded = Content.load(content);

        assertThat(loaded.problems()).extracting(Problem::line, Problem::message)
                .containsExactly(tuple(2, "response 'first' has no <card>"), tuple(4, "<phrase> is empty"));
        assertThat(loaded.content().forLocale("en-US").has("second")).isTrue();
        assertThat(loaded.problems().get(0)).hasToString(content.resolve("en-US/extra.xml") + ":2: response 'first' has no <card>");
    }

    // SSML

    @Test
    void a_tag_alexa_does_not_know_is_reported_at_its_own_line() {
        Path file = extra("""
                  <response key="extra">
                    <speech><blink>Now.</blink></speech>
                    <card title="Extra">Extra.</card>
                  </response>
                """);

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, 3, "'extra' <speech>", "<blink>",
                "does not support"));
    }

    @Test
    void an_attribute_value_alexa_rejects_is_reported() {
        Path file = extra("""
                  <response key="extra">
                    <speech><s>Hold.</s></speech>
                    <reprompt><prosody rate="10%">Slowly.</prosody></reprompt>
                    <card title="Extra">Extra.</card>
                  </response>
                """);

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, 4, "'extra' <reprompt>",
                "rate=\"10%\"", "not a value Alexa accepts"));
    }

    @Test
    void a_break_over_ten_seconds_in_a_routine_step_is_reported_at_the_break() {
        Path file = content.resolve("en-US/routine-calf.xml");
        edit(file, "<s>Now press your thumbs", "<break time=\"11s\"/><s>Now press your thumbs");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file,
                lineOf(file, "<break time=\"11s\"/>"), "routine 'calf' step 'the massage'", "time=\"11s\""));
    }

    @Test
    void a_routine_step_without_a_position_is_reported_at_the_step() {
        Path file = content.resolve("en-US/routine-calf.xml");
        edit(file, "<step name=\"the massage\" position=\"sitting\"", "<step name=\"the massage\"");

        assertThat(lint()).as("the broken routine is left out too, so its offers are reported as well").anySatisfy(problem -> assertProblem(problem, file,
                lineOf(file, "<step name=\"the massage\""), "position=\"...\""));
    }

    @Test
    void a_routine_step_in_a_position_the_renderer_does_not_know_is_reported_at_the_step() {
        Path file = content.resolve("en-US/routine-calf.xml");
        edit(file, "<step name=\"the massage\" position=\"sitting\"", "<step name=\"the massage\" position=\"upside down\"");

        assertThat(lint()).as("the broken routine is left out too, so its offers are reported as well").anySatisfy(problem -> assertProblem(problem, file,
                lineOf(file, "<step name=\"the massage\""), "position=\"upside down\"", "lying"));
    }

    @Test
    void a_bad_hold_cue_is_reported_at_its_own_line() {
        Path file = content.resolve("en-US/cues.xml");
        edit(file, "Ten more.", "<emphasis level=\"loud\">Ten more.</emphasis>");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file,
                lineOf(file, "remaining=\"10\""), "<cue remaining=\"10\">", "level=\"loud\""));
    }

    // Keys and placeholders

    @Test
    void a_key_the_code_says_but_the_content_lacks_is_reported() {
        Path file = content.resolve("en-US/conversation.xml");
        edit(file, Pattern.compile("(?s)<response key=\"help\">.*?</response>"), "");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, content.resolve("en-US"), 0,
                "<response key=\"help\">", "the code says"));
    }

    @Test
    void a_phrase_the_routine_renderer_needs_but_the_content_lacks_is_reported() {
        Path file = content.resolve("en-US/routines.xml");
        edit(file, Pattern.compile("<phrase key=\"routine.other-side\">.*?</phrase>"), "");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, content.resolve("en-US"), 0,
                "<phrase key=\"routine.other-side\">"));
    }

    @Test
    void a_translation_with_other_placeholders_than_en_US_is_reported_at_the_translation() throws IOException {
        Path file = write(content.resolve("en-GB/conversation.xml"), """
                <content>
                  <response key="goodbye">
                    <speech><s>Cheerio. If it gets worse, call {emergencyNumber}.</s></speech>
                    <card title="Take care">Ask Cramp Coach any time.</card>
                  </response>
                </content>
                """);
        Files.copy(models.resolve("en-US.json"), models.resolve("en-GB.json"));

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, 2,
                "'goodbye' in en-GB uses {emergencyNumber}", "en-US's", "no placeholders"));
    }

    @Test
    void a_placeholder_that_nothing_fills_is_reported() {
        Path file = extra("""
                  <response key="extra">
                    <speech><s>Your {colour} stretch.</s></speech>
                    <card title="Extra">Extra.</card>
                  </response>
                """);

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, 2, "{colour} in 'extra'",
                "is not a locale value (emergencyNumber, therapist)", "next"));
    }

    @Test
    void a_placeholder_the_code_gives_only_to_prompts_is_reported_in_a_routine_step() {
        Path file = content.resolve("en-US/routine-calf.xml");
        edit(file, "<s>Now press your thumbs", "<s>Before {next}, press your thumbs");

        assertThat(lint()).satisfiesExactly(
                problem -> assertProblem(problem, file, lineOf(file, "<routine id=\"calf\""),
                        "routine 'calf' cannot be spoken in en-US", "{next}"),
                problem -> assertProblem(problem, file, lineOf(file, "<step name=\"the massage\""),
                        "{next} in routine 'calf' step 'the massage' <instruction>", "the only placeholders routine texts get"));
    }

    @Test
    void an_offer_of_a_routine_that_does_not_exist_is_reported() {
        Path file = content.resolve("en-US/relief.xml");
        edit(file, "offer=\"routine:calf\"", "offer=\"routine:calves\"");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file,
                lineOf(file, "key=\"relief.calf\""), "offer=\"routine:calves\"", "no <routine id=\"calves\">"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete", "log-consent"})
    void a_script_that_attaches_keeping_or_deleting_data_to_a_yes_is_rejected(String offer) {
        Path file = content.resolve("en-US/relief.xml");
        edit(file, "offer=\"routine:calf\"", "offer=\"" + offer + "\"");

        // The response is refused whole, so what needs it is reported after it.
        assertThat(lint()).first().satisfies(problem -> assertProblem(problem, file,
                lineOf(file, "key=\"relief.calf\""), "offer=\"" + offer + "\"", "set in the code"));
    }

    // Alexa's limits on every response

    @Test
    void speech_over_eight_thousand_characters_is_reported_at_its_response() {
        Path file = extra("  <response key=\"extra\">\n    <speech>" + "<s>Stretch gently.</s>".repeat(400)
                + "</speech>\n    <card title=\"Extra\">Extra.</card>\n  </response>\n");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, 2,
                "in en-US, the speech of 'extra' is ", " characters (with <speak>); Alexa allows 8000"));
    }

    @Test
    void a_reprompt_or_card_over_eight_thousand_characters_is_reported_at_its_response() {
        Path file = extra("  <response key=\"extra\">\n    <speech><s>Hi.</s></speech>\n    <reprompt>"
                + "<s>Say yes or no.</s>".repeat(500) + "</reprompt>\n    <card title=\"Extra\">"
                + "Stretch gently. ".repeat(600) + "</card>\n  </response>\n");

        assertThat(lint()).satisfiesExactly(
                problem -> assertProblem(problem, file, 2, "in en-US, the reprompt of 'extra' is ", "Alexa allows 8000"),
                problem -> assertProblem(problem, file, 2, "in en-US, the card of 'extra' is ", "(title and text)"));
    }

    @Test
    void the_emergency_number_outside_a_sentence_of_its_own_is_reported_because_a_quiet_voice_would_quieten_it() {
        Path file = extra("  <response key=\"extra\">\n    <speech><s>Rest.</s> <p>Or call {emergencyNumber}.</p>"
                + "</speech>\n    <card title=\"Extra\">Rest.</card>\n  </response>\n");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, 2,
                "the speech of 'extra' names {emergencyNumber} outside a sentence of its own", "<s>...</s>"));
    }

    @Test
    void the_emergency_number_in_a_sentence_of_its_own_is_not_reported() {
        extra("  <response key=\"extra\">\n    <speech><p>Rest.</p> <s>Or call {emergencyNumber}.</s>"
                + "</speech>\n    <card title=\"Extra\">Rest.</card>\n  </response>\n");

        assertThat(lint()).isEmpty();
    }

    @Test
    void a_routine_step_over_eight_thousand_characters_is_reported_at_the_step() {
        // Each hold is short, but ten of them (five times, each side) after a long instruction are not.
        Path file = write(content.resolve("en-US/routine-long.xml"), """
                <content>
                  <routine id="long" name="the long routine" title="Long">
                    <intro><s>A long one.</s></intro>
                    <step name="the long stretch" position="standing" hold="120" sides="true" repetitions="5" rest="10">
                      <instruction>%s</instruction>
                      <card>Lean in.</card>
                    </step>
                    <outro><s>Done.</s></outro>
                  </routine>
                </content>
                """.formatted("<s>Lean in slowly, and breathe out.</s>".repeat(150)));

        assertThat(lint()).satisfiesExactlyInAnyOrder(
                problem -> assertProblem(problem, file, 4, "step 1 ('the long stretch') of routine 'long'",
                        "Alexa allows 8000"),
                problem -> assertProblem(problem, file, 2, "routine 'long' played without stopping", "Alexa allows 8000"));
    }

    // Interaction models

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cramp Coach         | must be lower case",
        "cramp               | needs at least two words",
        "cramp coach 2       | only letters, spaces, apostrophes and periods",
        "cramp coach skill   | must not contain \"skill\"",
        "alexa's cramp coach | must not contain \"alexa\"",
        "open cramp coach    | must not start with \"open\"",
    })
    void an_invocation_name_alexa_rejects_is_reported_at_its_line(String name, String why) {
        Path file = models.resolve("en-US.json");
        edit(file, "\"invocationName\": \"cramp coach\"", "\"invocationName\": \"" + name + "\"");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file,
                lineOf(file, "invocationName"), "invocation name \"" + name + "\"", why));
    }

    @Test
    void a_sample_claimed_by_two_intents_is_reported_at_the_second() {
        Path file = editModel(models.resolve("en-US.json"), model -> samples(model, "CalfCrampIntent").add("I have  Chest pain"));

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file,
                lineOf(file, "I have  Chest pain"), "\"I have  Chest pain\" of CalfCrampIntent",
                "also a sample of EmergencyIntent (line " + lineOf(file, "\"i have chest pain\"") + ")"));
    }

    @Test
    void a_slot_used_in_a_sample_but_not_declared_is_reported() {
        Path file = editModel(models.resolve("en-US.json"), model -> samples(model, "CalfCrampIntent").add("my {muscle} hurts"));

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file,
                lineOf(file, "my {muscle} hurts"), "slot {muscle}", "CalfCrampIntent does not declare"));
    }

    @Test
    void a_slot_type_that_does_not_exist_is_reported_at_the_slot() {
        Path file = editModel(models.resolve("en-US.json"), model ->
                ((ObjectNode) intent(model, "CrampIntent").get("slots").get(0)).put("type", "BodyParts"));

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file,
                lineOf(file, "\"BodyParts\""), "slot {bodyPart} has type BodyParts", "neither declared"));
    }

    @Test
    void locales_that_declare_different_intents_are_reported_in_the_other_locale() {
        Path file = models.resolve("en-GB.json");
        editModel(copy(models.resolve("en-US.json"), file), model -> {
            ArrayNode intents = (ArrayNode) model.at("/interactionModel/languageModel/intents");
            intents.remove(indexOf(intents, "HowManyLeftIntent"));
            intents.addObject().put("name", "WristIntent").putArray("samples").add("my wrist hurts");
        });

        assertThat(lint()).satisfiesExactly(
                problem -> assertProblem(problem, file, lineOf(file, "\"intents\""), "no intent HowManyLeftIntent",
                        "which en-US declares"),
                problem -> assertProblem(problem, file, lineOf(file, "WristIntent"), "intent WristIntent is not in en-US"));
    }

    @Test
    void a_body_part_without_its_relief_script_is_reported_at_its_id() {
        Path file = editModel(models.resolve("en-US.json"), model -> type(model, "BodyPart").addObject()
                .put("id", "WRIST").putObject("name").put("value", "wrist"));

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, lineOf(file, "\"WRIST\""),
                "BodyPart value WRIST has no relief script", "<response key=\"relief.wrist\">"));
    }

    @Test
    void a_routine_name_without_its_routine_is_reported_at_its_id() {
        Path file = editModel(models.resolve("en-US.json"), model -> type(model, "RoutineName").addObject()
                .put("id", "YOGA").putObject("name").put("value", "yoga"));

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, lineOf(file, "\"YOGA\""),
                "RoutineName value YOGA names no routine", "<routine id=\"yoga\">"));
    }

    @Test
    void content_for_a_locale_without_a_model_is_reported() throws IOException {
        write(content.resolve("en-GB/locale.xml"), "<content><value name=\"emergencyNumber\">999</value></content>");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, content.resolve("en-GB"), 0,
                "no interaction model", "en-GB.json"));
    }

    @Test
    void a_model_that_is_not_json_is_reported_with_its_line() throws IOException {
        Path file = write(models.resolve("en-US.json"), "{\n  \"interactionModel\": {\n    \"languageModel\": [\n}\n");

        assertThat(lint()).singleElement().satisfies(problem -> assertProblem(problem, file, 4, "not valid JSON"));
    }

    // The command line

    @Test
    void lint_on_the_command_line_passes_what_the_jar_holds() {
        CommandRun output = run("lint");

        assertThat(output.status()).isZero();
        assertThat(output.out()).startsWith("lint: content and models OK (").hasLineCount(1);
    }

    @Test
    void lint_of_broken_folders_prints_each_problem_with_file_and_line_and_exits_1() {
        Path file = extra("""
                  <response key="extra">
                    <speech><s>Now.</s> {colour}</speech>
                    <reprompt><blink>Now?</blink></reprompt>
                    <card title="Extra">Extra.</card>
                  </response>
                """);

        CommandRun output = run("lint", "--content", content.toString(), "--models", models.toString());

        assertThat(output.status()).isEqualTo(1);
        List<String> lines = output.out().lines().toList();
        assertThat(lines).hasSize(3).last().isEqualTo("lint: 2 problems");
        // What the file says wrongly comes before what follows from it: tags first, then placeholders.
        assertThat(lines.get(0)).startsWith(file + ":4: ").contains("<blink>");
        assertThat(lines.get(1)).startsWith(file + ":2: ").contains("{colour}");
    }

    @Test
    void lint_with_bad_arguments_exits_2() {
        assertThat(run("lint", "--content").status()).isEqualTo(2);
        assertThat(run("lint", "--content", content.toString()).status()).isEqualTo(2);
        assertThat(run("lint", "--models", dir.resolve("nowhere").toString()).status()).isEqualTo(2);
        CommandRun unknown = run("lint", "--fix");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown argument '--fix'");
        assertThat(unknown.out()).isEmpty();
    }

    // Helpers

    private List<Problem> lint() {
        return Linter.lint(content, models).problems();
    }

    private static void assertProblem(Problem problem, Path file, int line, String... saying) {
        assertThat(problem.file()).as("file of " + problem).isEqualTo(file.toString());
        assertThat(problem.line()).as("line of " + problem).isEqualTo(line);
        assertThat(problem.message()).contains(saying);
    }

    /** An extra en-US content file: the body's first line is line 2. */
    private Path extra(String body) {
        return write(content.resolve("en-US/extra.xml"), "<content>\n" + body + "</content>\n");
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path from, Path to) {
        try {
            return Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(Path file, String from, String to) {
        edit(file, Pattern.compile(Pattern.quote(from)), to);
    }

    private static void edit(Path file, Pattern from, String to) {
        String text = read(file);
        Matcher m = from.matcher(text);
        assertThat(m.find()).as(from + " in " + file).isTrue();
        write(file, m.replaceFirst(Matcher.quoteReplacement(to)));
    }

    /** Edits a model as JSON and writes it back pretty-printed, so that every value keeps a line of its own. */
    private static Path editModel(Path file, Consumer<JsonNode> change) {
        try {
            JsonNode model = JSON.readTree(file.toFile());
            change.accept(model);
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), model);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode intent(JsonNode model, String name) {
        JsonNode intents = model.at("/interactionModel/languageModel/intents");
        return intents.get(indexOf(intents, name));
    }

    private static ArrayNode samples(JsonNode model, String intent) {
        return (ArrayNode) intent(model, intent).get("samples");
    }

    private static ArrayNode type(JsonNode model, String name) {
        JsonNode types = model.at("/interactionModel/languageModel/types");
        return (ArrayNode) types.get(indexOf(types, name)).get("values");
    }

    private static int indexOf(JsonNode array, String name) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).path("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no " + name);
    }

    /** The line (from 1) where {@code text} first appears. */
    private static int lineOf(Path file, String text) {
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
