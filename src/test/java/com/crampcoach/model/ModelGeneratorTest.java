package com.crampcoach.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five models are what interactionModels/phrases.txt generates, and the generator refuses what Alexa would. */
class ModelGeneratorTest {

    private static final String HEADER = "invocation cramp coach\nlocales en-US en-GB\n";

    @Test
    void every_committed_model_is_what_the_source_generates_and_the_source_has_no_problems() throws Exception {
        ModelGenerator.Result result = ModelGenerator.generate(Files.readString(Path.of("interactionModels", "phrases.txt")));

        assertThat(result.problems()).as("run the generator (README: Talking to it)").isEmpty();
        assertThat(result.models()).containsOnlyKeys("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
        assertThat(ModelGenerator.stale(result, Path.of("interactionModels", "custom")))
                .as("models out of date: run ./mvnw -B -q compile exec:java -Dexec.mainClass=com.crampcoach.model.ModelGenerator")
                .isEmpty();
    }

    @Test
    void a_pattern_expands_alternatives_options_lists_and_keeps_slots() {
        ModelGenerator.Result result = ModelGenerator.generate(HEADER
                + "list number = nine one one\nlist number@en-GB = nine nine nine\n"
                + "intent EmergencyIntent\n  (call|ring) <number> [now]\n"
                + "intent CrampIntent bodyPart:BodyPart\n  my {bodyPart} (is|are) cramping\n  @en-GB: i've got cramp in my {bodyPart}\n"
                + "type BodyPart\n  CALF = calf | calves\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.models().get("en-US")).contains("\"call nine one one\"", "\"ring nine one one now\"",
                "\"my {bodyPart} are cramping\"", "\"synonyms\": [").doesNotContain("nine nine nine", "i've got cramp");
        assertThat(result.models().get("en-GB")).contains("\"call nine nine nine now\"", "\"i've got cramp in my {bodyPart}\"");
    }

    @Test
    void an_intent_named_again_goes_on_with_its_samples_and_slots_and_a_slot_cannot_change_type() throws Exception {
        String source = HEADER
                + "intent CrampIntent bodyPart:BodyPart\n  my {bodyPart}\n"
                + "intent EmergencyIntent\n  help\n"
                + "intent CrampIntent symptom:Symptom\n  my {bodyPart} and {symptom}\n"
                + "type BodyPart\n  CALF = calf\ntype Symptom\n  EMERGENCY_FEVER = a fever\n";
        ModelGenerator.Result result = ModelGenerator.generate(source);

        assertThat(result.problems()).isEmpty();
        var intents = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.models().get("en-US"))
                .at("/interactionModel/languageModel/intents");
        assertThat(intents).hasSize(2);
        assertThat(intents.get(0).toString()).contains("\"bodyPart\"", "\"symptom\"", "my {bodyPart} and {symptom}");

        assertThat(ModelGenerator.generate(source + "intent CrampIntent symptom:BodyPart\n  my {symptom}\n").problems())
                .anyMatch(p -> p.contains("the slot symptom of CrampIntent is a Symptom"));
    }

    @Test
    void a_type_named_again_goes_on_with_more_words_for_a_value_and_new_values() throws Exception {
        ModelGenerator.Result result = ModelGenerator.generate(HEADER
                + "intent CrampIntent symptom:Symptom\n  my calf and {symptom}\n"
                + "type Symptom\n  EMERGENCY_FEVER = a fever\n"
                + "intent EmergencyIntent\n  help\n"
                + "type Symptom\n  EMERGENCY_FEVER = burning up\n  EMERGENCY_SEIZURE = a fit\n");

        assertThat(result.problems()).isEmpty();
        var types = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.models().get("en-US"))
                .at("/interactionModel/languageModel/types");
        assertThat(types).hasSize(1);
        assertThat(types.get(0).at("/values")).hasSize(2);
        assertThat(types.get(0).at("/values/0/id").asText()).isEqualTo("EMERGENCY_FEVER");
        assertThat(types.get(0).at("/values/0/name/synonyms").toString()).contains("burning up");
        assertThat(types.get(0).at("/values/1/id").asText()).isEqualTo("EMERGENCY_SEIZURE");
    }

    @Test
    void a_sample_in_two_intents_is_refused_even_when_only_case_or_punctuation_differ() {
        ModelGenerator.Result result = ModelGenerator.generate(HEADER
                + "intent EmergencyIntent\n  my chest hurts\nintent CrampIntent\n  my chest, hurts\n");

        assertThat(result.problems()).anyMatch(p -> p.contains("\"my chest, hurts\" is a sample of EmergencyIntent and of CrampIntent"));
    }

    @Test
    void samples_that_break_alexas_rules_are_refused() {
        ModelGenerator.Result result = ModelGenerator.generate(HEADER
                + "intent EmergencyIntent\n  call 911\n  (it|it's) hurts' a lot\n  my {muscle} hurts\n"
                + "  " + "very ".repeat(45) + "long\n"
                + "type BodyPart\n  CALF = " + "calf ".repeat(30) + "\n");

        List<String> problems = result.problems();
        assertThat(problems).anyMatch(p -> p.contains("\"call 911\": only lower case letters"))
                .anyMatch(p -> p.contains("an apostrophe only in a contraction (hurts')"))
                .anyMatch(p -> p.contains("{muscle} is not a slot of EmergencyIntent"))
                .anyMatch(p -> p.contains("longer than " + ModelGenerator.MAX_SAMPLE_CHARS + " characters"))
                .anyMatch(p -> p.contains("at most " + ModelGenerator.MAX_VALUE_CHARS + " characters"));
    }

    @Test
    void a_slot_value_whose_words_would_be_cut_to_a_covering_set_is_refused_but_a_sample_may_be() {
        String list = "list urine = urine | pee | wee | piss | water\n";
        // 5 x 3 x 3 = 45 combinations: only a covering set of them would be synonyms.
        String tooMany = HEADER + list + "intent CrampIntent symptom:Symptom\n  a cramp and {symptom}\n"
                + "type Symptom\n  EMERGENCY_DARK_URINE = my <urine> (is|looks|went) (dark|brown|black)\n";
        // 5 x 3 x 2 = 30: every combination is a synonym.
        String allKept = tooMany.replace("(dark|brown|black)", "(dark|brown)");

        assertThat(ModelGenerator.generate(tooMany).problems()).as("once in each locale").hasSize(2)
                .allSatisfy(problem -> assertThat(problem)
                        .contains("line 7 (Symptom EMERGENCY_DARK_URINE) stands for over 32 combinations").contains("split it"));
        assertThat(ModelGenerator.generate(allKept).problems()).isEmpty();
        assertThat(ModelGenerator.generate(allKept).models().get("en-US")).contains("\"my water went brown\"");
        assertThat(ModelGenerator.generate(HEADER + list + "intent CrampIntent\n  my <urine> (is|looks|went) (dark|brown|black)\n")
                .problems()).as("a sample pattern is meant to be cut to a covering set").isEmpty();
    }

    @Test
    void a_model_over_the_size_budget_is_refused() {
        StringBuilder source = new StringBuilder(HEADER + "intent CrampIntent\n");
        for (int i = 0; i < 1500; i++) {
            source.append("  (a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z) ").append(word(i)).append(" cramping hard\n");
        }

        assertThat(ModelGenerator.generate(source.toString()).problems())
                .anyMatch(p -> p.contains("over the budget of " + ModelGenerator.MAX_MODEL_BYTES));
    }

    @Test
    void a_mistake_in_the_source_names_its_line() {
        assertThat(ModelGenerator.generate(HEADER + "intent CrampIntent\n  my (calf is cramping\n").problems())
                .anyMatch(p -> p.contains("line 4") && p.contains("not closed"));
        assertThat(ModelGenerator.generate(HEADER + "intent CrampIntent\n  i('m|am) cramping\n").problems())
                .anyMatch(p -> p.contains("line 4") && p.contains("put a space"));
        assertThat(ModelGenerator.generate(HEADER + "intent CrampIntent\n  my <nothing>\n").problems())
                .anyMatch(p -> p.contains("no list <nothing>"));
    }

    @Test
    void a_pending_intent_stays_out_of_every_model() {
        ModelGenerator.Result result = ModelGenerator.generate(HEADER + "pending PickleJuiceIntent\n"
                + "intent PickleJuiceIntent\n  does pickle juice help\nintent CrampIntent\n  i have a cramp\n");

        assertThat(result.problems()).isEmpty();
        result.models().values().forEach(model -> assertThat(model).doesNotContain("PickleJuiceIntent", "pickle")
                .contains("CrampIntent"));
    }

    /** A letter word for a number, so that no two patterns are the same. */
    private static String word(int i) {
        StringBuilder word = new StringBuilder();
        for (int n = i + 1; n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }
}
