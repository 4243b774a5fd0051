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

    @SuppressWarnings("unchecked")
    static Drawings of(Map<String, Object> file) {
        try {
            return new Drawings((Map<String, Map<String, Object>>) (Map<String, ?>) file.getOrDefault("drawings", Map.of()),
                    (Map<String, List<String>>) (Map<String, ?>) file.getOrDefault("routines", Map.of()),
                    (Map<String, String>) (Map<String, ?>) file.getOrDefault("relief", Map.of()));
        } catch (ClassCastException e) {
            throw new ContentException(Screens.FOLDER + "drawings.json: \"drawings\", \"routines\" and \"relief\" "
                    + "must be objects");
        }
    }
}
