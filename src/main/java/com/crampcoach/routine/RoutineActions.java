package com.crampcoach.routine;

import com.crampcoach.content.Keys;
import com.crampcoach.conversation.Action;
import com.crampcoach.memory.Memory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What "yes" can do with routines: start one a relief script offered, or carry on where one was left. */
public final class RoutineActions {

    private static final Pattern POSITION = Pattern.compile("([a-z]+):(\\d{1,2})");

    private RoutineActions() {
    }

    /** {@code routine:<id>}: starts that routine. */
    public static Action start() {
        return (turn, id) -> turn.catalog().routine(id)
                .map(routine -> Routines.start(turn, routine))
                .orElseGet(() -> turn.say(Keys.FALLBACK));
    }

    /** {@code resume:<id>:<step>}: carries on at that step, and forgets the saved place. */
    public static Action resume(Memory memory) {
        return (turn, argument) -> {
            Matcher m = POSITION.matcher(argument);
            var routine = m.matches() ? turn.catalog().routine(m.group(1)) : java.util.Optional.<com.crampcoach.content.Routine>empty();
            if (routine.isEmpty() || Integer.parseInt(m.group(2)) >= routine.get().steps().size()) {
                return Routines.none(turn);
            }
            memory.update(turn.envelope(), data -> {
                data.remove("resume");
                return data;
            });
            return Routines.show(turn, routine.get(), Integer.parseInt(m.group(2)), null);
        };
    }

    /** Saves where a routine was left, so that the next launch within a day can offer to carry on. */
    static void remember(Memory memory, com.crampcoach.conversation.Turn turn, Position at) {
        if (!memory.available()) {
            return;
        }
        memory.update(turn.envelope(), data -> {
            Map<String, Object> resume = new LinkedHashMap<>();
            resume.put("id", at.routine().id());
            resume.put("step", at.step());
            resume.put("at", turn.requestTime().getEpochSecond());
            data.put("resume", resume);
            return data;
        });
    }
}
