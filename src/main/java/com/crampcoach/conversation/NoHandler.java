package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import java.util.Optional;

/** "No": declines what was offered and closes calmly. */
public final class NoHandler implements IntentHandler {

    private final Content content;

    public NoHandler(Content content) {
        this.content = content;
    }

    @Override
    public String intentName() {
        return "AMAZON.NoIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Turn.of(input, content).say("declined");
    }
}
