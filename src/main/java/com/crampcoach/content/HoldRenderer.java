package com.crampcoach.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a timed hold into SSML: silent breaks of at most {@value #MAX_BREAK_MS} ms with a spoken cue
 * between any two of them, ending with the release line.
 *
 * <p>How long speech lasts is estimated, since Alexa does not report it: every spoken word counts
 * {@value #MS_PER_WORD} ms (about 150 words a minute, Alexa's default pace) and every explicit
 * {@code <break>} its own length. The renderer places each cue so that it starts when its number of
 * seconds remain, by that estimate, and shortens the following break by the cue's own length.
 */
public final class HoldRenderer {

    /** Alexa rejects a break longer than ten seconds. */
    public static final int MAX_BREAK_MS = 10_000;

    /** Estimated length of one spoken word. */
    public static final int MS_PER_WORD = 400;

    /** Gaps shorter than this are not worth a break of their own. */
    private static final int MIN_BREAK_MS = 300;

    private static final Pattern BREAK = Pattern.compile("<break\\s+[^>]*time\\s*=\\s*[\"']([0-9.]+)(ms|s)[\"'][^>]*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HoldRenderer() {
    }

    /** The SSML of a hold lasting {@code seconds}, spoken with the given cues. */
    public static String render(int seconds, HoldCues cues) {
        long totalMs = seconds * 1000L;
        StringBuilder ssml = new StringBuilder();
        long elapsed = 0;
        for (HoldCues.Cue cue : cues.cues()) {
            long startAt = totalMs - cue.remaining() * 1000L;
            if (startAt <= 0) {
                continue;
            }
            elapsed = pause(ssml, elapsed, startAt, cues.filler());
            ssml.append(' ').append(cue.ssml());
            elapsed += estimateMillis(cue.ssml());
        }
        pause(ssml, elapsed, totalMs, cues.filler());
        ssml.append(' ').append(cues.release());
        return ssml.toString().trim();
    }

    /**
     * Silence from {@code from} to {@code until}. A gap longer than one break is split into equal breaks
     * with the filler line between them, so that two breaks never follow each other.
     */
    private static long pause(StringBuilder ssml, long from, long until, String filler) {
        long gap = until - from;
        if (gap < MIN_BREAK_MS) {
            return from;
        }
        long fillerMs = estimateMillis(filler);
        int parts = 1;
        while ((gap - (parts - 1) * fillerMs) > (long) parts * MAX_BREAK_MS) {
            parts++;
        }
        long part = (gap - (parts - 1) * fillerMs) / parts;
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                ssml.append(' ').append(filler);
            }
            appendBreak(ssml, part);
        }
        return until;
    }

    private static void appendBreak(StringBuilder ssml, long millis) {
        ssml.append(" <break time=\"").append(millis).append("ms\"/>");
    }

    /** The estimated spoken length of an SSML fragment: its words plus its explicit breaks. */
    public static long estimateMillis(String ssml) {
        long breaks = 0;
        Matcher m = BREAK.matcher(ssml);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            breaks += Math.round("s".equals(m.group(2)) ? value * 1000 : value);
        }
        String text = TAG.matcher(ssml).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
        long words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return breaks + words * MS_PER_WORD;
    }
}
