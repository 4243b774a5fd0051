package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The en-US interaction model and the manifest, checked the way Alexa's console would and more. */
class InteractionModelTest {

    private static final InteractionModel MODEL = InteractionModel.forLocale("en-US");
    private static final List<String> CORE = List.of("CalfCrampIntent", "BackSpasmIntent", "NightCrampsIntent",
            "SeeDoctorIntent", "CrampIntent");

    @Test
    void the_invocation_name_is_cramp_coach_and_follows_alexas_rules() {
        String name = MODEL.invocationName();

        assertThat(name).isEqualTo("cramp coach").isLowerCase();
        assertThat(name.split(" ")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(name).doesNotContain("alexa", "amazon", "echo", "launch", "open", "ask", "tell");
    }

    @Test
    void each_core_intent_has_at_least_25_varied_samples() {
        for (InteractionModel.Intent intent : MODEL.intents()) {
            if (CORE.contains(intent.name())) {
                assertThat(intent.samples()).as(intent.name()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
            }
        }
        assertThat(MODEL.intents()).extracting(InteractionModel.Intent::name).containsAll(CORE);
    }

    @Test
    void no_sample_is_claimed_by_two_intents() {
        Map<String, String> owner = new HashMap<>();
        for (InteractionModel.Intent intent : MODEL.intents()) {
            for (String sample : intent.samples()) {
                String previous = owner.put(sample.toLowerCase(Locale.ROOT), intent.name());
                assertThat(previous).as("\"" + sample + "\" is in " + previous + " and " + intent.name())
                        .isIn(null, intent.name());
            }
        }
    }

    @Test
    void every_slot_in_a_sample_is_declared_and_its_type_exists() {
        Pattern slot = Pattern.compile("\\{(\\w+)}");
        for (InteractionModel.Intent intent : MODEL.intents()) {
            for (String sample : intent.samples()) {
                Matcher m = slot.matcher(sample);
                while (m.find()) {
                    assertThat(intent.slots()).as(intent.name() + ": " + sample).containsKey(m.group(1));
                }
            }
            // A built-in type (AMAZON.TIME) is Alexa's own and has no values in the model.
            intent.slots().values().stream().filter(type -> !type.startsWith("AMAZON."))
                    .forEach(type -> assertThat(MODEL.types()).as(intent.name()).containsKey(type));
        }
    }

    @Test
    void every_body_part_has_an_id_that_names_its_answer() {
        var catalog = com.crampcoach.content.Content.load().forLocale("en-US");
        for (InteractionModel.SlotValue value : MODEL.types().get("BodyPart")) {
            assertThat(com.crampcoach.content.Key.forBodyPart(value.id()).filter(catalog::has)).as(value.id()).isPresent();
        }
    }

    @Test
    void the_manifests_example_phrases_are_understood_by_each_locales_model() throws Exception {
        JsonNode locales = SkillHarness.JSON.readTree(Path.of("skill.json").toFile()).at("/manifest/publishingInformation/locales");
        Pattern invocation = Pattern.compile("alexa (?:ask|open|tell) cramp coach ?(.*)");

        assertThat(locales.size()).isEqualTo(5);
        locales.fields().forEachRemaining(locale -> {
            UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.forLocale(locale.getKey()));
            JsonNode phrases = locale.getValue().path("examplePhrases");
            assertThat(phrases.size()).as(locale.getKey()).isBetween(1, 3);
            for (JsonNode phrase : phrases) {
                Matcher m = invocation.matcher(UtteranceMatcher.normalize(phrase.asText()));
                assertThat(m.matches()).as(phrase.asText()).isTrue();
                if (!m.group(1).isEmpty()) {
                    assertThat(matcher.match(m.group(1)).intent()).as(locale.getKey() + ": " + phrase.asText())
                            .isNotEqualTo("AMAZON.FallbackIntent");
                }
            }
        });
    }

    @Test
    void every_locale_of_the_manifest_carries_the_medical_disclaimer_with_its_emergency_number() throws Exception {
        JsonNode locales = SkillHarness.JSON.readTree(Path.of("skill.json").toFile()).at("/manifest/publishingInformation/locales");
        Map<String, String> numbers = Map.of("en-US", "911", "en-CA", "911", "en-GB", "999", "en-AU", "000", "en-IN", "112");

        numbers.forEach((locale, number) -> assertThat(locales.path(locale).path("description").asText()).as(locale)
                .contains("not a substitute for professional medical advice")
                .contains("call your local emergency number (" + number + ")"));
    }
}
