package com.crampcoach.routine;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.content.Routine;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.Slots;
import com.crampcoach.conversation.Turn;
import java.util.Locale;
import java.util.Optional;

/**
 * "Play the whole routine": the named routine, or the one running, spoken start to finish in as few
 * answers as Alexa's limits allow, after saying once that it cannot be paused part-way.
 */
public final class PlayRoutineHandler implements IntentHandler {

    private final Content content;

    public PlayRoutineHandler(Content content) {
        this.content = content;
    }

    @Override
    public String intentName() {
        return "PlayRoutineIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        Optional<Routine> routine = Slots.resolvedId(input, StartRoutineHandler.SLOT)
                .flatMap(id -> turn.catalog().routine(id.toLowerCase(Locale.ROOT)))
                .or(() -> Position.read(turn.attributes(), turn.catalog()).map(Position::routine));
        return routine.map(r -> Routines.play(turn, r, 0)).orElseGet(() -> turn.say(Keys.ROUTINE_LIST));
    }
}
