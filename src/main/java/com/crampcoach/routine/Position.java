package com.crampcoach.routine;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Routine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the user is in a routine, kept in the session attributes as a small versioned record:
 * {@code {"v":1,"id":"bedtime","step":2,"play":false}}. One response covers a whole step, both sides and
 * every repetition, so the step is all the position there is between turns.
 *
 * <p>Attributes come back from Alexa as plain JSON and are read like any input: a record that names a
 * routine we have but is otherwise damaged (wrong version, a step out of range, a wrong type) restarts
 * that routine from its first step and says so; one naming no routine we have is dropped.
 */
public record Position(Routine routine, int step, boolean playing, boolean restarted) {

    static final String ATTRIBUTE = "routine";
    static final int VERSION = 1;

    /** The routine running in this session, if any. */
    static java.util.Optional<Position> read(Map<String, Object> attributes, Catalog catalog) {
        if (!(attributes.get(ATTRIBUTE) instanceof Map<?, ?> saved)) {
            return java.util.Optional.empty();
        }
        Routine routine = saved.get("id") instanceof String id ? catalog.routine(id).orElse(null) : null;
        if (routine == null) {
            return java.util.Optional.empty();
        }
        boolean valid = saved.get("v") instanceof Integer version && version == VERSION
                && saved.get("step") instanceof Integer step && step >= 0 && step < routine.steps().size()
                && saved.get("play") instanceof Boolean;
        if (!valid) {
            return java.util.Optional.of(new Position(routine, 0, false, true));
        }
        return java.util.Optional.of(new Position(routine, (Integer) saved.get("step"), (Boolean) saved.get("play"), false));
    }

    static void write(Map<String, Object> attributes, Routine routine, int step, boolean playing) {
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("v", VERSION);
        saved.put("id", routine.id());
        saved.put("step", step);
        saved.put("play", playing);
        attributes.put(ATTRIBUTE, saved);
    }

    static void clear(Map<String, Object> attributes) {
        attributes.remove(ATTRIBUTE);
    }

    static boolean present(Map<String, Object> attributes) {
        return attributes != null && attributes.containsKey(ATTRIBUTE);
    }
}
