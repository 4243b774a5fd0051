package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.crampcoach.log.Logging;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests that are not a person talking: System.ExceptionEncountered, APL user events, Connections
 * responses, playback events and the like. Alexa allows no speech here; they get an empty response.
 * (A CanFulfillIntentRequest is {@link NameFreeHandler}'s.)
 */
public final class OtherRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OtherRequestHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return !(input.getRequest() instanceof LaunchRequest)
                && !(input.getRequest() instanceof IntentRequest)
                && !(input.getRequest() instanceof SessionEndedRequest);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        LOG.debug("Answering {} with an empty response", Logging.field(input.getRequest().getType()));
        return Turn.ending(input);
    }
}
