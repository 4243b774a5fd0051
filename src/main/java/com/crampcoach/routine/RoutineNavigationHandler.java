package com.crampcoach.routine;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.SessionState;
import com.crampcoach.conversation.Turn;
import com.crampcoach.memory.Memory;
import java.util.Map;
import java.util.Optional;

/**
 * Moving around a routine: next, back, repeat, start over, pause, resume, stop, help and "how many are
 * left". Intents that mean something else outside a routine (yes, repeat, help, stop, fallback) are
 * only taken while a routine is running; the routine-only ones offer the routines when none is.
 */
public final class RoutineNavigationHandler implements IntentHandler {

    /** What an intent does inside a routine. */
    public enum Action { NEXT, BACK, REPEAT, RESTART, RESUME, PAUSE, STOP, WAIT, HELP, PROMPT, LEFT }

    private final Content content;
    private final Memory memory;
    private final String intentName;
    private final Action action;
    private final boolean onlyInRoutine;

    private RoutineNavigationHandler(Content content, Memory memory, String intentName, Action action,
            boolean onlyInRoutine) {
        this.content = content;
        this.memory = memory;
        this.intentName = intentName;
        this.action = action;
        this.onlyInRoutine = onlyInRoutine;
    }

    /** An intent that only makes sense in a routine ("next"): without one, the routines are offered. */
    public static RoutineNavigationHandler always(Content content, Memory memory, String intentName, Action action) {
        return new RoutineNavigationHandler(content, memory, intentName, action, false);
    }

    /** An intent with a meaning of its own elsewhere ("yes", "help"), taken here only inside a routine. */
    public static RoutineNavigationHandler inRoutine(Content content, Memory memory, String intentName, Action action) {
        return new RoutineNavigationHandler(content, memory, intentName, action, true);
    }

    @Override
    public String intentName() {
        return intentName;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        if (!IntentHandler.super.canHandle(input)) {
            return false;
        }
        if (!onlyInRoutine) {
            return true;
        }
        if (input.getRequestEnvelope().getSession() == null) {
            return false;
        }
        Map<String, Object> attributes = input.getAttributesManager().getSessionAttributes();
        // A question asked mid-routine ("shall I keep a log?") gets its own yes or no.
        boolean answersQuestion = (action == Action.NEXT || action == Action.WAIT) && SessionState.offerPending(attributes);
        return Position.present(attributes) && !answersQuestion;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        Optional<Position> read = Position.read(turn.attributes(), turn.catalog());
        if (read.isEmpty()) {
            return Routines.none(turn);
        }
        Position at = read.get();
        if (at.restarted()) {
            // A damaged position: start the routine again, and say so, whatever was asked.
            return Routines.show(turn, at.routine(), 0, turn.catalog().phrase("routine.restarted", Map.of()));
        }
        int last = at.routine().steps().size() - 1;
        return switch (action) {
            case NEXT -> at.playing()
                    ? Routines.play(turn, at.routine(), at.step())
                    : Routines.show(turn, at.routine(), Math.min(at.step() + 1, last), null);
            case BACK -> at.step() == 0
                    ? Routines.show(turn, at.routine(), 0, turn.catalog().phrase("routine.first", Map.of()))
                    : Routines.show(turn, at.routine(), at.step() - 1, null);
            case REPEAT, RESUME -> at.playing()
                    ? Routines.play(turn, at.routine(), at.step())
                    : Routines.show(turn, at.routine(), at.step(), null);
            case RESTART -> Routines.show(turn, at.routine(), 0, null);
            case PAUSE -> {
                RoutineActions.remember(memory, turn, at);
                yield turn.say(Keys.ROUTINE_PAUSED, Routines.names(at));
            }
            case STOP -> {
                RoutineActions.remember(memory, turn, at);
                Position.clear(turn.attributes());
                yield turn.say(Keys.ROUTINE_STOPPED, Routines.names(at));
            }
            case WAIT -> turn.say(Keys.ROUTINE_WAIT, next(at));
            case HELP -> turn.say(Keys.ROUTINE_HELP, next(at));
            case PROMPT -> turn.say(Keys.ROUTINE_PROMPT, next(at));
            case LEFT -> left(turn, at);
        };
    }

    private static Optional<Response> left(Turn turn, Position at) {
        int left = at.routine().steps().size() - 1 - at.step();
        if (left == 0) {
            return turn.say(Keys.ROUTINE_LEFT_NONE, next(at));
        }
        Map<String, String> values = new java.util.HashMap<>(next(at));
        values.put("count", String.valueOf(left));
        return turn.say(left == 1 ? Keys.ROUTINE_LEFT_ONE : Keys.ROUTINE_LEFT_MANY, values);
    }

    /** The names a routine prompt may use: the routine, the current step and the next one. */
    private static Map<String, String> next(Position at) {
        Map<String, String> values = new java.util.HashMap<>(Routines.names(at));
        int nextIndex = Math.min(at.step() + 1, at.routine().steps().size() - 1);
        values.put("next", at.routine().steps().get(nextIndex).name());
        return values;
    }
}
