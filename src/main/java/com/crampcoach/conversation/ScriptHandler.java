package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import java.util.Optional;

/** An intent whose answer is always the same content prompt: relief scripts, advice, help, goodbye. */
public final class ScriptHandler implements IntentHandler {

    private final Content content;
    private final String intentName;
    private final String key;

    public ScriptHandler(Content content, String intentName, String key) {
        this.content = content;
        this.intentName = intentName;
        this.key = key;
    }

    @Override
    public String intentName() {
        return intentName;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Turn.of(input, content).say(key);
    }
}
