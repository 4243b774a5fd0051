package com.crampcoach.relief;

import static com.crampcoach.SkillHarness.endsSession;
import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.crampcoach.conversation.Companion;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, item 3: each body part reaches its own answer and never another part's stretch; "my thigh" asks front or
 * back; vague lines ask where; one leg that won't move gets the relief with a safety line; a medicine named gets the
 * medicines answer. Through the real handler; answers are told apart by the content key the session keeps for
 * "repeat", except where safety depends on the words.
 */
class BodyPartAnswersTest {

    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Map<String, String> NUMBER = Words.EMERGENCY_DIGITS;

    /**
     * What every BodyPart id must be answered with, decided here rather than read from the code: a new id without a
     * decision fails the test, and so does a part that reaches another part's stretch.
     */
    private static final Map<String, Key> ANSWER = ordered(
            "CALF", Key.RELIEF_CALF, "FOOT", Key.RELIEF_FOOT, "TOES", Key.RELIEF_TOES,
            "HAMSTRING", Key.RELIEF_HAMSTRING, "QUADRICEPS", Key.RELIEF_QUADRICEPS, "THIGH", Key.THIGH_WHICH,
            "SHIN", Key.RELIEF_SHIN, "ARM", Key.RELIEF_ARM, "HAND", Key.RELIEF_HAND, "BACK", Key.RELIEF_BACK,
            "NECK", Key.RELIEF_NECK, "STOMACH", Key.STOMACH, "BUTTOCK", Key.RELIEF_GENERAL,
            "FRONT", Key.RELIEF_GENERAL, "BEHIND", Key.RELIEF_GENERAL);

    /** What a new person in {@code locale} hears for {@code said}, held to be {@code answer}'s reply. */
    private static JsonNode answered(String locale, String said, Key answer) {
        JsonNode response = new SkillHarness(locale).say(said);
        assertThat(key(response)).as(locale + " " + said).isEqualTo(answer.id());
        return response;
    }

    /** The content key of the answer just given, as the session keeps it for "repeat". */
    private static String key(JsonNode response) {
        return response.at("/sessionAttributes/coach/last/key").asText();
    }

    private static String words(JsonNode response) {
        return speech(response).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }

    private static JsonNode cramp(SkillHarness person, String id, String said) {
        return person.mine(person.envelopes.intent(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart",
                new UtteranceMatcher.SlotFill("BodyPart", said, id, said)))));
    }

    // Every body part, its own answer.

    @Test
    void every_body_part_id_in_every_locale_reaches_its_own_answer_and_no_other_parts_stretch() {
        for (String locale : LOCALES) {
            List<InteractionModel.SlotValue> values = InteractionModel.forLocale(locale).types().get("BodyPart");
            assertThat(values.stream().map(InteractionModel.SlotValue::id).collect(Collectors.toSet()))
                    .as(locale + ": every BodyPart id has its answer decided in this test").isEqualTo(ANSWER.keySet());
            for (InteractionModel.SlotValue value : values) {
                SkillHarness person = new SkillHarness(locale);
                JsonNode response = cramp(person, value.id(), value.name());
                assertThat(key(response)).as(locale + " " + value.id()).isEqualTo(ANSWER.get(value.id()).id());
                assertThat(speech(response)).as(locale + " " + value.id()).doesNotContain("went wrong");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"my shin is cramping, relief.shin", "my shins are cramping, relief.shin",
            "cramp in the front of my shin, relief.shin", "my arm is cramping, relief.arm",
            "my forearm is cramping, relief.arm", "cramp in my forearm, relief.arm",
            "my stomach is cramping, stomach", "a stitch in my side, stomach", "my ribs are cramping, stomach",
            "my belly is cramping, stomach", "my bum is cramping, relief.general", "my glutes are cramping, relief.general",
            "my calf's gone, relief.calf", "foot's cramping, relief.foot", "my hammy's gone, relief.hamstring",
            "my quad's cramping, relief.quadriceps", "my big toe's cramping, relief.toes", "my back's gone, relief.back",
            "i think it's my arch, relief.foot", "my fingers are cramping, relief.hand"})
    void what_people_call_a_body_part_reaches_that_parts_answer(String said, String expected) {
        SkillHarness person = new SkillHarness();

        assertThat(key(person.say(said))).as(said).isEqualTo(expected);
    }

    @Test
    void the_stomach_says_it_is_not_a_cramp_it_can_help_with_and_names_the_danger_signs_in_every_locale() {
        for (String locale : LOCALES) {
            JsonNode response = cramp(new SkillHarness(locale), "STOMACH", "stomach");
            String words = words(response);
            assertThat(key(response)).as(locale).isEqualTo(Key.STOMACH.id());
            assertThat(speech(response)).as(locale).isEqualTo("<speak>" + Words.said(locale, Key.STOMACH) + "</speak>");
            // Kept in words on purpose: safety rests on these danger signs being named, whatever content says.
            assertThat(words).as(locale).contains(NUMBER.get(locale), "chest pain", "severe", "getting worse", "vomiting blood", "fever",
                            "black", "pregnant")
                    .doesNotContain("Hold", "stretch the");
            // The emergency signs come before the see-a-doctor ones.
            assertThat(words.indexOf(NUMBER.get(locale))).as(locale).isLessThan(words.indexOf("fever"));
        }
    }

    @Test
    void the_arm_script_names_the_emergency_number_for_chest_pain_before_the_hold_in_every_locale() {
        for (String locale : LOCALES) {
            String speech = speech(cramp(new SkillHarness(locale), "ARM", "arm"));
            assertThat(speech).as(locale).containsSubsequence("pull your fingers back", "chest pain",
                    NUMBER.get(locale), "<break");
        }
    }

    // The thigh: front or back.

    @ParameterizedTest
    @ValueSource(strings = {"my thigh", "my thigh is cramping", "my upper leg", "my thigh's seized up", "thigh"})
    void the_thigh_alone_asks_front_or_back_and_waits(String said) {
        SkillHarness person = new SkillHarness();

        JsonNode asked = person.say(said);

        assertThat(key(asked)).as(said).isEqualTo(Key.THIGH_WHICH.id());
        assertThat(endsSession(asked)).isFalse();
        assertThat(speech(asked)).isEqualTo("<speak>" + Words.said("en-US", Key.THIGH_WHICH) + "</speak>");
    }

    @ParameterizedTest
    @CsvSource({"front, relief.quadriceps", "the front, relief.quadriceps", "front of my thigh, relief.quadriceps",
            "back, relief.hamstring", "the back, relief.hamstring", "behind, relief.hamstring",
            "back of my thigh, relief.hamstring", "go back, relief.hamstring"})
    void front_or_back_answers_the_thigh_question_with_that_sides_stretch(String answer, String expected) {
        SkillHarness person = new SkillHarness();
        person.say("my thigh");

        JsonNode stretch = person.say(answer);

        assertThat(key(stretch)).as("\"my thigh\", then \"" + answer + "\"").isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"my calf cramp is back again, relief.calf", "the cramp in my foot is back again, relief.foot",
            "a charley horse in my calf and it's back again, relief.calf",
            "my hamstring is tight it's super tight back there, relief.hamstring", "my back cramp is back again, relief.back"})
    void back_said_as_again_or_there_after_a_part_is_not_the_back(String said, String expected) {
        SkillHarness person = new SkillHarness();

        assertThat(key(person.say(said))).as(said).isEqualTo(expected);
    }

    @Test
    void back_without_the_thigh_question_is_still_the_back() {
        SkillHarness person = new SkillHarness();

        assertThat(key(person.say("back"))).isEqualTo(Key.RELIEF_BACK.id());
        person.say("my thigh");
        person.say("front");
        assertThat(key(person.say("back"))).as("the thigh question was answered already").isEqualTo(Key.RELIEF_BACK.id());
    }

    @Test
    void front_without_the_thigh_question_names_no_part_and_asks_where() {
        JsonNode response = new SkillHarness().say("front");

        assertThat(key(response)).isEqualTo(Key.RELIEF_GENERAL.id());
        assertThat(endsSession(response)).isFalse();
    }

    // Two parts in one breath.

    /** One turn of the person's session: a cramp intent with two parts, as Alexa would resolve them. */
    private static JsonNode twoParts(SkillHarness person, String id, String otherId) {
        return person.intent(new UtteranceMatcher.Match("CrampIntent", Map.of(
                "bodyPart", new UtteranceMatcher.SlotFill("BodyPart", id.toLowerCase(), id, id.toLowerCase()),
                Companion.OTHER_PART, new UtteranceMatcher.SlotFill("BodyPart", otherId.toLowerCase(), otherId,
                        otherId.toLowerCase()))));
    }

    /** One turn of the person's session: a cramp intent with one part. */
    private static JsonNode onePart(SkillHarness person, String id) {
        return person.intent(new UtteranceMatcher.Match("CrampIntent", Map.of(
                "bodyPart", new UtteranceMatcher.SlotFill("BodyPart", id.toLowerCase(), id, id.toLowerCase()))));
    }

    @Test
    void two_parts_with_their_own_stretches_ask_which_one_naming_both_and_the_answer_gets_its_stretch_in_every_locale() {
        for (String locale : LOCALES) {
            SkillHarness person = new SkillHarness(locale);

            JsonNode asked = twoParts(person, "CALF", "FOOT");

            Map<String, String> both = Map.of("place", Words.place(locale, "CALF"), "other", Words.place(locale, "FOOT"));
            assertThat(key(asked)).as(locale).isEqualTo(Key.WHICH_PART.id());
            assertThat(speech(asked)).as(locale).isEqualTo("<speak>" + Words.said(locale, Key.WHICH_PART, both) + "</speak>");
            assertThat(endsSession(asked)).as(locale).isFalse();
            assertThat(key(onePart(person, "FOOT"))).as(locale + ": the answer to which one").isEqualTo(Key.RELIEF_FOOT.id());
        }
    }

    @ParameterizedTest
    @CsvSource({"my calf and my foot are cramping, your calf, your foot",
            "cramp in my hand and my arm, your hand, your arm",
            "my back and neck are both cramping, your back, your neck or shoulder"})
    void two_parts_said_in_one_breath_ask_which_one(String said, String place, String other) {
        SkillHarness person = new SkillHarness();

        JsonNode asked = person.say(said);

        assertThat(key(asked)).as(said).isEqualTo(Key.WHICH_PART.id());
        assertThat(words(asked)).as(said).containsSubsequence(place, other);
        assertThat(key(person.say("my calf"))).as("the answer to which one").isEqualTo(Key.RELIEF_CALF.id());
    }

    @ParameterizedTest
    @CsvSource({"my foot's fine it's my calf, RELIEF_CALF", "not my calf it's my foot, RELIEF_FOOT",
            "it's my hamstring not my calf, RELIEF_HAMSTRING", "my toes on my left foot are cramping, RELIEF_TOES",
            "my calf not my foot, RELIEF_CALF"})
    void a_part_said_to_be_fine_or_named_only_to_place_the_cramp_is_set_aside_and_the_other_gets_its_stretch(String said,
            Key expected) {
        JsonNode answer = new SkillHarness().say(said);

        assertThat(speech(answer)).as(said + ": that part's stretch, nothing before it")
                .isEqualTo("<speak>" + Words.said("en-US", expected) + "</speak>");
    }

    /**
     * A part corrected can come first ("not the foot, it's my calf"), and a place can say which part: every locale,
     * nothing said before the stretch.
     */
    @ParameterizedTest
    @CsvSource({"not the foot it's my calf, RELIEF_CALF", "i thought it was my back but it's my neck, RELIEF_NECK",
            "my foot is fine it's the shin, RELIEF_SHIN", "back of my left leg between my knee and my hip, RELIEF_HAMSTRING",
            "front of my leg just above my ankle, RELIEF_SHIN"})
    void a_part_corrected_first_is_set_aside_and_a_place_can_name_the_part(String said, Key expected) {
        for (String locale : LOCALES) {
            JsonNode answer = new SkillHarness(locale).say(said);

            assertThat(speech(answer)).as(locale + " " + said + ": that part's stretch, nothing before it")
                    .isEqualTo("<speak>" + Words.said(locale, expected) + "</speak>");
        }
    }

    /**
     * A cramp that moved from one place into another: the skill asks which of the two, and when the first place is no
     * part it knows (the chest), the local number comes before the second part's stretch. Every locale.
     */
    @Test
    void a_cramp_that_moved_asks_which_part_and_a_first_place_that_is_no_part_puts_the_number_first() {
        for (String locale : LOCALES) {
            JsonNode moved = new SkillHarness(locale).say("it started in my foot and now it's moved into my toes");
            JsonNode chest = new SkillHarness(locale).say("it started in my chest and now it's moved into my arm");

            assertThat(key(moved)).as(locale).isEqualTo(Key.WHICH_PART.id());
            // Kept in words on purpose: the number must be said first, whatever content says.
            assertThat(words(chest)).as(locale).startsWith("If anything more than a cramp is wrong, call " + NUMBER.get(locale));
            assertThat(chest.at("/response/card/title").asText()).as(locale + ": then the arm's answer")
                    .isEqualTo(Words.reply(locale, Key.RELIEF_ARM).cardTitle());
        }
    }

    @Test
    void a_part_set_aside_that_is_no_part_brings_no_number_first_and_alone_asks_where() {
        for (String locale : LOCALES) {
            SkillHarness person = new SkillHarness(locale);
            JsonNode knee = person.intent(new UtteranceMatcher.Match("CrampIntent", Map.of(
                    "bodyPart", new UtteranceMatcher.SlotFill("BodyPart", "calf", "CALF", "calf"),
                    Companion.BESIDE_PART, new UtteranceMatcher.SlotFill("BodyPart", "knee", null, null))));
            JsonNode aside = new SkillHarness(locale).intent(new UtteranceMatcher.Match("CrampIntent", Map.of(
                    Companion.BESIDE_PART, new UtteranceMatcher.SlotFill("BodyPart", "foot", "FOOT", "foot"))));

            assertThat(speech(knee)).as(locale + ": the calf's stretch, nothing before it")
                    .isEqualTo("<speak>" + Words.said(locale, Key.RELIEF_CALF) + "</speak>");
            assertThat(key(aside)).as(locale + ": only a part that is fine: where is it?").isEqualTo(Key.RELIEF_GENERAL.id());
        }
    }

    @ParameterizedTest
    @CsvSource({"CALF, CALF, relief.calf", "CALF, BUTTOCK, relief.calf", "BUTTOCK, HAMSTRING, relief.hamstring",
            "FRONT, CALF, relief.general", "SHIN, BEHIND, relief.general", "BUTTOCK, FRONT, relief.general",
            "THIGH, CALF, which-part", "STOMACH, BACK, which-part", "HAMSTRING, QUADRICEPS, which-part"})
    void a_part_without_a_stretch_a_side_or_the_same_part_twice_asks_nothing_of_which_one(String id, String otherId,
            String expected) {
        assertThat(key(twoParts(new SkillHarness(), id, otherId))).as(id + " and " + otherId).isEqualTo(expected);
    }

    @Test
    void the_thigh_named_beside_another_part_asks_which_then_front_or_back() {
        SkillHarness person = new SkillHarness();
        twoParts(person, "THIGH", "CALF");

        assertThat(key(onePart(person, "THIGH"))).isEqualTo(Key.THIGH_WHICH.id());
        assertThat(key(person.say("back"))).as("the back of the thigh").isEqualTo(Key.RELIEF_HAMSTRING.id());
    }

    @Test
    void a_danger_said_with_two_parts_still_comes_first() {
        SkillHarness person = new SkillHarness("en-AU");
        JsonNode response = person.mine(person.envelopes.intent(new UtteranceMatcher.Match("CrampIntent", Map.of(
                "bodyPart", new UtteranceMatcher.SlotFill("BodyPart", "calf", "CALF", "calf"),
                Companion.OTHER_PART, new UtteranceMatcher.SlotFill("BodyPart", "foot", "FOOT", "foot"),
                "symptom", new UtteranceMatcher.SlotFill("Symptom", "it's gone cold and blue", "EMERGENCY_COLD_LIMB",
                        "cold and blue")))));

        assertThat(response.at("/response/card/title").asText()).isEqualTo(Words.reply("en-AU", Key.EMERGENCY).cardTitle());
        // Kept in words on purpose: the number itself first.
        assertThat(words(response)).startsWith("Call 000");
    }

    // Vague lines.

    @ParameterizedTest
    @ValueSource(strings = {"it hurts", "ow", "ouch", "it's bad", "it really hurts", "i'm in pain", "it's killing me",
            "make it stop", "help me"})
    void a_vague_line_asks_where_and_names_the_emergency_number_never_a_red_flag_or_a_parts_stretch(String said) {
        SkillHarness person = new SkillHarness();

        JsonNode response = person.say(said);

        assertThat(key(response)).as(said).isIn(Key.RELIEF_GENERAL.id(), Key.HELP.id());
        assertThat(endsSession(response)).as(said).isFalse();
        assertThat(speech(response)).as(said).isEqualTo("<speak>" + Words.in("en-US").reply(key(response)).speech() + "</speak>");
        // Kept in words on purpose: the emergency number must be said, whatever content says.
        assertThat(words(response)).as(said).contains("911");
        assertThat(key(person.say("my calf"))).as("the answer to where").isEqualTo(Key.RELIEF_CALF.id());
    }

    // One leg that won't move, and both legs.

    @ParameterizedTest
    @ValueSource(strings = {"i can't move my leg", "my leg won't move", "i can't straighten my leg",
            "my leg's stuck and i can't move it", "can't move my leg", "i can't move my leg it's cramping",
            "i can't move my leg at all", "my husband's leg is locked and he can't bend it but he can feel it fine"})
    void one_leg_that_wont_move_gets_the_relief_with_one_safety_line(String said) {
        for (String locale : LOCALES) {
            SkillHarness person = new SkillHarness(locale);

            JsonNode response = person.say(said);

            assertThat(key(response)).as(locale + " " + said).isEqualTo(Key.RELIEF_CALF.id());
            assertThat(endsSession(response)).isFalse();
            // Kept in words on purpose: this safety line and its local number must survive any rewording.
            assertThat(words(response)).as(locale + " " + said)
                    .contains("If you can't feel the leg, or both legs won't move, call " + NUMBER.get(locale) + " now.");
        }
    }

    /**
     * A back spasm reached when the person had a danger beside it that no model carried (a relative's back, words the
     * model never heard) still names the number: the nerve signs at the base of the spine are said before the hold.
     */
    @ParameterizedTest
    @ValueSource(strings = {"my back's gone into spasm", "my back went out", "back spasm"})
    void the_back_spasm_relief_names_the_nerve_emergency_with_the_local_number_before_the_hold(String said) {
        for (String locale : LOCALES) {
            JsonNode response = answered(locale, said, Key.RELIEF_BACK);
            // Kept in words on purpose: this safety line and its local number must survive any rewording.
            String line = "If both legs go weak, or you can't feel between your legs, or you lose control of your bladder"
                    + " or bowels, or can't pee at all, call " + NUMBER.get(locale) + " now.";
            assertThat(words(response)).as(locale + " " + said).contains(line);
            assertThat(speech(response).indexOf(line.substring(0, 20))).as("said before the hold starts")
                    .isLessThan(speech(response).indexOf("<break"));
        }
    }

    /**
     * A stiff neck with a fever, a rash or a sudden, severe headache is the emergency; said in words no model carries,
     * the neck's own answer is reached without them, so that answer names the danger and the local number before
     * anything else.
     */
    @ParameterizedTest
    @ValueSource(strings = {"my neck is cramping", "stiff neck", "neck spasm"})
    void the_neck_relief_names_a_stiff_neck_with_a_fever_a_rash_or_a_severe_headache_and_the_local_number_first(String said) {
        for (String locale : LOCALES) {
            JsonNode response = answered(locale, said, Key.RELIEF_NECK);
            String first = Words.firstSentence(speech(response)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
            assertThat(first).as(locale + " " + said).contains("stiff neck", "fever", "rash", "sudden, severe headache",
                    "call " + NUMBER.get(locale) + " now");
            assertThat(endsSession(response)).as("the massage follows for a neck that is only cramped").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"my son has a stiff neck and a bad headache", "my wife's got a stiff neck and a bad headache",
            "stiff neck and a bad headache",
            "my dad can't lift his arm and his face looks droopy",
            "my right arm and leg are weak and my mouth is drooping", "my chest's tight and my arm hurts"})
    void a_stiff_neck_with_a_severe_headache_one_side_gone_weak_or_a_tight_chest_with_a_sore_arm_is_the_emergency(String said) {
        for (String locale : LOCALES) {
            assertTheEmergencyAnswer(locale, said);
        }
    }

    /**
     * A cramp with no part named may be a danger said in words no model carries: the general answer names the chest,
     * the breath and a seizure with the local number before its stretch, and still asks where the cramp is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"i have a cramp", "muscle cramp"})
    void a_cramp_with_no_part_names_the_dangers_and_the_local_number_first(String said) {
        for (String locale : LOCALES) {
            JsonNode response = answered(locale, said, Key.RELIEF_GENERAL);
            // Kept in words on purpose: this safety line and its local number must survive any rewording.
            String line = "If the pain is in your chest, you're struggling to breathe, or someone is having a seizure, call "
                    + NUMBER.get(locale) + " now.";
            assertThat(words(response)).as(locale + " " + said).startsWith(line).contains("Where is the cramp");
            assertThat(endsSession(response)).as("the stretch follows for a cramp").isFalse();
        }
    }

    /**
     * Numbness between the legs, no control of the bladder or bowels, or both legs suddenly gone is the nerve emergency,
     * and people say it in the numbness red flag's own words: that answer's first sentence is the emergency with the
     * local number, and the reason to see a doctor comes after it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"my legs are tingling", "pins and needles with cramps"})
    void the_numbness_red_flag_says_the_nerve_emergency_and_the_local_number_first(String said) {
        for (String locale : LOCALES) {
            JsonNode response = answered(locale, said, Key.REDFLAG_NUMBNESS);
            String words = words(response);
            // Kept in words on purpose: this safety line and its local number must survive any rewording.
            String line = "If you're numb between your legs, or you can't control your bladder or bowels, or you suddenly"
                    + " can't feel or move both legs, call " + NUMBER.get(locale) + " now.";
            assertThat(words).as(locale + " " + said).startsWith(line);
            assertThat(words.indexOf("a reason to see a doctor")).as("the doctor after the emergency").isGreaterThan(line.length());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"i can't move my legs", "can't move my legs", "i can't feel my leg", "my legs won't move", "i can't feel my legs",
            "i can't move my leg at all and i can't feel it", "my husband can't move his leg and he can't feel it"})
    void both_legs_or_no_feeling_is_the_emergency(String said) {
        JsonNode response = new SkillHarness().say(said);

        // The emergency answer is never "repeat"-ed (the person should dial), so it is told by its card and words.
        assertThat(response.at("/response/card/title").asText()).as(said).isEqualTo(Words.reply("en-US", Key.EMERGENCY).cardTitle());
        assertThat(endsSession(response)).isTrue();
        // Kept in words on purpose: safety rests on the number itself being said first, whatever content says.
        assertThat(words(response)).startsWith("Call 911");
    }

    // Medicines by name.

    @ParameterizedTest
    @CsvSource({"en-US, can i take quinine", "en-US, should i take ibuprofen", "en-US, what medicine can i take",
            "en-US, is paracetamol okay for cramps", "en-US, can i take a muscle relaxant",
            "en-US, should i take magnesium tablets", "en-US, will tylenol help", "en-US, can i take advil for the pain",
            "en-US, how much quinine should i take", "en-US, what painkillers can i take",
            "en-GB, can i take nurofen", "en-AU, should i take panadol", "en-IN, can i take crocin",
            "en-CA, can i take something for the pain", "en-CA, should i take magnesium", "en-IN, should i take potassium",
            "en-AU, do magnesium supplements help"})
    void a_question_naming_a_medicine_gets_the_medicines_answer(String locale, String said) {
        JsonNode response = new SkillHarness(locale).say(said);

        assertThat(key(response)).as(locale + " " + said).isEqualTo(Key.MEDICINES.id());
    }

    /** What minerals do for cramps is the fluids answer (which says to ask a doctor before a supplement); a count of
     * cramps in one night is the frequent red flag, not a log entry. */
    @ParameterizedTest
    @CsvSource({"en-US, does magnesium help, HYDRATION", "en-GB, that's the third cramp tonight, REDFLAG_FREQUENT",
            "en-US, i've had like four cramps tonight already, REDFLAG_FREQUENT",
            "en-IN, cramps are coming four five times in one night, REDFLAG_FREQUENT"})
    void minerals_are_the_fluids_answer_and_a_count_of_cramps_tonight_is_the_frequent_red_flag(String locale, String said,
            Key expected) {
        assertTheAnswer(locale, said, expected);
    }

    /** Cramps coming more often than they used to are the frequent red flag, and swelling said after it comes first;
     * a back that "just went" while lifting, or someone else's back that has seized, is the back. */
    @ParameterizedTest
    @CsvSource({"en-US, my cramps are coming way more often than they used to, REDFLAG_FREQUENT",
            "en-AU, my mum's been getting cramps a lot more often, REDFLAG_FREQUENT",
            "en-GB, i was picking up the shopping and my back just went, RELIEF_BACK",
            "en-US, my wife's back has seized up, RELIEF_BACK",
            "en-IN, my father's back is having spasm, RELIEF_BACK",
            "en-IN, my leg is not straightening because of cramp, RELIEF_CALF",
            "en-CA, why do my muscles keep cramping, CAUSES",
            "en-GB, do dioralyte sachets help with cramp, HYDRATION",
            "en-US, my cramps are coming way more often and it's all swollen and hot, REDFLAG_SWELLING"})
    void cramps_more_often_someone_elses_back_and_a_back_that_went_get_their_own_answers(String locale, String said,
            Key expected) {
        assertTheAnswer(locale, said, expected);
    }

    /** Beside those shapes, the part said still decides: a neck that just went while lifting is the neck, a foot
     * that won't straighten is the foot. */
    @ParameterizedTest
    @CsvSource({"en-GB, i was picking up the shopping and my neck just went, RELIEF_NECK",
            "en-US, i was lifting a box and my calf just seized up, RELIEF_CALF",
            "en-IN, my foot is not straightening because of cramp, RELIEF_FOOT",
            "en-IN, my hand is not straightening because of cramp, RELIEF_HAND"})
    void beside_those_shapes_the_part_said_still_gets_its_own_stretch(String locale, String said, Key expected) {
        assertTheAnswer(locale, said, expected);
    }

    /** Pain on walking that rest settles, told as a story, is the walking red flag, and swelling said after it comes
     * first; a cramp that still hasn't gone since teatime is the red flag for a cramp that won't stop. */
    @ParameterizedTest
    @CsvSource({"en-GB, cramp since teatime and it still hasn't gone, REDFLAG_PERSISTENT",
            "en-AU, me calf aches walking then it's fine once i rest, REDFLAG_WALKING",
            "en-IN, calf pain comes when i walk some distance and stops when i sit, REDFLAG_WALKING",
            "en-IN, after walking some distance my calf starts paining then after rest it is fine, REDFLAG_WALKING",
            "en-US, my calf aches when i walk then it's fine when i rest and it's swollen and hot, REDFLAG_SWELLING",
            "en-AU, the cramps always hit me at about two in the morning, RELIEF_NIGHT"})
    void walking_pain_that_rest_settles_and_a_cramp_not_gone_since_teatime_get_their_red_flags(String locale, String said,
            Key expected) {
        assertTheAnswer(locale, said, expected);
    }

    /** Chest or jaw pain on walking is the emergency, not the walking red flag; so is a danger said after walking pain
     * that rest settles, and someone confused after their cramp. */
    @ParameterizedTest
    @CsvSource({"en-US, chest tightness when i walk", "en-GB, jaw pain when i walk",
            "en-US, my calf aches when i walk then it's fine when i rest but my chest hurts",
            "en-GB, my husband's calf is cramping and he's confused"})
    void chest_or_jaw_pain_on_walking_and_a_danger_said_after_those_stories_is_the_emergency(String locale, String said) {
        assertTheEmergencyAnswer(locale, said);
    }

    /** A known request said with more words around it: a cold pack or a warm one, whether a cramp could be serious,
     * a back that has spasmed "ever since" reaching for the laundry (settings and deletion said other ways are in
     * MemoryConversationTest, which has a store). */
    @ParameterizedTest
    @CsvSource({"en-CA, what's better on a cramp a cold pack or a warm one, HEAT_OR_ICE",
            "en-US, could a cramp be something serious, DANGEROUS",
            "en-US, i reached for the laundry and my lower back has been spasming ever since, RELIEF_BACK"})
    void a_known_request_said_with_more_words_around_it_gets_its_answer(String locale, String said, Key expected) {
        assertTheAnswer(locale, said, expected);
    }

    /** A bladder that has let go, or can't be held, said with a back spasm: the emergency, number first. */
    @ParameterizedTest
    @CsvSource({"en-AU, back's killing me and my bladder's just let go",
            "en-US, my back is killing me and i can't hold my bladder", "en-GB, my back's in spasm and my bladder has let go"})
    void a_bladder_gone_with_a_back_spasm_is_the_emergency(String locale, String said) {
        assertTheEmergencyAnswer(locale, said);
    }

    /** Questions and requests said other ways reach their answers; the nights' cramps said with a new medicine reach
     * that medicine's red flag, and parts said the long way round reach their own stretch (or the thigh's question). */
    @ParameterizedTest
    @CsvSource({"en-AU, cramps keep wrecking my sleep every night, RELIEF_NIGHT",
            "en-US, i get charley horses in bed most nights, RELIEF_NIGHT",
            "en-US, the cramps keep ruining my sleep since starting statins, REDFLAG_MEDICATION",
            "en-AU, why do i always cramp up in the heat, CAUSES", "en-CA, is dehydration causing my cramps, HYDRATION",
            "en-GB, how do i stop myself getting cramp every other day, PREVENTION",
            "en-CA, should i book in with a chiro for these back spasms, PROFESSIONAL",
            "en-GB, is it worth booking in with the gp about my cramps, DOCTOR",
            "en-US, i've had a lot of anxiety lately could that make my muscles spasm, STRESS",
            "en-GB, heat or ice for a back that's gone into spasm, HEAT_OR_ICE",
            "en-IN, which tablet is good for cramps tell me the name, MEDICINES",
            "en-IN, hamstring has cramped during cricket match, RELIEF_HAMSTRING",
            "en-IN, back portion of my thigh is cramping, RELIEF_HAMSTRING",
            "en-AU, cramp in the top part of me leg, THIGH_WHICH", "en-GB, the front of my shin bone is cramping, RELIEF_SHIN"})
    void questions_and_parts_said_other_ways_get_their_answers(String locale, String said, Key expected) {
        assertTheAnswer(locale, said, expected);
    }

    /** A danger said after a question or a request (its samples take the symptom slot, as a cramp's do), or someone
     * else collapsed or not breathing said after a cramp: the emergency, number first. */
    @ParameterizedTest
    @CsvSource({"en-GB, is it worth seeing the gp about my cramps my face has dropped",
            "en-US, should i book in with a chiropractor for my back spasms i can't feel my legs",
            "en-US, i barely drink any water could that be why i'm cramping i passed out",
            "en-US, how do i stop myself getting cramps every day my chest gets tight",
            "en-AU, slow down a bit mate she's not breathing", "en-GB, resume the exercises from the last one i feel faint",
            "en-US, my calf is cramping and my husband's just collapsed", "en-CA, my calf is cramping and he's not breathing"})
    void a_danger_said_after_a_question_or_a_request_is_the_emergency(String locale, String said) {
        assertTheEmergencyAnswer(locale, said);
    }

    /** What a line said in a locale reaches, told by the content key of the answer. */
    private static void assertTheAnswer(String locale, String said, Key expected) {
        assertThat(key(new SkillHarness(locale).say(said))).as(locale + " " + said).isEqualTo(expected.id());
    }

    /** The emergency answer ends the session, so it is told by its card, and by the local number said first. */
    private static void assertTheEmergencyAnswer(String locale, String said) {
        JsonNode response = new SkillHarness(locale).say(said);

        assertThat(response.at("/response/card/title").asText()).as(locale + " " + said)
                .isEqualTo(Words.reply(locale, Key.EMERGENCY).cardTitle());
        // Kept in words on purpose: the number itself first.
        assertThat(words(response)).as(locale + " " + said).startsWith("Call " + NUMBER.get(locale));
    }

    @Test
    void the_medicines_answer_sends_the_question_to_a_pharmacist_or_doctor_and_gives_no_dose() {
        for (String locale : LOCALES) {
            String words = words(new SkillHarness(locale).say("can i take quinine"));
            assertThat(words).as(locale).contains("pharmacist", "doctor").doesNotStartWith("Yes")
                    .doesNotContainPattern("\\d").doesNotContain("milligram", " mg");
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
