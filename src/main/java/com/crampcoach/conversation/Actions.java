package com.crampcoach.conversation;

import com.amazon.ask.model.Response;
import com.crampcoach.content.Keys;
import java.util.Map;
import java.util.Optional;

/** The actions an answer may offer by name, and the one way to follow an offer or a decline. */
public record Actions(Map<String, Action> byName) {

    public Actions {
        byName = Map.copyOf(byName);
    }

    /** Follows {@code target}: an action ({@code name:argument}) or an answer key. */
    public Optional<Response> follow(Turn turn, String target) {
        int colon = target.indexOf(':');
        if (colon < 0) {
            return turn.say(target);
        }
        Action action = byName.get(target.substring(0, colon));
        return action == null ? turn.say(Keys.FALLBACK) : action.run(turn, target.substring(colon + 1));
    }
}
