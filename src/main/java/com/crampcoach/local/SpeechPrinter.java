package com.crampcoach.local;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders SSML for a reader: breaks become {@code [pause 10s]}, other tags disappear. */
public final class SpeechPrinter {

    private static final Pattern BREAK = Pattern.compile("<break\\s+[^>]*time=\"([0-9.]+)(ms|s)\"[^>]*/>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private SpeechPrinter() {
    }

    public static String readable(String ssml) {
        Matcher m = BREAK.matcher(ssml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double seconds = Double.parseDouble(m.group(1)) / ("ms".equals(m.group(2)) ? 1000 : 1);
            String shown = seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.format("%.1f", seconds);
            m.appendReplacement(out, Matcher.quoteReplacement(" [pause " + shown + "s] "));
        }
        m.appendTail(out);
        return TAG.matcher(out).replaceAll(" ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .replaceAll(" ([.,?!:;])", "$1")
                .trim();
    }

    /** Wraps text at {@code width} columns, each line after the first indented by {@code indent}. */
    public static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 0 && column + 1 + word.length() > width) {
                out.append('\n').append(indent);
                column = indent.length();
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
