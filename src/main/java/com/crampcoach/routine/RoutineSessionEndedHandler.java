package com.crampcoach.routine;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;
import com.crampcoach.content.Content;
import com.crampcoach.conversation.Turn;
import com.crampcoach.memory.Memory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A session that ends mid-routine (silence, or leaving): remember the place for next time. No speech. */
public final class RoutineSessionEndedHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineSessionEndedHandler.class);
    private final Content content;
    private final Memory memory;

    public RoutineSessionEndedHandler(Content content, Memory memory) {
        this.content = content;
        this.memory = memory;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SessionEndedRequest.class))
                && input.getRequestEnvelope().getSession() != null
                && Position.present(input.getAttributesManager().getSessionAttributes());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        LOG.info("Session ended mid-routine: reason={}", ((SessionEndedRequest) input.getRequest()).getReason());
        Position.read(turn.attributes(), turn.catalog()).ifPresent(at -> RoutineActions.remember(memory, turn, at));
        return input.getResponseBuilder().build();
    }
}
