package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.crampcoach.Logging;
import com.crampcoach.content.Content;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any intent without a handler of its own (a model newer than this code, say) gets the fallback answer. */
public final class UnknownIntentHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownIntentHandler.class);
    private final Content content;

    public UnknownIntentHandler(Content content) {
        this.content = content;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(IntentRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        IntentRequest request = (IntentRequest) input.getRequest();
        LOG.warn("No handler for intent {}; answering with the fallback",
                request.getIntent() == null ? "(none)" : Logging.field(request.getIntent().getName()));
        return FallbackHandler.answer(Turn.of(input, content));
    }
}
