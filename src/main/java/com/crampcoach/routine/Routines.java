package com.crampcoach.routine;

import com.amazon.ask.model.Response;
import com.crampcoach.content.Keys;
import com.crampcoach.content.Routine;
import com.crampcoach.conversation.Turn;
import java.util.Map;
import java.util.Optional;

/** Moving through a routine within a turn: showing a step, playing it all, and keeping the position. */
public final class Routines {

    private Routines() {
    }

    /** Starts a routine at its first step, after its intro. */
    public static Optional<Response> start(Turn turn, Routine routine) {
        return show(turn, routine, 0, routine.intro() == null ? null : turn.catalog().render(routine.intro(), Map.of()));
    }

    /** Speaks step {@code index}; the last step finishes the routine and forgets the position. */
    public static Optional<Response> show(Turn turn, Routine routine, int index, String preface) {
        if (index == routine.steps().size() - 1) {
            Position.clear(turn.attributes());
        } else {
            Position.write(turn.attributes(), routine, index, false);
        }
        return turn.say(RoutineRenderer.step(turn.catalog(), routine, index, preface, turn.preferences()));
    }

    /** Plays the routine without stopping from step {@code from}, in as few answers as Alexa allows. */
    static Optional<Response> play(Turn turn, Routine routine, int from) {
        RoutineRenderer.Chunk chunk = RoutineRenderer.play(turn.catalog(), routine, from, turn.preferences());
        if (chunk.next() < 0) {
            Position.clear(turn.attributes());
        } else {
            Position.write(turn.attributes(), routine, chunk.next(), true);
        }
        return turn.say(chunk.reply());
    }

    /** Nothing is running: say so and offer the routines. */
    static Optional<Response> none(Turn turn) {
        Position.clear(turn.attributes());
        return turn.say(Keys.ROUTINE_NONE);
    }

    static Map<String, String> names(Position position) {
        return Map.of("routine", position.routine().name(), "step", position.routine().steps().get(position.step()).name());
    }
}
