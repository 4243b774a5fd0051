package com.crampcoach.content;

import java.util.List;

/**
 * A guided stretch routine as written in content: an ordered list of steps, with what is said before
 * the first and after the last.
 *
 * @param id    how code and the interaction model's {@code RoutineName} ids refer to it, lower case
 * @param name  how it is spoken ("your bedtime routine")
 * @param title how it is shown on cards
 */
public record Routine(String id, String name, String title, String intro, List<Step> steps, String outro,
        Prompt.Source source) {

    public Routine {
        steps = List.copyOf(steps);
    }

    /**
     * One stretch: its instruction (SSML), how long each hold lasts, whether it is done on each side in
     * turn, how many times, and the rest between repetitions.
     *
     * @param name      how it is spoken when announced next ("the hamstring stretch")
     * @param otherSide what is said before the second side's hold, or null for the shared phrase
     */
    public record Step(String name, String instruction, String otherSide, int holdSeconds, boolean sides,
            int repetitions, int restSeconds, String card, int line) {
    }
}
