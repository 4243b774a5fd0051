package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;

/** A handler for one intent of the interaction model; the name is also how tests match it to the model. */
public interface IntentHandler extends RequestHandler {

    String intentName();

    @Override
    default boolean canHandle(HandlerInput input) {
        // Not Predicates.intentName: a tampered request may carry an IntentRequest without an intent.
        return input.getRequest() instanceof IntentRequest request && request.getIntent() != null
                && intentName().equals(request.getIntent().getName());
    }
}
