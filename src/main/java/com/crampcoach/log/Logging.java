package com.crampcoach.log;

import java.util.Locale;

/**
 * Sets the log level of every logger ({@link JsonLogger}) from {@code LOG_LEVEL}, before the first logger exists, and
 * makes text from a request safe to log: {@link #cap} for a JSON entry (whose writer escapes), {@link #field}
 * for a line of text, where nothing else would.
 */
public final class Logging {

    /** Where the chosen level is kept for {@link JsonLogger}: a system property, so a test's JVM can set it too. */
    private static final String PROPERTY = "crampcoach.log.level";

    /** Longer than any request ID, intent name or locale Alexa sends; anything longer is cut. */
    static final int MAX_FIELD_CHARS = 120;

    private Logging() {
    }

    /** Uses {@code LOG_LEVEL} if set, else {@code fallback}; a level already chosen is left alone. */
    public static void configure(String fallback) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        String level = System.getenv("LOG_LEVEL");
        System.setProperty(PROPERTY, (level == null || level.isBlank() ? fallback : level).toLowerCase(Locale.ROOT));
    }

    /** The level {@link #configure} chose, or null if nothing chose one (then INFO). */
    static String level() {
        return System.getProperty(PROPERTY);
    }

    /**
     * Text from a request as a JSON log entry may hold it: at most {@value #MAX_FIELD_CHARS} characters of it, the
     * rest replaced by its length, never splitting a surrogate pair. Escaping is the JSON writer's.
     */
    public static String cap(String text) {
        if (text == null || text.length() <= MAX_FIELD_CHARS) {
            return text;
        }
        int end = MAX_FIELD_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...(" + text.length() + " chars)";
    }

    /**
     * Text from a request as a line of text may hold it: at most {@value #MAX_FIELD_CHARS} characters of it, with line
     * breaks, terminal escapes, other control and invisible formatting characters (bidi overrides, say) and
     * lone surrogates written as {@code \\uXXXX}, so one request can neither forge log lines nor flood them.
     */
    public static String field(Object value) {
        return field(value, MAX_FIELD_CHARS);
    }

    /** As {@link #field(Object)}, cut at {@code maxChars} instead: for a message meant for a person. */
    public static String field(Object value, int maxChars) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        int end = Math.min(text.length(), maxChars);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder safe = new StringBuilder(end + 24);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                safe.append("\\\\");
            } else if (needsEscape(text, i, end)) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        if (end < text.length()) {
            safe.append("...(").append(text.length()).append(" chars)");
        }
        return safe.toString();
    }

    private static boolean needsEscape(String text, int i, int end) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= end || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
