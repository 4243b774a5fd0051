package com.crampcoach.routine;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Routine;
import com.crampcoach.content.RoutineRenderer;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 5: a routine played through gives time to move before a stretch done in another position (from
 * standing at the wall to lying down), and says so; one step at a time, "next" is that time. Through the handler.
 */
class RoutinePositionsTest {

    private static final Catalog EN_US = Content.load().forLocale("en-US");
    private static final String PAUSE = "<break time=\"" + RoutineRenderer.MOVE_SECONDS + "s\"/>";

    private static String move(Routine.Position position) {
        return EN_US.phrase(Phrase.move(position), Map.of());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String instruction(String routine, int step) {
        return EN_US.render(EN_US.routine(routine).orElseThrow().steps().get(step).instruction(), Map.of());
    }

    @Test
    void played_through_the_bedtime_routine_says_lie_down_and_pauses_before_the_hamstring_hold() {
        String speech = speech(new SkillHarness().say("play the whole bedtime routine"));

        assertThat(speech).containsSubsequence(instruction("bedtime", 0), Words.release("en-US"), move(Routine.Position.LYING), PAUSE,
                instruction("bedtime", 1));
        assertThat(count(speech, PAUSE)).as("one change of position: standing, then lying twice").isEqualTo(1);
    }

    @Test
    void played_through_the_calf_routine_says_stand_up_before_the_wall_stretch_only() {
        String speech = speech(new SkillHarness().say("play the whole calf routine"));

        assertThat(speech).containsSubsequence(instruction("calf", 1), move(Routine.Position.STANDING), PAUSE,
                instruction("calf", 2));
        assertThat(count(speech, PAUSE)).isEqualTo(1);
    }

    @Test
    void a_routine_done_in_one_position_has_no_transition() {
        String speech = speech(new SkillHarness().say("play the whole back routine"));

        assertThat(speech).contains(instruction("back", 2));
        Arrays.stream(Routine.Position.values()).forEach(p -> assertThat(speech).doesNotContain(move(p)));
        assertThat(speech).doesNotContain(PAUSE);
    }

    @Test
    void one_step_at_a_time_next_is_the_time_to_move_so_nothing_is_added() {
        SkillHarness person = new SkillHarness();
        person.say("start my bedtime stretches");

        String hamstring = speech(person.say("next"));

        assertThat(hamstring).contains(instruction("bedtime", 1)).doesNotContain(move(Routine.Position.LYING), PAUSE);
    }

    @Test
    void every_shipped_routine_step_has_a_position() {
        for (String id : new String[] {"bedtime", "back", "calf", "desk"}) {
            EN_US.routine(id).orElseThrow().steps()
                    .forEach(step -> assertThat(step.position()).as(id + " " + step.name()).isNotNull());
        }
    }
}
