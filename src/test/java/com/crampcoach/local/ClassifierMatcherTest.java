package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.conversation.Companion;
import com.crampcoach.relief.Relief;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier stand-in fills two parts, and words said in the same breath, as the model's samples place them. */
class ClassifierMatcherTest {

    private static final ClassifierMatcher CLASSIFIER = new ClassifierMatcher(InteractionModel.forLocale("en-US"));

    private static String id(UtteranceMatcher.Match match, String slot) {
        UtteranceMatcher.SlotFill fill = match.slots().get(slot);
        return fill == null ? null : fill.id();
    }

    @Test
    void two_cramping_parts_fill_both_part_slots() {
        UtteranceMatcher.Match both = CLASSIFIER.match("ugh my calf and my foot are both cramping");

        assertThat(both.intent()).isEqualTo("CrampIntent");
        assertThat(Arrays.asList(id(both, Relief.SLOT), id(both, Companion.OTHER_PART)))
                .containsExactlyInAnyOrder("CALF", "FOOT");
        assertThat(id(both, Companion.BESIDE_PART)).isNull();
    }

    @Test
    void a_part_said_to_be_fine_is_set_aside_where_the_samples_put_it() {
        UtteranceMatcher.Match fine = CLASSIFIER.match("my calf is fine now it's my foot that's cramping");
        UtteranceMatcher.Match not = CLASSIFIER.match("no not my calf it's my foot");

        for (UtteranceMatcher.Match match : List.of(fine, not)) {
            assertThat(id(match, Relief.SLOT)).as(match.toString()).isEqualTo("FOOT");
            assertThat(id(match, Companion.BESIDE_PART)).as(match.toString()).isEqualTo("CALF");
            assertThat(id(match, Companion.OTHER_PART)).as(match.toString()).isNull();
        }
    }

    @Test
    void words_in_the_symptoms_place_that_no_value_matches_fill_it_unresolved() {
        UtteranceMatcher.Match odd = CLASSIFIER.match("my back went into spasm and i feel really odd");

        assertThat(odd.intent()).isEqualTo("BackSpasmIntent");
        UtteranceMatcher.SlotFill symptom = odd.slots().get(Companion.SLOT);
        assertThat(symptom).as(odd.toString()).isNotNull();
        assertThat(symptom.said()).isEqualTo("i feel really odd");
        assertThat(symptom.resolved()).isFalse();
        assertThat(BlindEvaluationTest.numberFirst(odd)).as("the skill says the local number first").isTrue();
    }

    @Test
    void a_symptom_a_value_matches_stays_resolved_and_none_said_fills_nothing() {
        UtteranceMatcher.Match swollen = CLASSIFIER.match("my calf is cramping and it's swollen");
        UtteranceMatcher.Match plain = CLASSIFIER.match("my calf is cramping really bad");

        assertThat(id(swollen, Companion.SLOT)).isEqualTo("REDFLAG_SWELLING");
        assertThat(plain.slots().get(Companion.SLOT)).as(plain.toString()).isNull();
        assertThat(BlindEvaluationTest.numberFirst(plain)).isFalse();
    }
}
