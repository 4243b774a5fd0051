package com.crampcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoldRendererTest {

    private static final HoldCues CUES = new HoldCues(List.of(
            new HoldCues.Cue(20, "Twenty seconds."),
            new HoldCues.Cue(10, "Ten to go."),
            new HoldCues.Cue(5, "Five to go. <break time=\"700ms\"/> Three. <break time=\"700ms\"/> One to go.")),
            "Keep breathing.", "And release.");

    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)ms\"/>");

    @Test
    void a_thirty_second_hold_speaks_its_cues_in_order_and_ends_with_the_release() {
        String ssml = HoldRenderer.render(30, CUES);

        assertThat(ssml).containsSubsequence("Twenty seconds.", "Ten to go.", "Five to go.", "One to go.", "And release.");
        assertThat(ssml).endsWith("And release.");
        assertThat(ssml).startsWith("<break");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 8, 10, 15, 20, 25, 30, 45, 60, 90, 120})
    void a_rendered_hold_lasts_its_seconds_within_a_second_and_a_half(int seconds) {
        String ssml = HoldRenderer.render(seconds, CUES);
        String beforeRelease = ssml.substring(0, ssml.lastIndexOf("And release."));

        // Independent of the renderer's bookkeeping: silence written plus 0.4 s for each spoken word.
        long silence = breaks(beforeRelease).stream().mapToLong(Long::longValue).sum();
        long words = beforeRelease.replaceAll("<[^>]*>", " ").trim().isEmpty()
                ? 0 : beforeRelease.replaceAll("<[^>]*>", " ").trim().split("\\s+").length;
        long estimated = silence + words * 400;

        assertThat(estimated).isBetween(seconds * 1000L - 1500, seconds * 1000L + 1500);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 12, 30, 45, 60, 120})
    void no_break_is_longer_than_ten_seconds_and_no_two_breaks_follow_each_other(int seconds) {
        String ssml = HoldRenderer.render(seconds, CUES);

        assertThat(breaks(ssml)).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(10_000));
        assertThat(ssml).doesNotContainPattern("/>\\s*<break");
        assertThat(SsmlRules.fragmentProblems(ssml)).isEmpty();
    }

    @Test
    void a_long_silence_between_cues_is_broken_by_the_filler_line() {
        String ssml = HoldRenderer.render(60, CUES);

        assertThat(ssml.indexOf("Keep breathing.")).isLessThan(ssml.indexOf("Twenty seconds."));
        assertThat(ssml).contains("Keep breathing.");
    }

    @Test
    void cues_for_more_time_than_the_hold_has_are_left_out() {
        String ssml = HoldRenderer.render(8, CUES);

        assertThat(ssml).doesNotContain("Twenty").doesNotContain("Ten to go").contains("Five to go.");
    }

    @Test
    void speech_length_is_estimated_from_words_and_explicit_breaks() {
        assertThat(HoldRenderer.estimateMillis("Ten to go.")).isEqualTo(1200);
        assertThat(HoldRenderer.estimateMillis("One <break time=\"1s\"/> two <break time=\"500ms\"/>")).isEqualTo(2300);
    }

    private static List<Long> breaks(String ssml) {
        List<Long> found = new ArrayList<>();
        Matcher m = BREAK.matcher(ssml);
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }
}
