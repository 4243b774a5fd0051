package com.crampcoach.content;

/**
 * A prompt rendered for one request: the speech and reprompt as SSML (without {@code <speak>}),
 * the card as plain text, and the answers a following "yes" and "no" lead to, if any.
 */
public record Reply(String key, String speech, String reprompt, String cardTitle, String cardText,
        String offer, String decline) {

    public boolean keepsSessionOpen() {
        return reprompt != null;
    }
}
