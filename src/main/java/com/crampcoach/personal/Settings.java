package com.crampcoach.personal;

import com.crampcoach.content.Key;
import com.crampcoach.content.Preferences;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Turn;
import com.crampcoach.memory.Memory;
import com.crampcoach.routine.Routines;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * "Make the holds longer", "speak slower", "talk quietly", "reset my settings": changes a setting, uses it at
 * once for the session and saves it for next time. If it cannot be saved, the person hears so.
 */
public final class Settings {

    /** What a settings intent changes. */
    public enum Change { HOLD, SLOWER, QUIETER, RESET }

    private Settings() {
    }

    public static Answer change(Turn turn, Change change) {
        boolean longer = !"SHORTER".equals(turn.slot("holdChange").orElse("LONGER"));
        UnaryOperator<Preferences> apply = current -> switch (change) {
            case HOLD -> new Preferences(step(current.holdSeconds(), longer), current.slow(), current.quiet());
            case SLOWER -> new Preferences(current.holdSeconds(), true, current.quiet());
            case QUIETER -> new Preferences(current.holdSeconds(), current.slow(), true);
            case RESET -> Preferences.DEFAULT;
        };
        Memory.Saved saved = turn.person().update(record -> record.withPreferences(apply.apply(record.preferences())));
        Preferences now = saved.saved() ? saved.record().preferences() : apply.apply(turn.person().preferences());
        turn.person().usePreferences(now);
        Key key;
        Map<String, String> values = Map.of();
        if (!turn.person().remembers()) {
            key = Key.PREFS_SESSION_ONLY;
        } else if (!saved.saved()) {
            key = saved.outcome() == Memory.Outcome.UNSURE ? Key.PREFS_UNSURE : Key.PREFS_UNSAVED;
        } else {
            key = switch (change) {
                case HOLD -> Key.PREFS_HOLD;
                case SLOWER -> Key.PREFS_SLOW;
                case QUIETER -> Key.PREFS_QUIET;
                case RESET -> Key.PREFS_RESET;
            };
            values = change == Change.HOLD ? Map.of("seconds", String.valueOf(now.hold(30))) : Map.of();
        }
        // Mid-routine, the routine goes on: the place is not lost to a change of settings.
        Map<String, String> said = values;
        return turn.place().map(at -> Answer.sayThen(key, said, Key.ROUTINE_GO_ON, Routines.prompting(at)))
                .orElseGet(() -> Answer.say(key, said));
    }

    /** The next hold length up or down from the current one (30 seconds when none is set). */
    static int step(int current, boolean longer) {
        int index = Preferences.HOLDS.indexOf(current > 0 ? current : 30);
        int next = Math.max(0, Math.min(Preferences.HOLDS.size() - 1, index + (longer ? 1 : -1)));
        return Preferences.HOLDS.get(next);
    }
}
