package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UtteranceMatcherTest {

    private static final UtteranceMatcher MATCHER = new UtteranceMatcher(InteractionModel.forLocale("en-US"));

    @ParameterizedTest
    @CsvSource({
        "I've got a charley horse, CalfCrampIntent",
        "my back just seized up, BackSpasmIntent",
        "cramps keep waking me up at night, NightCrampsIntent",
        "is this serious, SpasmsDangerousIntent",
        "when should I see a doctor, SeeDoctorIntent",
        "stop, AMAZON.StopIntent",
        "yes please, AMAZON.YesIntent",
        "the meaning of life, AMAZON.FallbackIntent",
        "purple, AMAZON.FallbackIntent",
    })
    void utterances_match_their_intent_regardless_of_case_and_punctuation(String utterance, String intent) {
        assertThat(MATCHER.match(utterance).intent()).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource({"'Ow, my calf!'", "my leg is cramping up", "WHAT DO I DO FOR A CALF CRAMP?", "cramp at the back below the knee"})
    void the_calf_said_any_way_is_cramp_intent_with_the_calf_in_its_slot_regardless_of_case(String utterance) {
        UtteranceMatcher.Match match = MATCHER.match(utterance);

        assertThat(match.intent()).isEqualTo("CrampIntent");
        assertThat(match.slots().get("bodyPart").id()).isEqualTo("CALF");
    }

    @Test
    void a_synonym_resolves_to_its_body_part_id() {
        UtteranceMatcher.Match match = MATCHER.match("I've got a cramp in my back of the thigh");

        assertThat(match.intent()).isEqualTo("CrampIntent");
        assertThat(match.slots().get("bodyPart").id()).isEqualTo("HAMSTRING");
        assertThat(match.slots().get("bodyPart").name()).isEqualTo("hamstring");
    }

    @Test
    void a_body_part_not_in_the_model_is_kept_unresolved_as_alexa_does() {
        UtteranceMatcher.SlotFill fill = MATCHER.match("my elbow is cramping").slots().get("bodyPart");

        assertThat(fill.said()).isEqualTo("elbow");
        assertThat(fill.resolved()).isFalse();
    }

    @Test
    void a_literal_sample_wins_over_a_slot_sample_that_also_matches() {
        // "i can't (turn|straighten) my {bodyPart}" matches too, with the calf in its slot.
        assertThat(MATCHER.match("i can't straighten my leg").intent()).isEqualTo("CalfCrampIntent");
    }

    @Test
    void slots_can_sit_anywhere_in_a_sample() {
        InteractionModel model = new InteractionModel("test skill",
                List.of(new InteractionModel.Intent("PairIntent", Map.of("a", "T", "b", "T"),
                        List.of("{a} and {b} hurt", "{a} {b}"))),
                Map.of("T", List.of(new InteractionModel.SlotValue("X", "calf", List.of("calves")),
                        new InteractionModel.SlotValue("Y", "back", List.of()))));
        UtteranceMatcher matcher = new UtteranceMatcher(model);

        assertThat(matcher.match("calves and back hurt").slots().get("b").id()).isEqualTo("Y");
        assertThat(matcher.match("calf back").slots().get("a").id()).isEqualTo("X");
    }
}
