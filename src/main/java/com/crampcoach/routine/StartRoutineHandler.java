package com.crampcoach.routine;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.Slots;
import com.crampcoach.conversation.Turn;
import java.util.Locale;
import java.util.Optional;

/** "Start my bedtime stretches": the routine named, from its first step; an unknown name lists those we have. */
public final class StartRoutineHandler implements IntentHandler {

    static final String SLOT = "routine";
    private final Content content;

    public StartRoutineHandler(Content content) {
        this.content = content;
    }

    @Override
    public String intentName() {
        return "StartRoutineIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        return Slots.resolvedId(input, SLOT)
                .flatMap(id -> turn.catalog().routine(id.toLowerCase(Locale.ROOT)))
                .map(routine -> Routines.start(turn, routine))
                .orElseGet(() -> turn.say(Keys.ROUTINE_LIST));
    }
}
