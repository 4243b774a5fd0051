package com.crampcoach.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.HoldCues;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import com.crampcoach.content.RoutineRenderer;
import com.crampcoach.content.SsmlRules;
import com.crampcoach.content.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The renderer alone: a routine written here, rendered without the SDK. */
class RoutineRendererTest {

    private static final Map<String, String> PHRASES = Map.of(
            "routine.other-side", "Other side.",
            "routine.again", "Again.",
            "routine.next", "Ready for {next}?",
            "routine.reprompt", "Say next for {next}.",
            "routine.card-title", "{title} {number}/{total}",
            "routine.play-intro", "All of {routine}, no pauses.",
            "routine.play-more", "Say next for more.");

    private static final Catalog CATALOG = new Catalog("en-US", Map.of(), Map.of("emergencyNumber", Value.of("911")),
            PHRASES, List.of(), new HoldCues(List.of(new HoldCues.Cue(10, "Ten.")), "Breathe.", "Release."));

    private static Routine routine(Routine.Step... steps) {
        return new Routine("test", "the test routine", "Test", "Intro.", List.of(steps), "All done.", null);
    }

    private static Routine.Step step(String name, int hold, boolean sides, int reps) {
        return new Routine.Step(name, "Do " + name + ".", null, hold, sides, reps, 5, "Card for " + name, 1);
    }

    @Test
    void a_step_is_its_instruction_then_its_hold_then_a_question_naming_the_next_step() {
        Reply reply = RoutineRenderer.step(CATALOG, routine(step("the lunge", 20, false, 1), step("the twist", 20, false, 1)), 0, null);

        assertThat(reply.speech()).startsWith("Do the lunge.").containsSubsequence("Ten.", "Release.", "Ready for the twist?");
        assertThat(reply.reprompt()).isEqualTo("Say next for the twist.");
        assertThat(reply.cardTitle()).isEqualTo("Test 1/2");
        assertThat(reply.cardText()).isEqualTo("Card for the lunge");
        assertThat(reply.keepsSessionOpen()).isTrue();
    }

    @Test
    void a_sided_step_holds_once_per_side_with_the_other_side_line_between() {
        Reply reply = RoutineRenderer.step(CATALOG, routine(step("the lunge", 20, true, 1)), 0, null);

        assertThat(reply.speech()).containsSubsequence("Do the lunge.", "Release.", "Other side.", "Release.");
        assertThat(reply.speech().split("Release\\.", -1)).hasSize(3);
    }

    @Test
    void repetitions_rest_then_say_again_before_each_extra_hold() {
        Reply reply = RoutineRenderer.step(CATALOG, routine(step("the hug", 20, false, 3)), 0, null);

        assertThat(reply.speech()).containsSubsequence("Release.", "<break time=\"5s\"/>", "Again.", "Release.",
                "<break time=\"5s\"/>", "Again.", "Release.");
    }

    @Test
    void the_last_step_ends_with_the_outro_and_asks_nothing() {
        Reply reply = RoutineRenderer.step(CATALOG, routine(step("a", 10, false, 1), step("b", 10, false, 1)), 1, null);

        assertThat(reply.speech()).endsWith("All done.");
        assertThat(reply.keepsSessionOpen()).isFalse();
    }

    @Test
    void a_preface_is_said_first() {
        Reply reply = RoutineRenderer.step(CATALOG, routine(step("a", 10, false, 1)), 0, "I lost my place.");

        assertThat(reply.speech()).startsWith("I lost my place. Do a.");
    }

    @Test
    void playing_a_long_routine_splits_it_at_step_boundaries_within_alexas_limit() {
        Routine.Step[] steps = new Routine.Step[12];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = step("stretch number " + i, 60, true, 2);
        }
        Routine routine = routine(steps);

        int from = 0;
        int answers = 0;
        while (from >= 0) {
            RoutineRenderer.Chunk chunk = RoutineRenderer.play(CATALOG, routine, from);
            assertThat(SsmlRules.fragmentProblems(chunk.reply().speech())).isEmpty();
            assertThat(chunk.next()).isNotEqualTo(from);
            from = chunk.next();
            answers++;
            if (from >= 0) {
                assertThat(chunk.reply().speech()).endsWith("Say next for more.");
            } else {
                assertThat(chunk.reply().speech()).endsWith("All done.");
            }
        }
        assertThat(answers).isGreaterThan(1);
    }

    @Test
    void every_shipped_routine_step_stays_within_alexas_limits_in_every_locale() {
        Content content = Content.load();
        for (String locale : content.locales()) {
            Catalog catalog = content.forLocale(locale);
            assertThat(catalog.routines()).extracting(Routine::id).contains("bedtime", "back", "calf", "desk");
            for (Routine routine : catalog.routines()) {
                for (int i = 0; i < routine.steps().size(); i++) {
                    Reply reply = RoutineRenderer.step(catalog, routine, i, catalog.phrase("routine.restarted", Map.of()));
                    assertThat(SsmlRules.fragmentProblems(reply.speech())).as(locale + " " + routine.id() + " " + i).isEmpty();
                    if (reply.reprompt() != null) {
                        assertThat(SsmlRules.fragmentProblems(reply.reprompt())).isEmpty();
                    }
                    assertThat(reply.cardText()).hasSizeLessThanOrEqualTo(8000);
                }
                RoutineRenderer.Chunk all = RoutineRenderer.play(catalog, routine, 0);
                assertThat(SsmlRules.fragmentProblems(all.reply().speech())).as(locale + " play " + routine.id()).isEmpty();
            }
        }
    }
}
