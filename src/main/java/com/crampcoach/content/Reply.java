package com.crampcoach.content;

/**
 * A prompt rendered for one request: the speech and reprompt as SSML (without {@code <speak>}),
 * the card as plain text, and the offer that a following "yes" accepts, if any.
 */
public record Reply(String key, String speech, String reprompt, String cardTitle, String cardText, String offer) {

    public boolean keepsSessionOpen() {
        return reprompt != null;
    }
}
