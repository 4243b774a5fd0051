package com.crampcoach.relief;

import com.crampcoach.content.Key;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Turn;
import com.crampcoach.routine.Routines;
import java.util.Map;
import java.util.Optional;

/**
 * "My hamstring is cramping": the relief script for the body part Alexa resolved. A body part that was not
 * understood, or not said at all, or that has no stretch of its own, gets general relief and one question:
 * where is it? (never another part's stretch). "My thigh" asks front or back, since the two need opposite
 * stretches; the stomach is not a muscle cramp the skill can help with, and says so. Said as the answer to
 * "which routine?", a body part with a routine of its own starts it.
 */
public final class Relief {

    static final String SLOT = "bodyPart";
    /** The routine for a body part, when "calf" or "back" answers "which routine?". */
    private static final Map<String, String> ROUTINES = Map.of("CALF", "calf", "BACK", "back", "NECK", "desk");
    /** The answers to "front or back?": a bare "back" there is the back of the thigh, not the back spasm. */
    private static final Map<String, Key> THIGH_SIDES = Map.of("FRONT", Key.RELIEF_QUADRICEPS,
            "QUADRICEPS", Key.RELIEF_QUADRICEPS, "BACK", Key.RELIEF_HAMSTRING, "BEHIND", Key.RELIEF_HAMSTRING,
            "HAMSTRING", Key.RELIEF_HAMSTRING);

    private Relief() {
    }

    public static Answer forBodyPart(Turn turn) {
        Optional<String> part = turn.slot(SLOT);
        if (turn.expects(Key.Expects.ROUTINE)) {
            Optional<Answer> started = part.map(ROUTINES::get).flatMap(id -> turn.catalog().routine(id))
                    .map(routine -> Routines.start(routine));
            if (started.isPresent()) {
                return started.get();
            }
        }
        if (turn.expects(Key.Expects.THIGH_SIDE)) {
            Optional<Key> side = part.map(THIGH_SIDES::get);
            if (side.isPresent()) {
                return Answer.say(side.get());
            }
        }
        return Answer.say(part.flatMap(Key::forBodyPart).filter(turn.catalog()::has).orElse(Key.RELIEF_GENERAL));
    }
}
