package com.crampcoach.content;

/**
 * An answer rendered for one request: the speech and reprompt as SSML (without {@code <speak>}) and the card
 * as plain text. An answer with a reprompt asks a question, so the session stays open.
 */
public record Reply(String speech, String reprompt, String cardTitle, String cardText) {

    public boolean keepsSessionOpen() {
        return reprompt != null;
    }
}
