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
     * turn, how many times, the rest between repetitions, and the position it is done in.
     *
     * @param name      how it is spoken when announced next ("the hamstring stretch")
     * @param otherSide what is said before the second side's hold, or null for the shared phrase
     * @param position  standing, sitting, lying or kneeling: a routine played through gives time to move
     *                  when it changes; null where unknown (then no time is given)
     */
    public record Step(String name, String instruction, String otherSide, int holdSeconds, boolean sides,
            int repetitions, int restSeconds, String card, int line, Position position) {

        public Step(String name, String instruction, String otherSide, int holdSeconds, boolean sides,
                int repetitions, int restSeconds, String card, int line) {
            this(name, instruction, otherSide, holdSeconds, sides, repetitions, restSeconds, card, line, null);
        }
    }

    /** The position a step is done in; content writes it in lower case ({@code position="lying"}). */
    public enum Position {
        STANDING, SITTING, LYING, KNEELING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Position> byId(String id) {
            return java.util.Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
        }
    }
}
