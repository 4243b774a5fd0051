package com.crampcoach.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a person likes to be spoken to: hold length (20, 30 or 45 seconds; 0 means each routine's own),
 * a slower pace, a quiet voice for the night. Part of the {@link UserRecord}; a session keeps a copy in its
 * attributes, where it is read back like any input.
 */
public record Preferences(int holdSeconds, boolean slow, boolean quiet) {

    public static final Preferences DEFAULT = new Preferences(0, false, false);
    public static final List<Integer> HOLDS = List.of(20, 30, 45);
    /** The pace of a slower voice, as a share of the usual. */
    public static final double SLOW_RATE = 0.85;

    /** Preferences from stored or session data; anything unexpected is ignored. */
    public static Preferences from(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return DEFAULT;
        }
        int hold = map.get("hold") instanceof Integer seconds && HOLDS.contains(seconds) ? seconds : 0;
        return new Preferences(hold, Boolean.TRUE.equals(map.get("slow")), Boolean.TRUE.equals(map.get("quiet")));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (holdSeconds > 0) {
            map.put("hold", holdSeconds);
        }
        if (slow) {
            map.put("slow", true);
        }
        if (quiet) {
            map.put("quiet", true);
        }
        return map;
    }

    /** The hold a step gets: the preferred length, or the step's own. */
    public int hold(int stepSeconds) {
        return holdSeconds > 0 ? holdSeconds : stepSeconds;
    }

    /** Speech as this person likes it: wrapped in a slower or quieter {@code <prosody>}, or as it is. */
    public String apply(String ssml) {
        if (!slow && !quiet) {
            return ssml;
        }
        return "<prosody" + (slow ? " rate=\"" + Math.round(SLOW_RATE * 100) + "%\"" : "") + (quiet ? " volume=\"x-soft\"" : "") + ">" + ssml + "</prosody>";
    }
}
