package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import java.util.Optional;

/** "No": declines what was offered; the answer can name its own reply to "no", else a calm goodbye. */
public final class NoHandler implements IntentHandler {

    private final Content content;
    private final Actions actions;

    public NoHandler(Content content, Actions actions) {
        this.content = content;
        this.actions = actions;
    }

    @Override
    public String intentName() {
        return "AMAZON.NoIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        String decline = turn.state().decline();
        return decline == null ? turn.say(Keys.DECLINED) : actions.follow(turn, decline);
    }
}
