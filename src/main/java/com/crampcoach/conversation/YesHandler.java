package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.routine.Routines;
import java.util.Optional;

/**
 * "Yes": accepts what the last answer offered, another answer or a routine ({@code offer="routine:calf"});
 * with nothing on offer it suggests what to ask. Inside a routine, "yes" means next (see the routine handlers).
 */
public final class YesHandler implements IntentHandler {

    private final Content content;

    public YesHandler(Content content) {
        this.content = content;
    }

    @Override
    public String intentName() {
        return "AMAZON.YesIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        String offer = turn.state().offer();
        if (offer == null) {
            return turn.say(Keys.FALLBACK);
        }
        if (offer.startsWith(SessionState.ROUTINE_OFFER)) {
            return turn.catalog().routine(offer.substring(SessionState.ROUTINE_OFFER.length()))
                    .map(routine -> Routines.start(turn, routine))
                    .orElseGet(() -> turn.say(Keys.FALLBACK));
        }
        return turn.say(offer);
    }
}
