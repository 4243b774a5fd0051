package com.crampcoach.relief;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.Slots;
import com.crampcoach.conversation.Turn;
import java.util.Optional;

/**
 * "My hamstring is cramping": routes to the relief script for the body part Alexa resolved
 * ({@code relief.<id>}, for example {@code relief.calf}). A body part that was not understood, or not
 * said at all, gets general relief and one question: where is it?
 */
public final class BodyPartCrampHandler implements IntentHandler {

    static final String SLOT = "bodyPart";

    private final Content content;

    public BodyPartCrampHandler(Content content) {
        this.content = content;
    }

    @Override
    public String intentName() {
        return "CrampIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        String key = Slots.resolvedId(input, SLOT)
                .map(Keys::relief)
                .filter(turn.catalog()::has)
                .orElse(Keys.RELIEF_GENERAL);
        return turn.say(key);
    }
}
