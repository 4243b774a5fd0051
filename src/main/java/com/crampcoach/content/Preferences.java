package com.crampcoach.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** An SSML start, end or empty tag: the slash before the name, the name, the slash before the end. */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)[^>]*?(/?)>");

    /**
     * Speech as this person likes it: wrapped in a slower or quieter {@code <prosody>}, or as it is. A sentence
     * that contains any of {@code urgent} (the local emergency number) stays in the usual voice, like the emergency
     * answer: a safety line is never slowed or quietened. Only a sentence of its own counts (see {@link #sentences}).
     */
    public String apply(String ssml, Collection<String> urgent) {
        if (!slow && !quiet) {
            return ssml;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int[] span : spans(ssml)) {
            String sentence = ssml.substring(span[0], span[1]);
            if (urgent.stream().anyMatch(sentence::contains)) {
                out.append(voiced(ssml.substring(from, span[0]))).append(sentence);
                from = span[1];
            }
        }
        return out.append(voiced(ssml.substring(from))).toString();
    }

    /** The sentences of {@code ssml} that stand on their own: each {@code <s>} element outside any other element. */
    public static List<String> sentences(String ssml) {
        return spans(ssml).stream().map(span -> ssml.substring(span[0], span[1])).toList();
    }

    /** Where each sentence of its own starts and ends in {@code ssml}, in order. */
    private static List<int[]> spans(String ssml) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = -1;
        Matcher tag = TAG.matcher(ssml);
        while (tag.find()) {
            if (!tag.group(3).isEmpty()) {
                continue;
            }
            boolean sentence = tag.group(2).equals("s");
            if (tag.group(1).isEmpty()) {
                start = depth++ == 0 && sentence ? tag.start() : start;
            } else if (--depth == 0 && sentence && start >= 0) {
                spans.add(new int[] {start, tag.end()});
                start = -1;
            }
        }
        return spans;
    }

    private String voiced(String ssml) {
        return ssml.isBlank() ? ssml : "<prosody" + (slow ? " rate=\"" + Math.round(SLOW_RATE * 100) + "%\"" : "")
                + (quiet ? " volume=\"x-soft\"" : "") + ">" + ssml + "</prosody>";
    }
}
