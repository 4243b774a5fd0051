package com.crampcoach.content;

/**
 * An answer rendered for one request: the speech and reprompt as SSML (without {@code <speak>}) and the card
 * as plain text. An answer with a reprompt asks a question, so the session stays open.
 */
public record Reply(String speech, String reprompt, String cardTitle, String cardText) {

    public boolean keepsSessionOpen() {
        return reprompt != null;
    }

    /** {@code speech} (its card: {@code text}), then this reply, as one answer: the question and card title are this one's. */
    public Reply after(String speech, String text) {
        return new Reply(speech + " " + this.speech, reprompt, cardTitle, text + "\n" + cardText);
    }

    /** This reply, then {@code next}, as one answer: {@code next} keeps the session open or not; the card is this one's. */
    public Reply then(Reply next) {
        return new Reply(speech + " " + next.speech(), next.reprompt(), cardTitle, cardText);
    }
}
