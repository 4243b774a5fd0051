package com.crampcoach.conversation;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import org.junit.jupiter.api.Test;

/** "Repeat": the last answer again, word for word; with nothing said yet, the question of where it hurts. */
class RepeatTest {

    private final SkillHarness person = new SkillHarness();

    @Test
    void repeat_says_the_last_answer_again_not_an_earlier_one() {
        String back = speech(person.say("my back is in spasm"));
        assertThat(speech(person.say("repeat"))).isEqualTo(back);
        String hamstring = speech(person.say("my hamstring"));

        assertThat(speech(person.say("repeat"))).isEqualTo(hamstring).isNotEqualTo(back);
    }

    @Test
    void repeat_after_a_relief_script_repeats_that_script_hold_and_all() {
        String calf = speech(person.say("my calf is cramping"));

        assertThat(calf).contains("<break");
        assertThat(speech(person.say("repeat"))).isEqualTo(calf);
    }

    @Test
    void repeat_with_nothing_said_yet_asks_where_it_hurts() {
        String fallback = Content.load().forLocale("en-US").reply(Key.FALLBACK).speech();

        assertThat(speech(person.say("repeat"))).contains(fallback);
    }
}
