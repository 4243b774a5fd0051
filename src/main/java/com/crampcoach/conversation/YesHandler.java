package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import java.util.Optional;

/**
 * "Yes": accepts what the last answer offered, another answer or an action ({@code offer="routine:calf"});
 * with nothing on offer it suggests what to ask. Inside a routine, "yes" means next (see the routine handlers).
 */
public final class YesHandler implements IntentHandler {

    private final Content content;
    private final Actions actions;

    public YesHandler(Content content, Actions actions) {
        this.content = content;
        this.actions = actions;
    }

    @Override
    public String intentName() {
        return "AMAZON.YesIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        String offer = turn.state().offer();
        return offer == null ? turn.say(Keys.FALLBACK) : actions.follow(turn, offer);
    }
}
