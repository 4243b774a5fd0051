package com.crampcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsmlRulesTest {

    @Test
    void speech_using_alexas_tags_with_valid_values_passes() {
        String ssml = "<speak><s>Hold it.</s> <break time=\"10s\"/> <prosody rate=\"90%\" volume=\"-2dB\">Ten more.</prosody>"
                + " <amazon:effect name=\"whispered\">easy</amazon:effect> <say-as interpret-as=\"cardinal\">5</say-as></speak>";

        assertThat(SsmlRules.problems(ssml)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<break time=\"11s\"/>",
        "<break time=\"10001ms\"/>",
        "<break time=\"long\"/>",
        "<blink>now</blink>",
        "<s class=\"x\">hi</s>",
        "<prosody rate=\"10%\">slow</prosody>",
        "<prosody volume=\"+6dB\">loud</prosody>",
        "<amazon:effect name=\"shouted\">hey</amazon:effect>",
        "salt & vinegar",
        "<s>unclosed",
    })
    void speech_alexa_would_reject_is_reported(String fragment) {
        assertThat(SsmlRules.fragmentProblems(fragment)).isNotEmpty();
    }

    @Test
    void speech_over_eight_thousand_characters_is_reported() {
        String fragment = "<s>" + "stretch ".repeat(1000) + "</s>";

        assertThat(SsmlRules.fragmentProblems(fragment)).anySatisfy(p -> assertThat(p).contains("8000"));
    }

    @Test
    void escaped_ampersands_are_fine() {
        assertThat(SsmlRules.fragmentProblems("heat &amp; ice")).isEmpty();
    }
}
