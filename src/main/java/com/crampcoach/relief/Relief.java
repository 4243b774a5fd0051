package com.crampcoach.relief;

import com.amazon.ask.model.Response;
import com.crampcoach.content.Key;
import com.crampcoach.conversation.Turn;
import com.crampcoach.routine.Routines;
import java.util.Map;
import java.util.Optional;

/**
 * "My hamstring is cramping": the relief script for the body part Alexa resolved. A body part that was not
 * understood, or not said at all, gets general relief and one question: where is it? Said as the answer to
 * "which routine?", a body part with a routine of its own starts it.
 */
public final class Relief {

    static final String SLOT = "bodyPart";
    /** The routine for a body part, when "calf" or "back" answers "which routine?". */
    private static final Map<String, String> ROUTINES = Map.of("CALF", "calf", "BACK", "back", "NECK", "desk");

    private Relief() {
    }

    public static Optional<Response> forBodyPart(Turn turn) {
        Optional<String> part = turn.slot(SLOT);
        if (turn.expects(Key.Expects.ROUTINE)) {
            Optional<Response> started = part.map(ROUTINES::get).flatMap(id -> turn.catalog().routine(id))
                    .flatMap(routine -> Routines.start(turn, routine));
            if (started.isPresent()) {
                return started;
            }
        }
        return turn.say(part.flatMap(Key::relief).filter(turn.catalog()::has).orElse(Key.RELIEF_GENERAL));
    }
}
