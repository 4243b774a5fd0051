package com.crampcoach.content;

/**
 * A locale's value for a placeholder, such as {@code emergencyNumber}: SSML for speech (so that "000"
 * can be spoken as "triple zero") and plain text for cards. A sentence that names an {@code urgent} value (the
 * local emergency number) is always spoken in the usual voice: see {@link Preferences#apply}.
 */
public record Value(String ssml, String text, boolean urgent) {

    /** A value given by the code: the same words in speech and on cards, escaped for speech. */
    public static Value of(String text) {
        return new Value(Xml.escape(text), text, false);
    }
}
