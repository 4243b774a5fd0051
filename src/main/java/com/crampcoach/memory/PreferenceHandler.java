package com.crampcoach.memory;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.Preferences;
import com.crampcoach.conversation.Slots;
import com.crampcoach.conversation.Turn;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * "Make the holds longer", "speak slower", "talk quietly", "reset my settings": changes a preference,
 * uses it at once for the session and saves it for next time. If it cannot be saved, the person hears so.
 */
public final class PreferenceHandler implements IntentHandler {

    /** What a preference intent changes. */
    public enum Change { HOLD, SLOWER, QUIETER, RESET }

    private final Content content;
    private final Memory memory;
    private final String intentName;
    private final Change change;

    public PreferenceHandler(Content content, Memory memory, String intentName, Change change) {
        this.content = content;
        this.memory = memory;
        this.intentName = intentName;
        this.change = change;
    }

    @Override
    public String intentName() {
        return intentName;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        boolean longer = !"SHORTER".equals(Slots.resolvedId(input, "holdChange").orElse("LONGER"));
        UnaryOperator<Preferences> apply = current -> switch (change) {
            case HOLD -> new Preferences(step(current.holdSeconds(), longer), current.slow(), current.quiet());
            case SLOWER -> new Preferences(current.holdSeconds(), true, current.quiet());
            case QUIETER -> new Preferences(current.holdSeconds(), current.slow(), true);
            case RESET -> Preferences.DEFAULT;
        };
        Preferences[] saved = new Preferences[1];
        Memory.Write write = memory.update(turn.envelope(), data -> {
            saved[0] = apply.apply(Preferences.from(data.get("prefs")));
            data.put("prefs", saved[0].toMap());
            return data;
        });
        Preferences now = write.saved() ? saved[0] : apply.apply(turn.preferences());
        turn.usePreferences(now);
        if (!memory.available()) {
            return turn.say(Keys.PREFS_SESSION_ONLY);
        }
        if (!write.saved()) {
            return turn.say(write.outcome() == Memory.Outcome.UNSURE ? Keys.PREFS_UNSURE : Keys.PREFS_UNSAVED);
        }
        return switch (change) {
            case HOLD -> turn.say(Keys.PREFS_HOLD, Map.of("seconds", String.valueOf(now.hold(30))));
            case SLOWER -> turn.say(Keys.PREFS_SLOW);
            case QUIETER -> turn.say(Keys.PREFS_QUIET);
            case RESET -> turn.say(Keys.PREFS_RESET);
        };
    }

    /** The next hold length up or down from the current one (30 seconds when none is set). */
    static int step(int current, boolean longer) {
        int index = Preferences.HOLDS.indexOf(current > 0 ? current : 30);
        int next = Math.max(0, Math.min(Preferences.HOLDS.size() - 1, index + (longer ? 1 : -1)));
        return Preferences.HOLDS.get(next);
    }
}
