package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import java.util.Optional;

/**
 * Something the skill did not understand. The first miss names the emergency number and asks where the
 * cramp is; a second miss in a row says something different (one word is enough, or "help"), never the
 * same words again. A third goes back to the first, and so on.
 */
public final class FallbackHandler implements IntentHandler {

    private final Content content;

    public FallbackHandler(Content content) {
        this.content = content;
    }

    @Override
    public String intentName() {
        return "AMAZON.FallbackIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return answer(Turn.of(input, content));
    }

    /** The fallback answer for this turn: the second one if the last thing said was the first. */
    static Optional<Response> answer(Turn turn) {
        return turn.say(Keys.FALLBACK.equals(turn.state().lastKey()) ? Keys.FALLBACK_AGAIN : Keys.FALLBACK);
    }
}
