package com.crampcoach.content;

import java.util.List;

/**
 * One thing the skill can say, as written in a content file: its speech (SSML pieces and timed holds),
 * an optional reprompt, the card shown in the Alexa app, and optionally where "yes" (the offer) and "no"
 * (the decline) lead.
 *
 * <p>A prompt with a reprompt asks a question, so the session stays open; one without ends it.
 */
public record Prompt(
        String key,
        List<Segment> speech,
        String reprompt,
        String cardTitle,
        String cardText,
        FollowUp offer,
        FollowUp decline,
        Source source) {

    public Prompt {
        speech = List.copyOf(speech);
    }

    /** The seconds of this prompt's first timed hold, or 0 when it has none. */
    public int firstHoldSeconds() {
        return speech.stream().filter(Hold.class::isInstance).map(s -> ((Hold) s).seconds()).findFirst().orElse(0);
    }

    public boolean asksQuestion() {
        return reprompt != null;
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    /** The names of the {@code {placeholders}} used anywhere in this prompt. */
    public java.util.Set<String> placeholders() {
        StringBuilder all = new StringBuilder(cardTitle).append(' ').append(cardText);
        if (reprompt != null) {
            all.append(' ').append(reprompt);
        }
        speech.forEach(segment -> {
            if (segment instanceof Text text) {
                all.append(' ').append(text.ssml());
            }
        });
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(all);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A piece of speech: either SSML text or a timed hold that is rendered with the locale's cues. */
    public sealed interface Segment permits Text, Hold {
    }

    /** SSML as written in the content file, without the surrounding {@code <speak>}. */
    public record Text(String ssml) implements Segment {
    }

    /** A timed hold of the given length; the renderer turns it into breaks and spoken cues. */
    public record Hold(int seconds) implements Segment {
    }

    /** Where a prompt was written, so that problems name the file and line. */
    public record Source(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }
}
