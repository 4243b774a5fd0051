package com.crampcoach.screen;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Routine;
import com.crampcoach.content.RoutineRenderer;

/**
 * What a routine step's screen shows and how its countdown runs: the step's place in its routine, its name, and the
 * spoken hold it follows (how long the words before the first hold last, each hold, how many holds, and the words or
 * rest between them).
 *
 * @param routineId          the routine's content id ("calf"), which picks the drawing with {@code index}
 * @param routineTitle       the routine's title as on its card ("Calf routine")
 * @param index              the step's place, from 0
 * @param count              how many steps the routine has
 * @param stepName           the step's name as spoken ("the towel stretch"); shown with a capital letter
 * @param holdSeconds        each hold, after the user's preference
 * @param holds              how many holds the answer speaks (2 for a step done on each side, its repetitions, else 1)
 * @param millisBeforeHold   how long the answer speaks before the first hold starts
 * @param millisBetweenHolds how long it speaks or rests between two holds
 */
public record RoutineStep(String routineId, String routineTitle, int index, int count, String stepName,
        int holdSeconds, int holds, long millisBeforeHold, long millisBetweenHolds) {

    public RoutineStep {
        if (index < 0 || index >= count || holdSeconds < 1 || holds < 1 || millisBeforeHold < 0
                || millisBetweenHolds < 0) {
            throw new IllegalArgumentException("not a step that can be shown: " + index + " of " + count + ", "
                    + holds + " x " + holdSeconds + " s");
        }
    }

    /**
     * The step as a routine answer speaks it (see RoutineRenderer): its instruction, then the holds, each ending with
     * the release line, then the other side's words or the rest and the "once more" line before the next. When the
     * answer says more before the instruction (the routine's intro, say), use the constructor and add it.
     */
    public static RoutineStep of(Routine routine, int index, int holdSeconds, Catalog catalog) {
        Routine.Step step = routine.steps().get(index);
        int holds = (step.sides() ? 2 : 1) * Math.max(1, step.repetitions());
        return new RoutineStep(routine.id(), routine.title(), index, routine.steps().size(), step.name(), holdSeconds,
                holds, RoutineRenderer.millisBeforeFirstHold(catalog, step), RoutineRenderer.millisBetweenHolds(catalog, step));
    }
}
