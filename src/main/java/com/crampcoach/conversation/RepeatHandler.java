package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import java.util.Optional;

/** "Repeat that": says the last prompt again, hold and all. */
public final class RepeatHandler implements IntentHandler {

    private final Content content;

    public RepeatHandler(Content content) {
        this.content = content;
    }

    @Override
    public String intentName() {
        return "AMAZON.RepeatIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        String last = turn.state().lastKey();
        return turn.say(last != null ? last : Keys.FALLBACK);
    }
}
