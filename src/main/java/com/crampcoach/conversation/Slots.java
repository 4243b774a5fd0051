package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.Optional;

/** Reading slots as Alexa fills them: only a value that entity resolution matched counts. */
public final class Slots {

    private Slots() {
    }

    /** Whether the slot was said at all, matched to a value or not. */
    public static boolean said(HandlerInput input, String slotName) {
        if (!(input.getRequest() instanceof IntentRequest request)) {
            return false;
        }
        Intent intent = request.getIntent();
        Slot slot = intent == null || intent.getSlots() == null ? null : intent.getSlots().get(slotName);
        return slot != null && slot.getValue() != null && !slot.getValue().isBlank();
    }

    /** The slot's value as Alexa gave it (a built-in type's, such as AMAZON.TIME's "21:30"), if it was said. */
    public static Optional<String> value(HandlerInput input, String slotName) {
        if (!said(input, slotName)) {
            return Optional.empty();
        }
        return Optional.of(((IntentRequest) input.getRequest()).getIntent().getSlots().get(slotName).getValue().strip());
    }

    /**
     * The id of the model's value that the slot resolved to. Empty when the slot is missing, was not said,
     * did not match ({@code ER_SUCCESS_NO_MATCH}) or resolution failed ({@code ER_ERROR_TIMEOUT}, ...).
     */
    public static Optional<String> resolvedId(HandlerInput input, String slotName) {
        if (!(input.getRequest() instanceof IntentRequest request)) {
            return Optional.empty();
        }
        Intent intent = request.getIntent();
        Slot slot = intent == null || intent.getSlots() == null ? null : intent.getSlots().get(slotName);
        return slot == null ? Optional.empty() : resolvedId(slot);
    }

    /** The id of the model's value that {@code slot} resolved to; empty as above. */
    public static Optional<String> resolvedId(Slot slot) {
        if (slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return Optional.empty();
        }
        for (Resolution resolution : slot.getResolutions().getResolutionsPerAuthority()) {
            if (resolution != null && resolution.getStatus() != null
                    && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH && resolution.getValues() != null) {
                for (ValueWrapper wrapper : resolution.getValues()) {
                    if (wrapper != null && wrapper.getValue() != null && wrapper.getValue().getId() != null
                            && !wrapper.getValue().getId().isBlank()) {
                        return Optional.of(wrapper.getValue().getId());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
