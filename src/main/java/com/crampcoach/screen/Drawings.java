package com.crampcoach.screen;

import com.crampcoach.content.ContentException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The line drawings of the stretches ({@code content/screens/drawings.json}): each an Alexa Vector Graphics object by
 * id, with which drawing shows each routine's steps, in order, and each relief answer's main stretch.
 */
public record Drawings(Map<String, Map<String, Object>> byId, Map<String, List<String>> routines,
        Map<String, String> relief) {

    public Drawings {
        byId = Map.copyOf(byId);
        routines = Map.copyOf(routines);
        relief = Map.copyOf(relief);
    }

    /** The drawing for a routine's step (from 0), if the file names one that exists. */
    public Optional<Map<String, Object>> forStep(String routineId, int index) {
        List<String> steps = routines.get(routineId);
        return steps == null || index < 0 || index >= steps.size() ? Optional.empty()
                : Optional.ofNullable(byId.get(steps.get(index)));
    }

    /** The drawing for a relief answer's main stretch; many answers have none. */
    public Optional<Map<String, Object>> forRelief(String reliefKey) {
        String id = relief.get(reliefKey);
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** Reads the file's three objects, checking each value's shape, so that a wrong one fails at start-up. */
    static Drawings of(Map<String, Object> file) {
        Map<String, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
        Map<String, List<String>> routines = new java.util.LinkedHashMap<>();
        Map<String, String> relief = new java.util.LinkedHashMap<>();
        section(file, "drawings").forEach((id, drawing) -> byId.put(id, object(drawing, "drawing \"" + id + "\"")));
        section(file, "routines").forEach((id, ids) -> {
            if (!(ids instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                throw wrong("routine \"" + id + "\" must be a list of drawing ids");
            }
            routines.put(id, list.stream().map(String.class::cast).toList());
        });
        section(file, "relief").forEach((key, id) -> {
            if (!(id instanceof String name)) {
                throw wrong(key + " must name a drawing");
            }
            relief.put(key, name);
        });
        return new Drawings(byId, routines, relief);
    }

    private static Map<String, Object> section(Map<String, Object> file, String name) {
        return object(file.getOrDefault(name, Map.of()), "\"" + name + "\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map)) {
            throw wrong(what + " must be an object");
        }
        return (Map<String, Object>) value;
    }

    private static ContentException wrong(String what) {
        return new ContentException(Screens.FOLDER + "drawings.json: " + what);
    }
}
