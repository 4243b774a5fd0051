package com.crampcoach.content;

import java.util.Comparator;
import java.util.List;

/**
 * The spoken cadence of a timed hold, as written in a locale's content: cues spoken when a given number
 * of seconds remain, a filler line for long gaps between cues, and the closing release line.
 */
public record HoldCues(List<Cue> cues, String filler, String release) {

    public HoldCues {
        cues = cues.stream().sorted(Comparator.comparingInt(Cue::remaining).reversed()).toList();
    }

    /** A cue that starts when {@code remaining} seconds of the hold are left. */
    public record Cue(int remaining, String ssml) {
    }
}
