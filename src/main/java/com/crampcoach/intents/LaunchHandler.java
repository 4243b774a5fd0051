package com.crampcoach.intents;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.crampcoach.conversation.Parts;
import com.crampcoach.conversation.Turn;
import com.crampcoach.personal.Welcome;
import java.util.Optional;

/** "Open cramp coach" (see {@link Welcome}). */
public final class LaunchHandler implements RequestHandler {

    private final Parts parts;

    public LaunchHandler(Parts parts) {
        this.parts = parts;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof LaunchRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, parts);
        return turn.respond(Welcome.launch(turn));
    }
}
