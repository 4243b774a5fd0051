package com.crampcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A quiet, slow voice wraps an answer, but never a sentence of its own that names an urgent value. */
class PreferencesTest {

    private static final Preferences QUIET = new Preferences(0, true, true);
    private static final String OPEN = "<prosody rate=\"85%\" volume=\"x-soft\">";
    private static final Set<String> NUMBER = Set.of("<sub alias=\"nine one one\">911</sub>");
    private static final String CALL = "<s>Call <sub alias=\"nine one one\">911</sub> now.</s>";

    @Test
    void the_usual_voice_leaves_speech_as_it_is() {
        String ssml = "<s>Breathe.</s> " + CALL;

        assertThat(Preferences.DEFAULT.apply(ssml, NUMBER)).isEqualTo(ssml);
    }

    @Test
    void speech_without_the_number_is_wrapped_whole_even_without_sentences() {
        assertThat(QUIET.apply("Say yes or no.", NUMBER)).isEqualTo(OPEN + "Say yes or no.</prosody>");
        assertThat(QUIET.apply("<s>Breathe.</s> <break time=\"1s\"/> <s>Relax.</s>", NUMBER))
                .isEqualTo(OPEN + "<s>Breathe.</s> <break time=\"1s\"/> <s>Relax.</s></prosody>");
    }

    @Test
    void a_sentence_naming_the_number_is_said_in_the_usual_voice_between_quiet_ones() {
        assertThat(QUIET.apply("<s>Stretch.</s> " + CALL + " <s>Hold it.</s>", NUMBER))
                .isEqualTo(OPEN + "<s>Stretch.</s> </prosody>" + CALL + OPEN + " <s>Hold it.</s></prosody>");
    }

    @Test
    void two_sentences_naming_it_in_a_row_first_in_the_answer_are_both_in_the_usual_voice() {
        assertThat(QUIET.apply(CALL + " " + CALL + " <s>Otherwise rest.</s>", NUMBER))
                .isEqualTo(CALL + " " + CALL + OPEN + " <s>Otherwise rest.</s></prosody>");
    }

    @Test
    void a_sentence_inside_another_element_is_not_one_of_its_own_even_when_the_same_words_follow_on_their_own() {
        String ssml = "<p>" + CALL + "</p> " + CALL;

        assertThat(QUIET.apply(ssml, NUMBER)).isEqualTo(OPEN + "<p>" + CALL + "</p> </prosody>" + CALL);
        assertThat(Preferences.sentences(ssml)).containsExactly(CALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<s>Stretch.</s> <s>Call <sub alias=\"nine one one\">911</sub>,<break time=\"300ms\"/> now.</s> <s>Rest.</s>",
        "Before. <s>Call <sub alias=\"nine one one\">911</sub> now.</s>",
        "<s>One.</s><s>Two <sub alias=\"nine one one\">911</sub>.</s><s>Three.</s> After <break />.",
        "<s>Nothing urgent here.</s>"})
    void only_prosody_is_added_nothing_is_lost_or_moved(String ssml) {
        String quiet = QUIET.apply(ssml, NUMBER);

        assertThat(quiet.replace(OPEN, "").replace("</prosody>", "")).isEqualTo(ssml);
        assertThat(quiet.split("</prosody>", -1)).as("every prosody closed: " + quiet)
                .hasSize(quiet.split(java.util.regex.Pattern.quote(OPEN), -1).length);
        List<String> urgent = Preferences.sentences(ssml).stream().filter(s -> s.contains("911")).toList();
        urgent.forEach(sentence -> assertThat(quiet).contains("</prosody>" + sentence)
                .doesNotContain(OPEN + sentence));
    }
}
