package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.canfulfill.CanFulfillSlotValues;
import com.amazon.ask.model.canfulfill.CanUnderstandSlotValues;
import com.crampcoach.content.Key;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Alexa's name-free question, "could this skill answer that?" ({@code CanFulfillIntentRequest}), answered from the
 * request alone: nothing is read or written, no Alexa API is called, nothing is said, and the session keeps nothing.
 * YES for a cramp, a spasm, night cramps and seeing a doctor, with a body part the skill has an answer for; MAYBE
 * for a slot value the model does not know (or a part that gets only the general advice); NO for the rest: the
 * stomach (not a muscle cramp the skill can help with), emergencies (Alexa's own answer should not wait on a skill
 * being chosen) and everything that needs the skill's own conversation.
 */
public final class NameFreeHandler implements RequestHandler {

    /** The intents a person might say to Alexa without the skill's name, mid-cramp or worried. */
    static final Set<String> INTENTS = Set.of("CalfCrampIntent", "BackSpasmIntent", "NightCrampsIntent",
            "SeeDoctorIntent", "CrampIntent");

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof CanFulfillIntentRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Intent intent = ((CanFulfillIntentRequest) input.getRequest()).getIntent();
        Turn.ending(input);
        CanFulfillIntentValues verdict = intent != null && INTENTS.contains(intent.getName())
                ? CanFulfillIntentValues.YES : CanFulfillIntentValues.NO;
        Map<String, CanFulfillSlot> slots = new LinkedHashMap<>();
        if (verdict == CanFulfillIntentValues.YES && intent.getSlots() != null) {
            for (Map.Entry<String, Slot> entry : intent.getSlots().entrySet()) {
                Slot slot = entry.getValue();
                if (slot == null || slot.getValue() == null || slot.getValue().isBlank()) {
                    continue;
                }
                Optional<String> id = Slots.resolvedId(slot);
                CanFulfillSlotValues fulfil = id.map(value -> fulfils(entry.getKey(), value)).orElse(CanFulfillSlotValues.NO);
                slots.put(entry.getKey(), CanFulfillSlot.builder()
                        .withCanUnderstand(id.isPresent() ? CanUnderstandSlotValues.YES : CanUnderstandSlotValues.MAYBE)
                        .withCanFulfill(fulfil).build());
                verdict = weaker(verdict, id.isEmpty() ? CanFulfillIntentValues.MAYBE : overall(entry.getKey(), id.get()));
            }
        }
        CanFulfillIntent.Builder answer = CanFulfillIntent.builder().withCanFulfill(verdict);
        if (!slots.isEmpty()) {
            answer.withSlots(slots);
        }
        return input.getResponseBuilder().withCanFulfillIntent(answer.build()).build();
    }

    /** A body part with an answer of its own (its stretch, or "front or back?"); any other slot value we know. */
    private static CanFulfillSlotValues fulfils(String slot, String id) {
        return overall(slot, id) == CanFulfillIntentValues.YES ? CanFulfillSlotValues.YES : CanFulfillSlotValues.NO;
    }

    private static CanFulfillIntentValues overall(String slot, String id) {
        if (slot.equals(Companion.SLOT)) {
            // A danger said with the cramp: an emergency is Alexa's to answer at once, never a skill's to be chosen for.
            return Companion.byId(id).filter(Companion::emergency).isPresent()
                    ? CanFulfillIntentValues.NO : CanFulfillIntentValues.YES;
        }
        // Either part of a cramp said with two ("my calf and my {otherPart}") is judged as a part.
        if (!slot.equals(Companion.PART) && !slot.equals(Companion.OTHER_PART)) {
            return CanFulfillIntentValues.YES;
        }
        Optional<Key> key = Key.forBodyPart(id);
        if (key.isEmpty() || key.get() == Key.RELIEF_GENERAL) {
            return CanFulfillIntentValues.MAYBE;
        }
        return key.get() == Key.STOMACH ? CanFulfillIntentValues.NO : CanFulfillIntentValues.YES;
    }

    private static CanFulfillIntentValues weaker(CanFulfillIntentValues a, CanFulfillIntentValues b) {
        return a == CanFulfillIntentValues.NO || b == CanFulfillIntentValues.NO ? CanFulfillIntentValues.NO
                : a == CanFulfillIntentValues.MAYBE || b == CanFulfillIntentValues.MAYBE ? CanFulfillIntentValues.MAYBE
                : CanFulfillIntentValues.YES;
    }
}
