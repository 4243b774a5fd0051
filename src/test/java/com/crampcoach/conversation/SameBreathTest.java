package com.crampcoach.conversation;

import static com.crampcoach.SkillHarness.endsSession;
import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.crampcoach.memory.LocalDynamo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18: a danger said in the same breath as a cramp ("my calf is cramping and my foot's gone cold and blue")
 * gets its answer first, in every locale and every state; and the two emergency families added with it (a stiff
 * neck with a fever, a cold, pale or blue limb). Through the real handler, matched by the exact matcher.
 */
class SameBreathTest {

    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Map<String, String> NUMBER = Words.EMERGENCY_DIGITS;
    private static final CrampCoachHandler WITH_MEMORY = LocalDynamo.skill(LocalDynamo.memory(java.time.Clock.systemUTC()));

    private static String title(JsonNode response) {
        return response.at("/response/card/title").asText();
    }

    /** Each locale's exact matcher, built once: building one reads and compiles a whole model. */
    private static final Map<String, UtteranceMatcher> MATCHERS = LOCALES.stream().collect(java.util.stream.Collectors
            .toUnmodifiableMap(locale -> locale, locale -> new UtteranceMatcher(InteractionModel.forLocale(locale))));

    private static String matched(String said, String locale) {
        return MATCHERS.get(locale).match(said).intent();
    }

    /** The emergency answer, safety first: the local number is the first thing said, and the session ends. */
    private static void assertEmergency(JsonNode response, String locale, String said) {
        assertThat(speech(response)).as(locale + ": \"" + said + "\" is the emergency answer").startsWith("<speak><s>Call ");
        assertThat(speech(response).replaceAll("<[^>]+>", "")).as(locale + ": \"" + said + "\"")
                .startsWith("Call " + NUMBER.get(locale) + " now, from a phone.");
        assertThat(endsSession(response)).as(locale + ": \"" + said + "\" ends the session").isTrue();
    }

    // The two new families, said alone.

    @ParameterizedTest
    @ValueSource(strings = {"stiff neck fever and headache", "i've got a stiff neck and a fever",
            "my neck is stiff and i've got a temperature", "i have a fever and a stiff neck and a bad headache",
            "i can't bend my neck and i've got a fever", "could it be meningitis",
            "my leg is cold and blue", "my foot has gone white", "my hand's gone cold and pale",
            "my toes have gone blue", "i can't feel a pulse in my foot", "cold and blue foot"})
    void each_new_family_is_an_emergency_with_the_local_number_first_in_every_locale(String said) {
        for (String locale : LOCALES) {
            SkillHarness person = new SkillHarness(locale);

            assertThat(matched(said, locale)).as(locale + ": \"" + said + "\"").isEqualTo("EmergencyIntent");
            assertEmergency(person.say(said), locale, said);
        }
    }

    /**
     * Dangers said plainly in words a blind set's writer used (issue 18's thirty-second round and after), said
     * alone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"stiff neck and pounding headache", "my kid just started convulsing",
            "someone's having a seizure", "i've just fainted", "i keep blacking out", "tight chest",
            "my chest is tight and it's going into my arm", "both my legs have just gone and i can't move them",
            "my leg's gone pale and cold", "dark urine after exercise and my muscles are killing me",
            "i think i've pissed myself", "my speech is slurring and one side's weak", "i think my dad's having a stroke",
            // and the thirty-third round's
            "ambulance please", "please get help"})
    void a_danger_said_plainly_is_an_emergency_with_the_local_number_first_in_every_locale(String said) {
        for (String locale : LOCALES) {
            assertThat(matched(said, locale)).as(locale + ": \"" + said + "\"").isEqualTo("EmergencyIntent");
            assertEmergency(new SkillHarness(locale).say(said), locale, said);
        }
    }

    // A cramp with an emergency said in the same breath.

    @ParameterizedTest
    @ValueSource(strings = {"my calf is cramping and my foot's gone cold and blue", "my neck is cramping and i've got a fever",
            "my neck is cramping and a stiff neck and a fever", "my back is in spasm and i've wet myself",
            "my leg is cramping and my pee is dark", "my foot is cramping and i can't breathe",
            "hamstring cramp and my chest hurts", "a charley horse with a fever", "i have a cramp and i feel faint",
            "a cramp woke me up and i can't feel my legs", "my face is twitching and my speech is slurred",
            "my calf cramped and my whole body started jerking", "back spasm and numbness between my legs",
            "my lower back is in spasm and neither leg will move", "my calf is cramping and purple and cold",
            "back spasm and bowel accidents", "my leg is cramping and no feeling in my legs",
            "my back is cramping and chest is also paining", "my back is cramping and numb near my private parts",
            "my calf is cramping and face has become tilted", "my calf is cramping and much colder than the other one",
            "my neck is cramping and my head is pounding and i've got the chills",
            "cramp in my calf and now my foot's stone cold", "i've lost bowel control and my back is killing me",
            "back pain with numbness between legs", "my back's in spasm and i can't feel down there between my legs",
            "my back's in agony and i can't control my bladder", "my back's in agony and i've pissed myself",
            "cramp in my leg and now it's getting really hard to breathe",
            "my back's in spasm with numbness in my private parts", "cramp in my leg and now breathing is stopping",
            // the thirty-sixth round's
            "my back went into spasm and neither leg is working", "my calf is cramping and i can't pull in a full breath",
            "my hand is cramping and my face feels crooked", "my arm is cramping and cold and the colour has gone",
            "my back is in spasm and i can't feel myself when i go to the toilet",
            // the thirty-eighth round's: before it, those words matched no value
            "my back is in spasm and i can't feel between my legs"})
    void a_cramp_with_an_emergency_in_the_same_breath_gets_the_emergency_answer_in_every_locale(String said) {
        for (String locale : LOCALES) {
            SkillHarness person = new SkillHarness(locale);
            assertThat(matched(said, locale)).as(locale + ": a cramp intent carries it").isNotEqualTo("EmergencyIntent")
                    .isNotEqualTo("AMAZON.FallbackIntent");

            assertEmergency(person.say(said), locale, said);
        }
    }

    /** "back" said as "again" after a part (en-US, en-GB, en-CA and en-AU have the shape): a danger after it still comes first. */
    @ParameterizedTest
    @ValueSource(strings = {"my calf cramp is back again and i can't breathe", "my foot cramp's back and my leg is cold and blue"})
    void a_danger_said_after_a_cramp_that_is_back_again_gets_the_emergency_answer(String said) {
        assertEmergency(new SkillHarness().say(said), "en-US", said);
    }

    /**
     * An intent other than a cramp's that carries the symptom slot: a red flag told as a story ("it won't stop",
     * "every night", pain on walking), or a cramp to be logged. An emergency said after it still comes first.
     */
    @ParameterizedTest
    @CsvSource({"the cramp won't stop and my chest hurts, RedFlagPersistentIntent",
            "it won't go away and i can't breathe, RedFlagPersistentIntent",
            "i get cramps every night and my leg is cold and blue, RedFlagFrequentIntent",
            "my legs hurt when i walk and i feel faint, RedFlagWalkingIntent",
            // the thirty-fourth round's: before it, the first was logged with no number
            "note down that i had a cramp and i can't breathe, LogCrampIntent",
            "log this cramp and my chest hurts, LogCrampIntent",
            "write down i had a cramp and it's in my chest, LogCrampIntent"})
    void a_story_or_a_log_with_an_emergency_in_the_same_breath_gets_the_emergency_answer(String said, String carrier) {
        for (String locale : LOCALES) {
            assertThat(matched(said, locale)).as(locale + ": " + carrier + " carries it").isEqualTo(carrier);
            assertEmergency(new SkillHarness(locale).say(said), locale, said);
        }
    }

    @Test
    void inside_a_routine_a_cramp_with_an_emergency_gets_the_emergency_answer() {
        SkillHarness person = inTheCalfRoutine();
        assertThat(title(person.say("next"))).isEqualTo(Words.stepTitle("en-US", "calf", 1));

        assertEmergency(person.say("my calf is cramping and my leg is cold and blue"), "en-US", "mid-routine");
    }

    @Test
    void with_a_question_pending_a_cramp_with_an_emergency_gets_the_emergency_answer() {
        SkillHarness offered = new SkillHarness();
        assertThat(endsSession(offered.say("my calf is cramping"))).as("the routine offer is pending").isFalse();
        assertEmergency(offered.say("my calf is cramping and i can't breathe"), "en-US", "at the offer");

        SkillHarness asked = new SkillHarness();
        asked.say("start a routine");
        assertEmergency(asked.say("my back is in spasm and i've wet myself"), "en-US", "at \"which routine?\"");
    }

    @Test
    void at_the_consent_question_a_cramp_with_an_emergency_gets_the_emergency_answer() {
        SkillHarness person = SkillHarness.of(WITH_MEMORY, "amzn1.ask.account." + UUID.randomUUID());
        assertThat(speech(person.say("log a calf cramp"))).as("consent is asked").contains("Shall I keep it");

        assertEmergency(person.say("my neck is cramping and my neck's stiff and i've got a fever"), "en-US", "at consent");
    }

    // A cramp with a red flag in the same breath: that red flag's answer.

    @ParameterizedTest
    @CsvSource({"my calf is cramping and it's swollen and hot, RedFlagSwellingIntent",
            "my foot is cramping and it's numb, RedFlagNumbnessIntent",
            "my hamstring is cramping and it won't stop, RedFlagPersistentIntent",
            "my back is in spasm and nothing helps, RedFlagPersistentIntent",
            "leg cramp and i get them every night, RedFlagFrequentIntent",
            "i've got a cramp in my calf and since i started statins, RedFlagMedicationIntent",
            "my calf hurts and it happens when i walk, RedFlagWalkingIntent",
            "my calf is cramping and still hard as a rock, RedFlagPersistentIntent",
            "my leg is cramping and can't feel my toes, RedFlagNumbnessIntent",
            "my calf is cramping and puffed right up, RedFlagSwellingIntent",
            "leg cramp and five cramps tonight, RedFlagFrequentIntent",
            "cramp in my hand and now it's gone weak, RedFlagNumbnessIntent",
            "cramp in my leg and now my foot's all pins and needles, RedFlagNumbnessIntent",
            "my calf is cramping and it's really swollen and hot, RedFlagSwellingIntent",
            // A sign in the body said after a red flag told as a story comes first; another story does not.
            "it won't go away and my calf is swollen and hot, RedFlagSwellingIntent",
            "i get leg cramps every day and my foot is numb, RedFlagNumbnessIntent",
            "my legs hurt when i walk and it's swollen, RedFlagSwellingIntent",
            "it won't go away and i get them every night, RedFlagPersistentIntent"})
    void a_cramp_with_a_red_flag_in_the_same_breath_gets_that_red_flags_answer(String said, String redFlag) {
        assertSameAnswer(new SkillHarness().say(said), new SkillHarness().intent(redFlag), "\"" + said + "\"");
    }

    /** The same card title and the same speech as the intent's own answer. */
    private static void assertSameAnswer(JsonNode answer, JsonNode expected, String said) {
        assertThat(title(answer)).as(said).isEqualTo(title(expected));
        assertThat(speech(answer)).as(said).isEqualTo(speech(expected));
    }

    /** A prescription named (the Medicine type's names) with cramps since: the new-medicine red flag, in every locale. */
    @ParameterizedTest
    @ValueSource(strings = {"since i started lipitor my legs cramp", "could my new lasix be giving me cramps",
            "my dad started atorvastatin and his legs keep cramping"})
    void a_prescription_named_with_cramps_since_is_the_new_medicine_red_flag(String said) {
        for (String locale : LOCALES) {
            assertThat(matched(said, locale)).as(locale + ": \"" + said + "\"").isEqualTo("RedFlagMedicationIntent");
            assertSameAnswer(new SkillHarness(locale).say(said), new SkillHarness(locale).intent("RedFlagMedicationIntent"),
                    locale + ": \"" + said + "\"");
        }
    }

    @Test
    void inside_a_routine_a_red_flag_in_the_same_breath_is_answered_as_the_red_flag_is() {
        SkillHarness withFlag = inTheCalfRoutine();
        SkillHarness asFlag = inTheCalfRoutine();

        JsonNode answer = withFlag.say("my calf is cramping and it's swollen and hot");
        JsonNode expected = asFlag.intent("RedFlagSwellingIntent");

        assertThat(speech(answer)).isEqualTo(speech(expected));
        assertThat(endsSession(answer)).isEqualTo(endsSession(expected));
        assertThat(title(withFlag.say("next"))).as("what comes after is the red flag's too").isEqualTo(title(asFlag.say("next")));
    }

    // Nothing said in the same breath: the usual relief. Something the skill did not understand: it may be a danger,
    // so the local number first, then the usual relief.

    /** The sentence that puts the local number first, as spoken (tags removed). */
    private static String numberFirst(String locale) {
        return "If anything more than a cramp is wrong, call " + NUMBER.get(locale) + " now.";
    }

    private static String words(JsonNode response) {
        return speech(response).replaceAll("<[^>]+>", "").strip();
    }

    @ParameterizedTest
    @CsvSource({"CrampIntent, FOOT, relief.foot", "CalfCrampIntent, , relief.calf", "BackSpasmIntent, , relief.back",
            "NightCrampsIntent, , relief.night", "RedFlagPersistentIntent, , redflag.persistent",
            "RedFlagFrequentIntent, , redflag.frequent", "RedFlagWalkingIntent, , redflag.walking"})
    void a_symptom_not_understood_puts_the_local_number_before_the_usual_relief(String intent, String part, String key) {
        for (String locale : LOCALES) {
            String expectedTitle = Words.in(locale).reply(key).cardTitle();
            JsonNode plain = send(locale, intent, part, null);
            JsonNode unresolved = send(locale, intent, part, unmatched("it itches"));
            JsonNode unknown = send(locale, intent, part,
                    new UtteranceMatcher.SlotFill("Symptom", "it itches", "EMERGENCY_ITCH", "it itches"));

            assertThat(title(plain)).as(locale).startsWith(expectedTitle);
            assertThat(words(plain)).as(locale + ": nothing said in the same breath").doesNotContain(numberFirst(locale));
            for (JsonNode answer : List.of(unresolved, unknown)) {
                assertThat(words(answer)).as(locale + ": words no value matched, or an id this code does not know")
                        .isEqualTo(numberFirst(locale) + " " + words(plain));
                assertThat(title(answer)).as(locale).isEqualTo(title(plain));
                assertThat(answer.at("/response/card/content").asText()).as(locale + ": the card says it too")
                        .startsWith(numberFirst(locale) + "\n").endsWith(plain.at("/response/card/content").asText());
                assertThat(answer.at("/response/reprompt")).as(locale + ": the same question, if any")
                        .isEqualTo(plain.at("/response/reprompt"));
                assertThat(endsSession(answer)).as(locale).isEqualTo(endsSession(plain));
            }
        }
    }

    /**
     * "Cramp in my thigh and out of nowhere I can't get any air in": Alexa fills the two-part sample's second part
     * with whatever follows "and", a body part or not.
     */
    @Test
    void words_in_a_second_parts_place_that_are_no_part_put_the_local_number_before_the_first_parts_answer() {
        for (String locale : LOCALES) {
            JsonNode plain = send(locale, "CrampIntent", "FOOT", null);
            SkillHarness person = new SkillHarness(locale);
            JsonNode answer = person.mine(person.envelopes.intent(new UtteranceMatcher.Match("CrampIntent", Map.of(
                    "bodyPart", new UtteranceMatcher.SlotFill("BodyPart", "foot", "FOOT", "foot"),
                    Companion.OTHER_PART, new UtteranceMatcher.SlotFill("BodyPart", "out of nowhere i can't get any air in",
                            null, null)))));

            assertThat(words(answer)).as(locale).isEqualTo(numberFirst(locale) + " " + words(plain));
            assertThat(title(answer)).as(locale + ": the foot's answer, asking nothing").isEqualTo(title(plain));
        }
    }

    /**
     * A danger said after a question or a red flag (heat or ice, pickle juice, swelling, and the lasting, frequent
     * and walking red flags carry the symptom slot; a danger after a new medicine or a twitch is a sample), or a call
     * for an ambulance with no "and" after a cramp.
     */
    @ParameterizedTest
    @CsvSource({"should i put ice on it i can barely breathe, HeatOrIceIntent",
            "is heat okay on my back i can't control my bladder, HeatOrIceIntent",
            "i was going to drink pickle juice for my cramp but now my chest hurts, PickleJuiceIntent",
            "my leg's swollen and red and now i can't breathe, RedFlagSwellingIntent",
            "been on statins and now my pee looks like cola, EmergencyIntent",
            "my eye is twitching and now half my face won't move, EmergencyIntent",
            "my calf is cramping so bad get me an ambulance, EmergencyIntent"})
    void a_danger_said_after_a_question_a_red_flag_a_twitch_or_a_cramp_gets_the_local_number_first(String said, String intent) {
        for (String locale : LOCALES) {
            SkillHarness person = new SkillHarness(locale);

            assertThat(matched(said, locale)).as(locale + ": \"" + said + "\"").isEqualTo(intent);
            assertEmergency(person.say(said), locale, said);
        }
    }

    /**
     * "Is it serious if my chest is tight?", "should I put ice on it, it's swollen and hot": the danger or red flag
     * asked about is in the question's symptom slot, and its answer comes instead of the question's (the emergency
     * answer for a danger, the red flag's own answer otherwise); words the slot does not know put the number before
     * the intent's own answer. An empty last column is a danger: the emergency answer.
     */
    @ParameterizedTest
    @CsvSource({"is it serious if my chest is tight, SpasmsDangerousIntent, DANGEROUS, ",
            "should i put ice on it it's swollen and hot, RedFlagSwellingIntent, REDFLAG_SWELLING, REDFLAG_SWELLING"})
    void a_danger_or_red_flag_asked_about_gets_its_answer_first_and_words_not_understood_put_the_number_first(
            String said, String intent, Key plainAnswer, Key saidAnswer) {
        for (String locale : LOCALES) {
            SkillHarness person = new SkillHarness(locale);
            JsonNode asked = person.say(said);
            JsonNode plain = send(locale, intent, null, null);
            JsonNode unclear = send(locale, intent, null, unmatched("my toes look a bit odd"));

            if (saidAnswer == null) {
                assertEmergency(asked, locale, said);
            } else {
                assertThat(title(asked)).as(locale).isEqualTo(Words.reply(locale, saidAnswer).cardTitle());
            }
            assertThat(title(plain)).as(locale).isEqualTo(Words.reply(locale, plainAnswer).cardTitle());
            assertThat(words(unclear)).as(locale).isEqualTo(numberFirst(locale) + " " + words(plain));
        }
    }

    @Test
    void a_call_for_an_ambulance_said_after_a_cramp_is_the_emergency_answer_in_every_locale() {
        Map<String, String> said = Map.of("en-US", "call nine one one", "en-GB", "ring nine nine nine",
                "en-CA", "call an ambulance", "en-AU", "call triple zero", "en-IN", "call one zero eight");
        for (String locale : LOCALES) {
            SkillHarness person = new SkillHarness(locale);

            assertEmergency(person.say("my hamstring is cramping " + said.get(locale)), locale, said.get(locale));
        }
    }

    /** "Not my calf, it's my {bodyPart}": beside a part set aside, the cramping part sits where a second part did. */
    @Test
    void beside_a_part_set_aside_words_in_the_cramping_parts_place_that_are_no_part_put_the_number_first() {
        for (String locale : LOCALES) {
            JsonNode plain = send(locale, "CrampIntent", null, null);
            SkillHarness person = new SkillHarness(locale);
            JsonNode answer = person.mine(person.envelopes.intent(new UtteranceMatcher.Match("CrampIntent", Map.of(
                    Companion.BESIDE_PART, new UtteranceMatcher.SlotFill("BodyPart", "calf", "CALF", "calf"),
                    Companion.PART, new UtteranceMatcher.SlotFill("BodyPart", "chest and i can't breathe", null, null)))));

            assertThat(words(answer)).as(locale).isEqualTo(numberFirst(locale) + " " + words(plain));
        }
    }

    @Test
    void after_the_number_first_repeat_says_the_relief_alone_and_its_question_is_still_pending() {
        SkillHarness person = new SkillHarness();
        JsonNode answer = person.intent(new UtteranceMatcher.Match("CalfCrampIntent",
                Map.of(Companion.SLOT, unmatched("my toenail is itchy"))));
        assertThat(words(answer)).startsWith(numberFirst("en-US"));
        assertThat(endsSession(answer)).as("the calf's answer offers its routine").isFalse();

        JsonNode again = person.say("repeat");
        assertThat(numberFirst("en-US") + " " + words(again)).isEqualTo(words(answer));
        assertThat(title(person.say("yes"))).as("yes still answers the offer").isEqualTo(Words.stepTitle("en-US", "calf", 0));
    }

    @Test
    void inside_a_routine_a_symptom_not_understood_puts_the_number_before_what_the_cramp_would_get() {
        SkillHarness withSymptom = inTheCalfRoutine();
        SkillHarness without = inTheCalfRoutine();

        JsonNode answer = withSymptom.intent(new UtteranceMatcher.Match("CalfCrampIntent",
                Map.of(Companion.SLOT, unmatched("it feels weird"))));
        JsonNode expected = without.intent("CalfCrampIntent");

        assertThat(words(answer)).isEqualTo(numberFirst("en-US") + " " + words(expected));
        assertThat(title(withSymptom.say("next"))).as("the place is the same").isEqualTo(title(without.say("next")));
    }

    @Test
    void an_emergency_with_a_symptom_not_understood_names_the_number_once_as_always() {
        JsonNode emergency = send("en-US", "EmergencyIntent", null,
                unmatched("it feels weird"));

        assertEmergency(emergency, "en-US", "an emergency with words no value matched");
        assertThat(words(emergency)).doesNotContain(numberFirst("en-US"));
    }

    /**
     * Words an ordinary cramp is said with ("i went down", "seizing up", "it's fading out", a black toenail, a calf
     * "stiff and twitching") are never a danger's value, nor hold one: a slot value is matched wherever its words are
     * said, and said after a cramp they would end the session with a call for an ambulance.
     */
    @ParameterizedTest
    @ValueSource(strings = {"i went down", "went down", "i dropped", "dropped", "fading out", "seizing", "i'm seizing",
            "seizing up", "a fit", "convulsing", "my body is jerking", "nearly black", "almost black", "going purple",
            "it's turning purple", "turned purple", "bluish", "down my left arm", "going into my jaw", "my vision went",
            "seeing spots", "body is jerking", "arms and legs are twitching", "ended up on the floor", "going to collapse",
            "my calf is stiff and twitching", "my leg is twitching and stiff", "i can't grip anything with my hand",
            "my mouth feels lopsided", "i'm dragging my leg", "a splitting headache", "my calf feels hot as",
            "i'm boiling", "i'm running hot", "i'm breathing really fast", "both my legs went to jelly",
            "both legs gave out", "a funny blue colour", "my chest is fine", "stretch my chest", "my whole body jerks",
            "a blue colour", "seeing stars", "i hit the deck", "i'm shaking all over", "the chills",
            "i'm shivering", "i had an accident", "my private parts", "leaking pee", "chin to chest",
            "the light hurts my eyes", "down the side of my body", "the side of my face", "my jaw hurts too",
            "sucking in air", "droopy eyelid", "the pain is going to my left hand", "pain going down my left hand"})
    void words_said_with_an_ordinary_cramp_are_no_emergency_value(String words) {
        for (String locale : LOCALES) {
            assertThat(InteractionModel.forLocale(locale).types().get("Symptom")).as(locale)
                    .filteredOn(value -> value.id().startsWith("EMERGENCY_"))
                    .allSatisfy(value -> {
                        List<String> all = new java.util.ArrayList<>(value.synonyms());
                        all.add(value.name());
                        assertThat(all).as(locale + " " + value.id() + ": none of its words said inside \"" + words + "\"")
                                .noneMatch(said -> (" " + words + " ").contains(" " + said + " "));
                    });
        }
    }

    @Test
    void a_companion_never_makes_an_answer_less_urgent() {
        JsonNode emergency = send("EmergencyIntent", null, new UtteranceMatcher.SlotFill("Symptom", "it's numb",
                "REDFLAG_NUMBNESS", "it's numb"));
        assertEmergency(emergency, "en-US", "an emergency with a red flag's id");

        JsonNode worse = send("RedFlagNumbnessIntent", null, new UtteranceMatcher.SlotFill("Symptom", "i can't breathe",
                "EMERGENCY_BREATHING", "i can't breathe"));
        assertEmergency(worse, "en-US", "a red flag with an emergency's id");
    }

    /**
     * Sent as Alexa would send it, whatever the model matches: a sign in the body (swelling, numbness) said after a red
     * flag told as a story gets the sign's answer; another story keeps the first one's; a story never outranks a sign.
     */
    @ParameterizedTest
    @CsvSource({"RedFlagPersistentIntent, REDFLAG_SWELLING, RedFlagSwellingIntent",
            "RedFlagFrequentIntent, REDFLAG_NUMBNESS, RedFlagNumbnessIntent",
            "RedFlagWalkingIntent, REDFLAG_SWELLING, RedFlagSwellingIntent",
            "RedFlagPersistentIntent, REDFLAG_FREQUENT, RedFlagPersistentIntent",
            "RedFlagSwellingIntent, REDFLAG_PERSISTENT, RedFlagSwellingIntent",
            "RedFlagNumbnessIntent, REDFLAG_SWELLING, RedFlagNumbnessIntent"})
    void a_sign_in_the_body_comes_before_a_red_flag_told_as_a_story(String intent, String symptomId, String expected) {
        JsonNode answer = send(intent, null, new UtteranceMatcher.SlotFill("Symptom", "said", symptomId, "said"));
        assertSameAnswer(answer, new SkillHarness().intent(expected), intent + " with " + symptomId);
    }

    @Test
    void every_symptom_the_models_know_has_an_answer_first_and_every_cramp_intent_and_story_red_flag_takes_the_slot() {
        for (String locale : LOCALES) {
            InteractionModel model = InteractionModel.forLocale(locale);
            assertThat(model.types().get("Symptom")).as(locale).isNotEmpty()
                    .allSatisfy(value -> assertThat(Companion.byId(value.id())).as(locale + " " + value.id()).isPresent());
            for (String cramp : List.of("CrampIntent", "CalfCrampIntent", "BackSpasmIntent", "NightCrampsIntent", "FaceSpasmIntent",
                    "RedFlagPersistentIntent", "RedFlagFrequentIntent", "RedFlagWalkingIntent")) {
                assertThat(model.intents()).as(locale).filteredOn(intent -> intent.name().equals(cramp)).singleElement()
                        .satisfies(intent -> assertThat(intent.slots()).containsEntry(Companion.SLOT, "Symptom"));
            }
        }
    }

    private static JsonNode send(String intent, String part, UtteranceMatcher.SlotFill symptom) {
        return send("en-US", intent, part, symptom);
    }

    /** A new person, at the calf routine's first stretch. */
    private static SkillHarness inTheCalfRoutine() {
        SkillHarness person = new SkillHarness();
        person.say("start the calf routine");
        return person;
    }

    /** The symptom slot filled with {@code words} that match none of its values, as Alexa sends them. */
    private static UtteranceMatcher.SlotFill unmatched(String words) {
        return new UtteranceMatcher.SlotFill("Symptom", words, null, null);
    }

    /** One request in a new session: {@code intent}, with the body part (if any) and the symptom slot as given. */
    private static JsonNode send(String locale, String intent, String part, UtteranceMatcher.SlotFill symptom) {
        SkillHarness person = new SkillHarness(locale);
        Map<String, UtteranceMatcher.SlotFill> slots = new LinkedHashMap<>();
        if (part != null) {
            slots.put("bodyPart", new UtteranceMatcher.SlotFill("BodyPart", part.toLowerCase(java.util.Locale.ROOT), part,
                    part.toLowerCase(java.util.Locale.ROOT)));
        }
        slots.put(Companion.SLOT, symptom);
        return person.mine(person.envelopes.intent(new UtteranceMatcher.Match(intent, slots)));
    }
}
