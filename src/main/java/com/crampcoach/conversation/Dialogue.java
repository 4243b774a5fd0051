package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.crampcoach.log.Logging;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every intent, and what it does: one action per intent name, which looks at where the person is (a routine,
 * a question) and decides. An intent is listed once; listing it twice fails at start-up. An intent this code
 * does not know (a model newer than the code) gets the fallback answer.
 */
public final class Dialogue implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Dialogue.class);

    /** The intent Alexa sends for what matched no other: it also answers intents this code does not know. */
    public static final String FALLBACK = "AMAZON.FallbackIntent";

    /** What one intent does, on the turn's typed state. */
    @FunctionalInterface
    public interface IntentAction {
        Answer answer(Turn turn);
    }

    private final Parts parts;
    private final Map<String, IntentAction> actions;

    private Dialogue(Parts parts, Map<String, IntentAction> actions) {
        this.parts = parts;
        this.actions = Map.copyOf(actions);
    }

    public static Builder builder(Parts parts) {
        return new Builder(parts);
    }

    /** The intents with an action of their own. */
    public Set<String> intents() {
        return actions.keySet();
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof IntentRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        IntentRequest request = (IntentRequest) input.getRequest();
        // A tampered request may carry an IntentRequest without an intent.
        String name = request.getIntent() == null ? null : request.getIntent().getName();
        Turn turn = Turn.of(input, parts);
        return turn.respond(answer(name, turn));
    }

    /**
     * What {@code intent} does on this turn: the same whether it was said, or touched on a screen. A danger said
     * in the same breath ({@link Companion}) first turns the intent into the one whose answer must come first;
     * something said in the same breath that the skill did not understand may be a danger, so the local number
     * comes before the answer.
     */
    public Answer answer(String intent, Turn turn) {
        String first = Companion.first(intent, turn);
        IntentAction action = first == null ? null : actions.get(first);
        if (action == null) {
            LOG.warn("No handler for intent {}; answering with the fallback", Logging.field(first));
            return actions.get(FALLBACK).answer(turn);
        }
        Answer answer = action.answer(turn);
        return Companion.unknown(turn) ? answer.safetyFirst() : answer;
    }

    /** Lists what each intent does; an intent listed twice is a mistake, and fails here. */
    public static final class Builder {
        private final Parts parts;
        private final Map<String, IntentAction> actions = new LinkedHashMap<>();

        private Builder(Parts parts) {
            this.parts = parts;
        }

        public Builder on(String intent, IntentAction action) {
            if (actions.putIfAbsent(intent, action) != null) {
                throw new IllegalStateException(intent + " is listed twice");
            }
            return this;
        }

        public Dialogue build() {
            if (!actions.containsKey(FALLBACK)) {
                throw new IllegalStateException(FALLBACK + " needs an action: it answers unknown intents");
            }
            for (Companion companion : Companion.values()) {
                if (!actions.containsKey(companion.intent())) {
                    throw new IllegalStateException(companion + " answers as " + companion.intent() + ", which has no action");
                }
            }
            return new Dialogue(parts, actions);
        }
    }
}
