package com.crampcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shortest silence worth a break of its own: 300 ms. A cue here is only an explicit break, so its estimated
 * length is exact and the gap it leaves before the end of the hold is known to the millisecond.
 */
class HoldGapTest {

    /** A ten-second hold with one cue at five seconds that lasts {@code cueMs}: it leaves 5000 - cueMs at the end. */
    private static String holdWithCueOf(int cueMs) {
        HoldCues cues = new HoldCues(List.of(new HoldCues.Cue(5, "<break time=\"" + cueMs + "ms\"/>")), "Breathe.",
                "Release.");
        return HoldRenderer.render(10, cues);
    }

    @Test
    void a_gap_of_300_ms_gets_its_own_break() {
        assertThat(holdWithCueOf(4700)).isEqualTo(
                "<break time=\"5000ms\"/> <break time=\"4700ms\"/> <break time=\"300ms\"/> Release.");
    }

    @Test
    void a_gap_of_299_ms_is_left_out() {
        assertThat(holdWithCueOf(4701)).isEqualTo("<break time=\"5000ms\"/> <break time=\"4701ms\"/> Release.");
    }
}
