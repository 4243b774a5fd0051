package com.crampcoach.routine;

import static com.crampcoach.SkillHarness.endsSession;
import static com.crampcoach.SkillHarness.send;
import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Routine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Guided routines through the real handler, one turn at a time, as a person in bed would use them. */
class RoutineConversationTest {

    private static final List<Routine> ROUTINES = List.copyOf(Content.load().forLocale("en-US").routines());

    private static final String US = "en-US";

    private final SkillHarness alexa = new SkillHarness();

    private static String speak(String ssml) {
        return "<speak>" + ssml + "</speak>";
    }

    private static String title(JsonNode response) {
        return response.at("/response/card/title").asText();
    }

    @ParameterizedTest
    @CsvSource({"start my bedtime stretches, bedtime", "guide me through a back stretch, back",
            "stretch routine for my neck, desk", "start the calf routine, calf"})
    void each_routine_starts_at_its_first_step_and_asks_for_next(String said, String id) {
        JsonNode response = alexa.say(said);

        assertThat(title(response)).isEqualTo(Words.stepTitle(US, id, 0));
        assertThat(speech(response)).contains(Words.release(US))
                .contains(Words.phrase(US, Phrase.NEXT, Map.of("next", Words.stepName(US, id, 1))));
        assertThat(endsSession(response)).isFalse();
    }

    @Test
    void every_routine_can_be_walked_to_its_end_with_next_repeat_back_and_start_over_at_every_step() {
        for (Routine routine : ROUTINES) {
            SkillHarness person = new SkillHarness();
            int total = routine.steps().size();
            JsonNode response = person.say("start the " + routine.id() + " routine");
            for (int step = 1; step <= total; step++) {
                assertThat(title(response)).as(routine.id()).isEqualTo(Words.stepTitle(US, routine.id(), step - 1));
                if (step == total) {
                    break;
                }
                String here = speech(response);
                String again = speech(person.say("repeat"));
                assertThat(here).as("repeat says the step again (the intro only once)").endsWith(again.substring("<speak>".length()));
                if (step == 1 && routine.intro() != null) {
                    assertThat(again).as("the intro is not repeated").doesNotContain(Words.in(US).render(routine.intro(), Map.of()));
                }
                assertThat(title(person.say("how many are left"))).isNotBlank();
                if (step > 1) {
                    assertThat(title(person.say("go back"))).isEqualTo(Words.stepTitle(US, routine.id(), step - 2));
                    person.say("next");
                }
                response = person.say("next");
            }
            assertThat(speech(response)).as(routine.id() + " ends with its outro").endsWith(routine.outro() + "</speak>");
            assertThat(endsSession(response)).as(routine.id() + " ends the session").isTrue();
            assertThat(speech(person.say("next"))).as("next after the end").contains(Words.said(US, Key.RESUME_NONE));
        }
    }

    @Test
    void pause_and_stop_at_every_step_of_every_routine_end_calmly_naming_the_step() {
        for (Routine routine : ROUTINES) {
            for (int step = 0; step < routine.steps().size() - 1; step++) {
                SkillHarness pausing = new SkillHarness();
                SkillHarness stopping = new SkillHarness();
                pausing.say("start the " + routine.id() + " routine");
                stopping.say("start the " + routine.id() + " routine");
                for (int i = 0; i < step; i++) {
                    pausing.say("next");
                    stopping.say("next");
                }
                JsonNode paused = pausing.say("pause");
                JsonNode stopped = stopping.say("stop");
                assertThat(speech(paused)).as(routine.id() + " " + step)
                        .isEqualTo(speak(Words.said(US, Key.ROUTINE_PAUSED_UNSAVED, Words.place(US, routine.id(), step))));
                assertThat(endsSession(paused)).isTrue();
                assertThat(speech(stopped)).isEqualTo(speak(Words.said(US, Key.ROUTINE_STOPPED)));
                assertThat(endsSession(stopped)).isTrue();
            }
        }
    }

    @Test
    void start_over_goes_back_to_the_first_step_without_the_intro() {
        alexa.say("start my bedtime stretches");
        alexa.say("next");

        JsonNode response = alexa.say("start over");

        assertThat(title(response)).isEqualTo(Words.stepTitle(US, "bedtime", 0));
        assertThat(speech(response)).contains(Words.in(US).render(Words.routine(US, "bedtime").steps().get(0).instruction(), Map.of()))
                .doesNotContain(Words.in(US).render(Words.routine(US, "bedtime").intro(), Map.of()));
    }

    @Test
    void going_back_from_the_first_step_says_so_and_stays_there() {
        alexa.say("start the desk routine");

        JsonNode response = alexa.say("go back");

        assertThat(speech(response)).contains(Words.phrase(US, Phrase.FIRST, Map.of()));
        assertThat(title(response)).isEqualTo(Words.stepTitle(US, "desk", 0));
    }

    @Test
    void pause_keeps_the_place_says_how_to_come_back_and_ends_politely() {
        alexa.say("start my bedtime stretches");
        alexa.say("next");

        JsonNode response = alexa.say("pause");

        assertThat(speech(response)).isEqualTo(speak(Words.said(US, Key.ROUTINE_PAUSED_UNSAVED, Words.place(US, "bedtime", 1))));
        assertThat(endsSession(response)).isTrue();
    }

    @Test
    void stop_and_cancel_inside_a_routine_end_calmly() {
        for (String said : List.of("stop", "cancel")) {
            SkillHarness person = new SkillHarness();
            person.say("start the calf routine");
            JsonNode response = person.say(said);
            assertThat(speech(response)).as(said).isEqualTo(speak(Words.said(US, Key.ROUTINE_STOPPED)));
            assertThat(endsSession(response)).isTrue();
        }
    }

    @Test
    void yes_means_next_and_no_means_wait_inside_a_routine() {
        alexa.say("start the back routine");

        assertThat(title(alexa.say("yes"))).isEqualTo(Words.stepTitle(US, "back", 1));
        JsonNode wait = alexa.say("no");
        assertThat(speech(wait)).contains(Words.said(US, Key.ROUTINE_WAIT, Words.place(US, "back", 1)));
        assertThat(endsSession(wait)).isFalse();
        assertThat(title(alexa.say("next"))).isEqualTo(Words.stepTitle(US, "back", 2));
    }

    @Test
    void help_and_unrecognised_words_inside_a_routine_keep_the_place() {
        alexa.say("start the calf routine");

        assertThat(speech(alexa.say("help"))).contains(Words.said(US, Key.ROUTINE_HELP, Words.place(US, "calf", 0)));
        assertThat(speech(alexa.say("blah blah purple"))).contains(Words.said(US, Key.ROUTINE_PROMPT, Words.place(US, "calf", 0)));
        assertThat(title(alexa.say("next"))).isEqualTo(Words.stepTitle(US, "calf", 1));
    }

    @Test
    void how_many_are_left_counts_the_steps_after_this_one() {
        alexa.say("start the calf routine");
        Map<String, String> first = new HashMap<>(Words.place(US, "calf", 0));
        first.put("count", "2");
        assertThat(speech(alexa.say("how many are left"))).contains(Words.said(US, Key.ROUTINE_LEFT_MANY, first));
        alexa.say("next");
        Map<String, String> second = new HashMap<>(Words.place(US, "calf", 1));
        second.put("count", "1");
        assertThat(speech(alexa.say("how many are left"))).contains(Words.said(US, Key.ROUTINE_LEFT_ONE, second));
    }

    @Test
    void yes_to_a_relief_scripts_offer_starts_its_routine() {
        alexa.say("my calf is cramping");
        assertThat(title(alexa.say("yes"))).isEqualTo(Words.stepTitle(US, "calf", 0));

        SkillHarness night = new SkillHarness();
        night.say("cramps keep waking me up at night");
        assertThat(title(night.say("yes"))).isEqualTo(Words.stepTitle(US, "bedtime", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"start over", "how many are left"})
    void routine_words_with_no_routine_running_offer_the_routines(String said) {
        JsonNode response = alexa.say(said);

        assertThat(speech(response)).isEqualTo(speak(Words.said(US, Key.ROUTINE_NONE)));
        assertThat(endsSession(response)).isFalse();
    }

    @Test
    void a_settings_change_mid_routine_keeps_the_routine_going_and_repeat_uses_the_new_hold() {
        alexa.say("start the calf routine");

        JsonNode changed = alexa.say("make the holds longer");

        assertThat(endsSession(changed)).isFalse();
        assertThat(speech(changed)).contains(Words.firstSentence(Words.said(US, Key.PREFS_SESSION_ONLY)))
                .contains(Words.said(US, Key.ROUTINE_GO_ON, Words.place(US, "calf", 0)));
        assertThat(speech(alexa.say("repeat"))).as("the towel stretch, 45 s").contains(Words.cue(US, 30));
        assertThat(title(alexa.say("next"))).isEqualTo(Words.stepTitle(US, "calf", 1));
    }

    @Test
    void without_memory_pause_says_the_place_was_not_saved_and_gives_words_that_work() {
        alexa.say("start my bedtime stretches");
        alexa.say("next");

        String paused = speech(alexa.say("pause"));

        assertThat(paused).isEqualTo(speak(Words.said(US, Key.ROUTINE_PAUSED_UNSAVED, Words.place(US, "bedtime", 1))))
                .doesNotContain("resume");
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("ask Cramp Coach to ([a-z ]+)\\.").matcher(paused);
        assertThat(words.find()).isTrue();
        assertThat(speech(new SkillHarness().say(words.group(1)))).isEqualTo(speak(Words.said(US, Key.ROUTINE_LIST)));
    }

    @Test
    void carry_on_inside_a_routine_goes_on_to_the_next_step() {
        alexa.say("start the back release");
        alexa.say("wait");

        assertThat(title(alexa.say("carry on"))).isEqualTo(Words.stepTitle(US, "back", 1));
    }

    @Test
    void a_plain_back_outside_a_routine_is_the_back() {
        String back = Words.reply(US, Key.RELIEF_BACK).cardTitle();
        assertThat(new SkillHarness().say("back").at("/response/card/title").asText()).isEqualTo(back);
        alexa.say("my calf is cramping");
        assertThat(title(alexa.say("back"))).isEqualTo(back);
    }

    @ParameterizedTest
    @ValueSource(strings = {"resume", "next", "keep going"})
    void resume_or_next_with_nothing_saved_says_so_and_asks_which_routine(String said) {
        JsonNode response = alexa.say(said);

        assertThat(speech(response)).contains(Words.said(US, Key.RESUME_NONE));
        assertThat(title(alexa.say("desk"))).isEqualTo(Words.stepTitle(US, "desk", 0));
    }

    @Test
    void an_unknown_routine_name_lists_those_that_exist() {
        JsonNode response = alexa.say("start the yoga routine");

        assertThat(speech(response)).isEqualTo(speak(Words.said(US, Key.ROUTINE_LIST)));
    }

    @Test
    void a_tampered_or_out_of_range_position_restarts_the_routine_and_says_so() {
        for (String tampered : List.of("{\"id\":\"bedtime\",\"step\":99,\"play\":false}",
                "{\"id\":\"bedtime\",\"step\":-1,\"play\":false}",
                "{\"id\":\"bedtime\",\"step\":1}",
                "{\"id\":\"bedtime\",\"step\":\"two\",\"play\":false}")) {
            ObjectNode request = alexa.envelopes.intent("AMAZON.NextIntent");
            ((ObjectNode) request.at("/session/attributes")).set("coach", parse("{\"v\":2,\"routine\":" + tampered + "}"));

            JsonNode response = send(request);

            assertThat(speech(response)).as(tampered).startsWith("<speak>" + Words.phrase(US, Phrase.RESTARTED, Map.of()));
            assertThat(title(response)).as(tampered).isEqualTo(Words.stepTitle(US, "bedtime", 0));
        }
    }

    @Test
    void a_position_naming_no_routine_we_have_is_dropped_and_the_routines_offered() {
        ObjectNode request = alexa.envelopes.intent("HowManyLeftIntent");
        ((ObjectNode) request.at("/session/attributes")).set("coach",
                parse("{\"v\":2,\"routine\":{\"id\":\"../../etc\",\"step\":0,\"play\":false}}"));

        JsonNode response = send(request);

        assertThat(speech(response)).isEqualTo(speak(Words.said(US, Key.ROUTINE_NONE)));
        assertThat(response.at("/sessionAttributes/coach/routine").isMissingNode()).isTrue();
    }

    @Test
    void playing_the_whole_routine_warns_once_then_speaks_every_step_in_one_answer() {
        JsonNode response = alexa.say("play the whole bedtime routine");

        String speech = speech(response);
        Routine bedtime = Words.routine(US, "bedtime");
        assertThat(speech).contains(Words.phrase(US, Phrase.PLAY_INTRO, Map.of("routine", bedtime.name())))
                .containsSubsequence(bedtime.steps().stream().map(step -> Words.in(US).render(step.instruction(), Map.of())).toList())
                .endsWith(Words.in(US).render(bedtime.outro(), Map.of()) + "</speak>");
        assertThat(speech.length()).isLessThanOrEqualTo(8000);
        assertThat(endsSession(response)).isTrue();
    }

    private static JsonNode parse(String json) {
        try {
            return SkillHarness.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
