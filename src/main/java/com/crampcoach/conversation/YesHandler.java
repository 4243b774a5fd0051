package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import java.util.Optional;

/** "Yes": accepts what the last prompt offered; with nothing on offer it suggests what to ask. */
public final class YesHandler implements IntentHandler {

    private final Content content;

    public YesHandler(Content content) {
        this.content = content;
    }

    @Override
    public String intentName() {
        return "AMAZON.YesIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        String offer = turn.state().offer();
        return turn.say(offer != null ? offer : Keys.FALLBACK);
    }
}
