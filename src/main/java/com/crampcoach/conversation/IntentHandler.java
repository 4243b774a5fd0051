package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.request.Predicates;

/** A handler for one intent of the interaction model; the name is also how tests match it to the model. */
public interface IntentHandler extends RequestHandler {

    String intentName();

    @Override
    default boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.intentName(intentName()));
    }
}
