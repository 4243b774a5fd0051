package com.crampcoach;

import static com.crampcoach.SkillHarness.endsSession;
import static com.crampcoach.SkillHarness.reprompt;
import static com.crampcoach.SkillHarness.send;
import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.HoldRenderer;
import com.crampcoach.content.Key;
import com.crampcoach.content.Reply;
import com.crampcoach.local.Envelopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the skill answers, in every locale, through the real handler with request envelopes built by intent
 * name (not by utterance: what people say is the interaction model's business, tested elsewhere).
 */
class AnswersTest {

    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Map<String, String> SPOKEN = Map.of("en-US", "nine one one", "en-CA", "nine one one",
            "en-GB", "nine nine nine", "en-AU", "triple zero", "en-IN", "one one two");
    private static final Map<String, String> DIGITS = Words.EMERGENCY_DIGITS;

    /** Each new question and the answer it reaches: every one has an answer of its own. */
    private static final Map<String, Key> QUESTIONS = ordered(
            "HydrationIntent", Key.HYDRATION,
            "PickleJuiceIntent", Key.PICKLE_JUICE,
            "StressIntent", Key.STRESS,
            "SpasmsDangerousIntent", Key.DANGEROUS,
            "MedicationIntent", Key.MEDICINES,
            "WhichProfessionalIntent", Key.PROFESSIONAL,
            "TwitchIntent", Key.TWITCH);
    private static final Map<String, Key> RED_FLAGS = ordered(
            "FaceSpasmIntent", Key.REDFLAG_FACE,
            "RedFlagSwellingIntent", Key.REDFLAG_SWELLING,
            "RedFlagNumbnessIntent", Key.REDFLAG_NUMBNESS,
            "RedFlagPersistentIntent", Key.REDFLAG_PERSISTENT,
            "RedFlagFrequentIntent", Key.REDFLAG_FREQUENT,
            "RedFlagMedicationIntent", Key.REDFLAG_MEDICATION,
            "RedFlagWalkingIntent", Key.REDFLAG_WALKING);

    /** How many sentences naming the local number come before a red flag's reason to see a doctor. */
    private static final Map<String, Integer> EMERGENCIES_FIRST = Map.of(
            "RedFlagNumbnessIntent", 2, "RedFlagSwellingIntent", 1, "FaceSpasmIntent", 1);

    private static final Pattern SENTENCE = Pattern.compile("<s>(.*?)</s>");
    /** "a reason to see a doctor", then why: "because ...", "so they can ...", "to find out ...". */
    private static final Pattern REASON_AND_WHY = Pattern.compile(
            ".* (is|are) a reason to see a doctor( today)?, (because|so they can|to find out) .+\\.");
    /** One breath of speech, by the content's own estimate (0.4 s a word plus breaks). */
    private static final long ONE_BREATH_MS = 8_000;
    /** "open cramp coach" must reach its question within about four seconds, by the same estimate. */
    private static final long LAUNCH_QUESTION_MS = 4_000;

    @Test
    void every_new_question_and_red_flag_gets_an_answer_of_its_own_in_every_locale() {
        Map<String, Key> all = new LinkedHashMap<>(QUESTIONS);
        all.putAll(RED_FLAGS);
        for (String locale : LOCALES) {
            Map<String, String> speechByIntent = new HashMap<>();
            all.forEach((intent, key) -> {
                JsonNode response = ask(locale, intent);
                String where = locale + " " + intent;
                assertThat(response.at("/response/card/title").asText()).as(where)
                        .isEqualTo(Words.reply(locale, key).cardTitle());
                Reaches.key(key).check(response, locale, where);
                assertThat(speech(response)).as(where).doesNotContain(Words.said(locale, Key.FALLBACK));
                speechByIntent.put(intent, speech(response));
            });
            assertThat(speechByIntent.values()).as(locale).doesNotHaveDuplicates();
        }
    }

    /**
     * Three red flags say the emergency that borders them first (red-flags.xml says why): people name it in the red
     * flag's own words. Numbness says two (the nerves, a stroke), swelling one (the breath or the chest), the face one
     * (a stroke); the reason to see a doctor, with why, comes right after them.
     */
    @Test
    void every_red_flag_says_it_is_a_reason_to_see_a_doctor_and_why_after_any_emergency_that_borders_it() {
        for (String locale : LOCALES) {
            for (String intent : RED_FLAGS.keySet()) {
                List<String> sentences = sentences(speech(ask(locale, intent)));
                List<String> emergenciesFirst = sentences.stream()
                        .takeWhile(sentence -> sentence.toLowerCase(Locale.ROOT).contains("call " + number(locale) + " now")).toList();

                assertThat(emergenciesFirst).as(locale + " " + intent)
                        .hasSize(EMERGENCIES_FIRST.getOrDefault(intent, 0));
                assertThat(sentences.get(emergenciesFirst.size())).as(locale + " " + intent).matches(REASON_AND_WHY);
            }
        }
    }

    @Test
    void a_red_flag_that_can_turn_into_an_emergency_names_the_locales_number() {
        for (String locale : LOCALES) {
            for (String intent : List.of("FaceSpasmIntent", "RedFlagSwellingIntent", "RedFlagNumbnessIntent",
                    "RedFlagPersistentIntent", "RedFlagWalkingIntent", "SpasmsDangerousIntent")) {
                String speech = speech(ask(locale, intent));
                assertThat(speech).as(locale + " " + intent).containsIgnoringCase("call " + number(locale) + " now");
            }
        }
    }

    @Test
    void medicine_answers_send_the_person_to_a_doctor_and_never_name_a_dose_or_a_brand() {
        for (String locale : LOCALES) {
            for (String intent : List.of("MedicationIntent", "RedFlagMedicationIntent")) {
                JsonNode response = ask(locale, intent);
                String said = speech(response) + "\n" + response.at("/response/card/content").asText();

                assertThat(said).as(locale + " " + intent).contains("doctor")
                        .doesNotContainPattern("[0-9]")
                        .doesNotContainPattern("(?i)\\b(mg|milligrams?|micrograms?|tablets? a day|twice a day)\\b")
                        .doesNotContainPattern("(?i)\\b(baclofen|quinine|ibuprofen|paracetamol|tylenol)\\b");
            }
        }
    }

    @Test
    void the_front_of_the_thigh_gets_a_quadriceps_stretch_and_never_the_hamstring_one() {
        for (String locale : LOCALES) {
            JsonNode response = cramp(locale, "QUADRICEPS", "front of my thigh");
            String speech = speech(response);

            String hamstring = Words.said(locale, Key.RELIEF_HAMSTRING);

            assertThat(response.at("/response/card/title").asText()).as(locale)
                    .isEqualTo(Words.reply(locale, Key.RELIEF_QUADRICEPS).cardTitle());
            Reaches.key(Key.RELIEF_QUADRICEPS).check(response, locale, "the front of the thigh");
            assertThat(speech).as(locale).doesNotContain(Words.firstSentence(hamstring));
            assertThat(speech).as(locale).isNotEqualTo(speech(cramp(locale, "HAMSTRING", "hamstring")))
                    .isNotEqualTo("<speak>" + hamstring + "</speak>");
        }
    }

    @Test
    void toes_and_hands_get_stretches_of_their_own() {
        for (String locale : LOCALES) {
            JsonNode toes = cramp(locale, "TOES", "toes");
            JsonNode hand = cramp(locale, "HAND", "fingers");

            assertThat(toes.at("/response/card/title").asText()).as(locale)
                    .isEqualTo(Words.reply(locale, Key.RELIEF_TOES).cardTitle());
            Reaches.key(Key.RELIEF_TOES).check(toes, locale, "toes");
            assertThat(speech(toes)).as(locale).contains(Words.release(locale))
                    .isNotEqualTo(speech(cramp(locale, "FOOT", "foot")));
            assertThat(hand.at("/response/card/title").asText()).as(locale)
                    .isEqualTo(Words.reply(locale, Key.RELIEF_HAND).cardTitle());
            Reaches.key(Key.RELIEF_HAND).check(hand, locale, "fingers");
            assertThat(speech(hand)).as(locale).contains(Words.release(locale));
        }
    }

    @Test
    void the_movement_professional_is_a_physiotherapist_outside_the_us_in_every_answer() {
        Content content = Content.load();
        for (String locale : LOCALES) {
            Catalog catalog = content.forLocale(locale);
            String expected = locale.equals("en-US") ? "physical therapist" : "physiotherapist";
            String foreign = locale.equals("en-US") ? "physiotherapist" : "physical therapist";
            for (String key : catalog.keys()) {
                Reply reply = catalog.reply(key, samples(catalog, key));
                assertThat(reply.speech() + reply.cardText()).as(locale + " " + key).doesNotContainIgnoringCase(foreign);
            }
            assertThat(speech(ask(locale, "WhichProfessionalIntent"))).as(locale)
                    .contains(expected, "neurologist", "sports medicine");
            assertThat(speech(ask(locale, "SeeDoctorIntent"))).as(locale).contains(expected);
        }
    }

    @Test
    void an_emergency_says_the_locales_number_first_and_last_and_then_stops_listening() {
        for (String locale : LOCALES) {
            JsonNode response = ask(locale, "EmergencyIntent");
            String speech = speech(response);
            String call = "Call " + number(locale) + " now";

            assertThat(firstSentence(speech)).as(locale).isEqualTo(call + ", from a phone.");
            assertThat(speech).as(locale).endsWith("<s>" + call + ".</s></speak>");
            // On purpose (content/en-US/safety.xml): no question, no reprompt; the person should be dialling.
            assertThat(endsSession(response)).as(locale).isTrue();
            assertThat(response.at("/response/reprompt").isMissingNode()).as(locale).isTrue();
        }
    }

    @Test
    void a_miss_names_the_number_then_asks_where_and_a_second_miss_in_a_row_says_something_else() {
        for (String locale : LOCALES) {
            SkillHarness person = person(locale);
            JsonNode first = person.intent("AMAZON.FallbackIntent");
            JsonNode second = person.intent("AMAZON.FallbackIntent");

            String where = locale + ": first miss";
            String clause = firstSentence(speech(first));
            assertThat(clause).as(where).contains("call " + number(locale));
            assertThat(spoken(clause).split("\\s+")).as(where + ", one short clause").hasSizeLessThanOrEqualTo(8);
            assertThat(speech(first)).as(where).isEqualTo("<speak>" + Words.said(locale, Key.FALLBACK) + "</speak>");
            assertThat(sentences(speech(first)).get(1)).as(where).isEqualTo(sentences(Words.said(locale, Key.FALLBACK)).get(1));
            assertThat(endsSession(first)).as(where).isFalse();

            where = locale + ": second miss in a row";
            // The number stays in words on purpose: every miss must name it, whatever content says.
            assertThat(speech(second)).as(where).isNotEqualTo(speech(first)).contains("call " + number(locale))
                    .isEqualTo("<speak>" + Words.said(locale, Key.FALLBACK_AGAIN) + "</speak>");
            assertThat(reprompt(second)).as(where).isNotEqualTo(reprompt(first));
            assertThat(endsSession(second)).as(where).isFalse();

            for (JsonNode miss : List.of(first, second)) {
                assertThat(HoldRenderer.estimateMillis(spoken(speech(miss)))).as(locale + ": one breath")
                        .isLessThanOrEqualTo(ONE_BREATH_MS);
            }
        }
    }

    @Test
    void a_miss_inside_a_routine_names_the_number_first_and_keeps_the_routine() {
        for (String locale : LOCALES) {
            SkillHarness person = person(locale);
            person.say("start the calf routine");
            JsonNode miss = person.intent("AMAZON.FallbackIntent");

            assertThat(firstSentence(speech(miss))).as(locale).contains("call " + number(locale));
            Reaches.key(Key.ROUTINE_PROMPT, Words.place(locale, "calf", 0)).check(miss, locale, "a miss in a routine");
            assertThat(endsSession(miss)).as(locale).isFalse();
            assertThat(HoldRenderer.estimateMillis(spoken(speech(miss)))).as(locale + ": one breath")
                    .isLessThanOrEqualTo(ONE_BREATH_MS);
        }
    }

    @Test
    void a_miss_after_an_answer_is_a_first_miss_again_and_an_unknown_intent_counts_as_a_miss() {
        SkillHarness person = person("en-US");
        String first = speech(person.intent("AMAZON.FallbackIntent"));

        person.intent("CalfCrampIntent");
        assertThat(speech(person.intent("AMAZON.FallbackIntent"))).isEqualTo(first);
        assertThat(speech(person.intent("SomeFutureIntent"))).isNotEqualTo(first)
                .isEqualTo("<speak>" + Words.said("en-US", Key.FALLBACK_AGAIN) + "</speak>");
    }

    @Test
    void open_cramp_coach_asks_where_the_cramp_is_within_four_seconds_and_says_it_is_not_a_doctor() {
        for (String locale : LOCALES) {
            JsonNode launch = person(locale).launch();
            String speech = speech(launch);
            Reply words = Words.reply(locale, Key.LAUNCH);
            assertThat(speech).as(locale).isEqualTo("<speak>" + words.speech() + "</speak>");
            String asked = sentences(words.speech()).stream().filter(s -> s.endsWith("?")).findFirst().orElseThrow();
            int question = speech.indexOf(asked);

            assertThat(question).as(locale).isPositive();
            String untilQuestion = speech.substring(0, question + asked.length());
            assertThat(HoldRenderer.estimateMillis(spoken(untilQuestion))).as(locale + ": " + untilQuestion)
                    .isLessThanOrEqualTo(LAUNCH_QUESTION_MS);
            // Kept in words on purpose: the disclaimer must come before the question, whatever content says.
            assertThat(untilQuestion).as(locale).contains("not a doctor");
            assertThat(endsSession(launch)).as(locale).isFalse();
            // The full words: on the launch card (the Alexa app) and in help.
            assertThat(launch.at("/response/card/content").asText()).as(locale).isEqualTo(words.cardText())
                    .contains("call " + DIGITS.get(locale));
            JsonNode help = person(locale).intent("AMAZON.HelpIntent");
            Reaches.key(Key.HELP).check(help, locale, "help");
            assertThat(speech(help)).as(locale).contains("call " + number(locale));
        }
    }

    @Test
    void hold_cues_say_the_time_left_and_a_massage_does_not_end_with_release() {
        String calf = speech(ask("en-US", "CalfCrampIntent"));
        assertThat(calf).contains(Words.cue("en-US", 20)).doesNotContainPattern("(Thirty|Twenty) seconds\\.");

        SkillHarness person = person("en-US");
        person.intent("CalfCrampIntent");
        person.intent("AMAZON.YesIntent");
        JsonNode step = person.intent("AMAZON.NextIntent");
        Reaches.step("calf", 1).check(step, "en-US", "the massage");
        String massage = speech(step);
        String countdown = Words.cue("en-US", 5);
        assertThat(massage).contains(countdown);
        assertThat(massage.substring(massage.lastIndexOf(countdown))).doesNotContainIgnoringCase("release");
    }

    @Test
    void the_back_script_said_to_someone_lying_down_does_not_send_their_feet_to_the_floor() {
        for (String locale : LOCALES) {
            String back = speech(ask(locale, "BackSpasmIntent"));
            assertThat(back.substring(back.indexOf("One."))).as(locale).doesNotContain("floor");
        }
    }

    @Test
    void no_card_numbers_an_alternative_as_if_it_were_a_step() {
        Content content = Content.load();
        for (String locale : LOCALES) {
            Catalog catalog = content.forLocale(locale);
            for (String key : catalog.keys()) {
                assertThat(catalog.reply(key, samples(catalog, key)).cardText()).as(locale + " " + key)
                        .doesNotContainPattern("(?m)^\\d+\\.\\s+(Or|Alternatively)\\b");
            }
        }
    }

    private static JsonNode ask(String locale, String intent) {
        return send(new Envelopes(Config.DEVELOPMENT_SKILL_ID, locale).intent(intent));
    }

    /** A CrampIntent whose body part Alexa resolved to {@code id}, as its entity resolution sends it. */
    private static JsonNode cramp(String locale, String id, String said) {
        ObjectNode request = new Envelopes(Config.DEVELOPMENT_SKILL_ID, locale).intent("CrampIntent");
        ObjectNode slot = ((ObjectNode) request.at("/request/intent/slots")).putObject("bodyPart");
        slot.put("name", "bodyPart").put("value", said).put("confirmationStatus", "NONE").put("source", "USER");
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + Config.DEVELOPMENT_SKILL_ID + ".BodyPart");
        authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
        authority.putArray("values").addObject().putObject("value").put("name", said).put("id", id);
        return send(request);
    }

    private static SkillHarness person(String locale) {
        return new SkillHarness(locale);
    }

    /** The locale's number as the SSML says it. */
    private static String number(String locale) {
        return "<sub alias=\"" + SPOKEN.get(locale) + "\">" + DIGITS.get(locale) + "</sub>";
    }

    /** SSML with each {@code <sub>} replaced by what Alexa says for it, so that "911" counts as three words. */
    private static String spoken(String ssml) {
        return ssml.replaceAll("<sub alias=\"([^\"]*)\">[^<]*</sub>", "$1");
    }

    private static List<String> sentences(String ssml) {
        Matcher m = SENTENCE.matcher(ssml);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String firstSentence(String ssml) {
        List<String> all = sentences(ssml);
        assertThat(all).as("sentences in " + ssml).isNotEmpty();
        return all.get(0);
    }

    private static Map<String, String> samples(Catalog catalog, String key) {
        Map<String, String> samples = new HashMap<>();
        catalog.prompt(key).placeholders().stream().filter(name -> !catalog.values().containsKey(name))
                .forEach(name -> samples.put(name, "the stretch"));
        return samples;
    }

    private static Map<String, Key> ordered(Object... pairs) {
        Map<String, Key> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Key) pairs[i + 1]);
        }
        return map;
    }
}
