package com.crampcoach.conversation;

import com.crampcoach.content.Key;
import com.crampcoach.content.Routine;
import com.crampcoach.conversation.Conversation.Preface;
import com.crampcoach.conversation.Conversation.Subject;
import java.util.Map;

/**
 * What an action decides to say, as a value: an answer by its key, a question, a routine's step, a played routine,
 * the emergency. Each kind also fixes how the conversation moves on (what "repeat" says next, the question left
 * pending, the place in a routine). Actions return one; the {@link Responder} alone turns it into speech, card,
 * screen and session.
 */
public sealed interface Answer {

    /** An answer from content by its key as written there; if it asks a question, about {@code subject}. */
    record Say(String key, Map<String, String> values, Subject subject) implements Answer {
        public Say {
            values = Map.copyOf(values);
        }
    }

    /** {@code first}, then {@code then}, as one answer; the question, if any, is {@code then}'s, and "repeat" is unchanged. */
    record SayThen(Key first, Map<String, String> values, Key then, Map<String, String> thenValues) implements Answer {
        public SayThen {
            values = Map.copyOf(values);
            thenValues = Map.copyOf(thenValues);
        }
    }

    /** Said while everything stays as it was: the question pending, the routine's place, what "repeat" says. */
    record Meanwhile(Key key, Map<String, String> values) implements Answer {
        public Meanwhile {
            values = Map.copyOf(values);
        }
    }

    /** Step {@code index} of a routine; the last step finishes it, and the place is forgotten. */
    record Step(Routine routine, int index, Preface preface) implements Answer {
    }

    /** A routine's last step, then {@code question} about {@code subject} in the same answer. */
    record LastStepThenAsk(Routine routine, Preface preface, Key question, Subject subject) implements Answer {
    }

    /** A routine played without stopping from step {@code from}, in as few answers as Alexa allows. */
    record Play(Routine routine, int from) implements Answer {
    }

    /** The last answer again, exactly, with its values (a routine's intro aside); its question stays pending. */
    record Repeat() implements Answer {
    }

    /** The emergency answer: never slowed or quietened, never waiting on memory, and it ends the session. */
    record Emergency() implements Answer {
    }

    /** {@code key}, then Alexa asks the person by voice for the permission {@code scope}, answering with {@code token}. */
    record AskPermission(Key key, Map<String, String> values, String scope, String token) implements Answer {
        public AskPermission {
            values = Map.copyOf(values);
        }
    }

    /** {@code key}, with the Alexa app's card that asks for the permission {@code scope} instead of its own card. */
    record ConsentCard(Key key, Map<String, String> values, String scope) implements Answer {
        public ConsentCard {
            values = Map.copyOf(values);
        }
    }

    /** Nothing said, and the conversation left as it was (a screen event that is no button of ours). */
    record Unchanged() implements Answer {
    }

    /** {@code answer}, after leaving the routine: the next turn finds no place (a pause or stop). */
    record LeavingRoutine(Answer answer) implements Answer {
    }

    /**
     * The local emergency number first, in one sentence, then {@code answer} as it would be: for a turn on which
     * something was said that the skill did not understand and that may be a danger. "Repeat" says {@code answer}
     * alone; an emergency answer already names the number and is said as it is.
     */
    record SafetyFirst(Answer answer) implements Answer {
    }

    static Answer say(Key key) {
        return say(key, Map.of());
    }

    static Answer say(Key key, Map<String, String> values) {
        return say(key.id(), values);
    }

    /** An answer by its key as content writes it (an offer's {@code relief.foot}); code says a {@link Key}. */
    static Answer say(String key, Map<String, String> values) {
        return new Say(key, values, new Subject.None());
    }

    /** A question about {@code subject}: "yes" then does what the code owns for it, else content's offer. */
    static Answer ask(Key key, Map<String, String> values, Subject subject) {
        return new Say(key.id(), values, subject);
    }

    static Answer sayThen(Key first, Map<String, String> values, Key then, Map<String, String> thenValues) {
        return new SayThen(first, values, then, thenValues);
    }

    static Answer meanwhile(Key key, Map<String, String> values) {
        return new Meanwhile(key, values);
    }

    static Answer step(Routine routine, int index, Preface preface) {
        return new Step(routine, index, preface);
    }

    static Answer lastStepThenAsk(Routine routine, Preface preface, Key question, Subject subject) {
        return new LastStepThenAsk(routine, preface, question, subject);
    }

    static Answer play(Routine routine, int from) {
        return new Play(routine, from);
    }

    static Answer repeat() {
        return new Repeat();
    }

    static Answer emergency() {
        return new Emergency();
    }

    static Answer askPermission(Key key, Map<String, String> values, String scope, String token) {
        return new AskPermission(key, values, scope, token);
    }

    static Answer sayWithConsentCard(Key key, Map<String, String> values, String scope) {
        return new ConsentCard(key, values, scope);
    }

    static Answer unchanged() {
        return new Unchanged();
    }

    /** This answer, after leaving the routine. */
    default Answer leavingRoutine() {
        return new LeavingRoutine(this);
    }

    /** This answer, with the local emergency number said first. */
    default Answer safetyFirst() {
        return new SafetyFirst(this);
    }
}
