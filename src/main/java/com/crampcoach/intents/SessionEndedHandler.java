package com.crampcoach.intents;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.crampcoach.conversation.Parts;
import com.crampcoach.conversation.Turn;
import com.crampcoach.log.Logging;
import com.crampcoach.routine.Routines;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session has ended (the person left, stayed silent, or an error): log why and, mid-routine, save the
 * place for next time. Alexa allows no speech here.
 */
public final class SessionEndedHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndedHandler.class);
    private final Parts parts;

    public SessionEndedHandler(Parts parts) {
        this.parts = parts;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof SessionEndedRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest ended = (SessionEndedRequest) input.getRequest();
        if (ended.getError() != null) {
            LOG.warn("Session ended: reason={} error={} {}", ended.getReason(),
                    ended.getError().getType(), Logging.field(ended.getError().getMessage()));
        } else {
            // The request's own entry already records every session end; priming sends one per locale and round.
            LOG.debug("Session ended: reason={}", ended.getReason());
        }
        Turn turn = Turn.of(input, parts);
        turn.place().ifPresent(at -> Routines.save(turn, at));
        return Turn.ending(input);
    }
}
