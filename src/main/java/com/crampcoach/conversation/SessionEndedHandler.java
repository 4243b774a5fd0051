package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;
import com.crampcoach.Logging;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The session has ended (the user left, stayed silent, or an error): log why; Alexa allows no speech here. */
public final class SessionEndedHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndedHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest ended = (SessionEndedRequest) input.getRequest();
        if (ended.getError() != null) {
            LOG.warn("Session ended: reason={} error={} {}", ended.getReason(),
                    ended.getError().getType(), Logging.field(ended.getError().getMessage()));
        } else {
            LOG.info("Session ended: reason={}", ended.getReason());
        }
        return input.getResponseBuilder().build();
    }
}
