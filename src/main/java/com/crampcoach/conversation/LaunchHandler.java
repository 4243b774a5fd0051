package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import java.util.Optional;

/** "Open cramp coach": one breath of welcome, then what to say. */
public final class LaunchHandler implements RequestHandler {

    private final Content content;

    public LaunchHandler(Content content) {
        this.content = content;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Turn.of(input, content).say(Keys.LAUNCH);
    }
}
