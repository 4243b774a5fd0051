package com.crampcoach.routine;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.HoldRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How long each step of each routine holds, pinned: a physical therapist chose these lengths, so a change to one
 * (in content, in how content is read, or in how a step is spoken) must be a decision, seen here. Each step is
 * reached by voice and must contain its hold, rendered at that length, once per side and repetition.
 */
class RoutineHoldsTest {

    private static final Catalog EN_US = Content.load().forLocale("en-US");

    @ParameterizedTest(name = "{0}: step {1} holds {2} s, {3} time(s)")
    @CsvSource({
        "start the back routine,       1, 30, 2",
        "start the back routine,       2, 20, 2",
        "start the back routine,       3, 30, 1",
        "start my bedtime stretches,   1, 30, 2",
        "start my bedtime stretches,   2, 30, 2",
        "start my bedtime stretches,   3, 30, 1",
        "start the calf routine,       1, 30, 1",
        "start the calf routine,       2, 20, 1",
        "start the calf routine,       3, 30, 1",
        "stretch routine for my neck,  1, 20, 2",
        "stretch routine for my neck,  2, 20, 1",
        "stretch routine for my neck,  3, 30, 1",
    })
    void each_routine_step_holds_for_its_pinned_length(String start, int step, int seconds, int times) {
        SkillHarness person = new SkillHarness();
        String speech = speech(person.say(start));
        for (int i = 1; i < step; i++) {
            speech = speech(person.say("next"));
        }

        String hold = HoldRenderer.render(seconds, EN_US.holdCues());
        assertThat(count(speech, hold)).as(speech).isEqualTo(times);
        // And not a hold of another length hiding beside it.
        assertThat(count(speech, EN_US.holdCues().release())).isEqualTo(times);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
