package com.crampcoach.content;

/**
 * An answer rendered for one request: the speech and reprompt as SSML (without {@code <speak>}) and the card
 * as plain text. An answer with a reprompt asks a question, so the session stays open.
 */
public record Reply(String speech, String reprompt, String cardTitle, String cardText) {

    public boolean keepsSessionOpen() {
        return reprompt != null;
    }

    /** This reply, then {@code next}, as one answer: {@code next} keeps the session open or not; the card is this one's. */
    public Reply then(Reply next) {
        return new Reply(speech + " " + next.speech(), next.reprompt(), cardTitle, cardText);
    }
}
