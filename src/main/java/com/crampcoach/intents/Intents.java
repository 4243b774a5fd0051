package com.crampcoach.intents;

import com.crampcoach.content.Key;
import com.crampcoach.content.Routine;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Conversation.Place;
import com.crampcoach.conversation.Conversation;
import com.crampcoach.conversation.Dialogue;
import com.crampcoach.conversation.Turn;
import com.crampcoach.routine.Routines;
import java.util.Map;
import java.util.Optional;

/**
 * What the conversational intents do in each state. "Yes" and "no" answer the question just asked first,
 * then mean "next" and "not yet" in a routine. The routine's own words (back, wait, help, a miss) act on the
 * routine first. A name said when "which routine?" was asked starts that routine. (Emergencies never reach
 * here: their action ignores every state.)
 */
public final class Intents {

    public static final String FALLBACK = Dialogue.FALLBACK;

    private Intents() {
    }

    /** An answer from content whatever the state, unless it names a routine while one is asked for. */
    public static Dialogue.IntentAction script(Key key, String routineId) {
        return turn -> {
            if (routineId != null && turn.expects(Key.Expects.ROUTINE)) {
                Optional<Routine> routine = turn.catalog().routine(routineId);
                if (routine.isPresent()) {
                    return Routines.start(routine.get());
                }
            }
            return Answer.say(key);
        };
    }

    public static Answer yes(Turn turn) {
        Optional<Conversation.Question> question = turn.question();
        Optional<Answer> owned = question.flatMap(q -> FollowUps.owned(turn, q));
        if (owned.isPresent()) {
            return owned.get();
        }
        var offer = question.map(q -> turn.catalog().prompt(q.key()).offer());
        if (offer.isPresent() && offer.get() != null) {
            return FollowUps.run(turn, offer.get(), question.get());
        }
        return turn.place().map(at -> Routines.next(turn, at)).orElseGet(() -> Answer.say(Key.FALLBACK));
    }

    public static Answer no(Turn turn) {
        Optional<Conversation.Question> question = turn.question();
        Optional<Answer> owned = question.flatMap(q -> FollowUps.ownedNo(turn, q));
        if (owned.isPresent()) {
            return owned.get();
        }
        var decline = question.map(q -> turn.catalog().prompt(q.key()).decline());
        if (decline.isPresent() && decline.get() != null) {
            return FollowUps.run(turn, decline.get(), question.get());
        }
        return turn.place().map(at -> Answer.meanwhile(Key.ROUTINE_WAIT, Routines.prompting(at)))
                .orElseGet(() -> Answer.say(Key.DECLINED));
    }

    /** "Wait", "hold on": keep listening, and keep everything as it was. */
    public static Answer hold(Turn turn) {
        return turn.place().map(at -> Answer.meanwhile(Key.ROUTINE_WAIT, Routines.prompting(at)))
                .orElseGet(() -> Answer.meanwhile(Key.WAIT, Map.of()));
    }

    public static Answer help(Turn turn) {
        return turn.place().map(at -> Answer.say(Key.ROUTINE_HELP, Routines.prompting(at)))
                .orElseGet(() -> Answer.say(Key.HELP));
    }

    /** A miss: inside a routine, where we are; otherwise the first miss, or, after it, the second. */
    public static Answer fallback(Turn turn) {
        if (turn.place().isPresent()) {
            return Answer.say(Key.ROUTINE_PROMPT, Routines.prompting(turn.place().get()));
        }
        boolean again = turn.state().last().filter(said -> said instanceof Conversation.Said.Answer answer
                && answer.key().equals(Key.FALLBACK.id())).isPresent();
        return Answer.say(again ? Key.FALLBACK_AGAIN : Key.FALLBACK);
    }

    /** "Stop", "cancel", "go home": a routine's place is saved; then a calm goodbye. */
    public static Answer stop(Turn turn) {
        return turn.place().map(at -> Routines.stop(turn, at)).orElseGet(() -> Answer.say(Key.GOODBYE));
    }

    /** "Pause": a routine's place is saved, with the words that carry on; outside one, like stop. */
    public static Answer pause(Turn turn) {
        return turn.place().map(at -> Routines.pause(turn, at)).orElseGet(() -> Answer.say(Key.GOODBYE));
    }

    /** An intent that moves within a routine; outside one, the routines are offered. */
    public static Dialogue.IntentAction inRoutine(java.util.function.BiFunction<Turn, Place, Answer> move) {
        return turn -> turn.place().map(at -> move.apply(turn, at)).orElseGet(() -> Answer.say(Key.ROUTINE_NONE));
    }

    /**
     * "Back" and "go back": as the answer to "the front of your thigh, or the back?", the back of the thigh; the
     * previous step in a routine; as the answer to "which routine?", the back release; anywhere else, the back
     * ("Where's the cramp?" "Back.", or "ask cramp coach: back").
     */
    public static Answer previous(Turn turn) {
        if (turn.expects(Key.Expects.THIGH_SIDE)) {
            return Answer.say(Key.RELIEF_HAMSTRING);
        }
        if (turn.place().isPresent()) {
            return Routines.back(turn.place().get());
        }
        return script(Key.RELIEF_BACK, "back").answer(turn);
    }
}
