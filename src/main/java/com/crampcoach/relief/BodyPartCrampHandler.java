package com.crampcoach.relief;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.IntentHandler;
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
        String key = resolvedId(input)
                .map(Keys::relief)
                .filter(turn.catalog()::has)
                .orElse(Keys.RELIEF_GENERAL);
        return turn.say(key);
    }

    /** The slot value's id when entity resolution matched it to one of the model's body parts. */
    private static Optional<String> resolvedId(HandlerInput input) {
        Slot slot = ((IntentRequest) input.getRequest()).getIntent().getSlots() == null
                ? null
                : ((IntentRequest) input.getRequest()).getIntent().getSlots().get(SLOT);
        if (slot == null || slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return Optional.empty();
        }
        for (Resolution resolution : slot.getResolutions().getResolutionsPerAuthority()) {
            if (resolution.getStatus() != null && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                    && resolution.getValues() != null) {
                for (ValueWrapper wrapper : resolution.getValues()) {
                    if (wrapper.getValue() != null && wrapper.getValue().getId() != null) {
                        return Optional.of(wrapper.getValue().getId());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
