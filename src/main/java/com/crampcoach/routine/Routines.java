package com.crampcoach.routine;

import com.crampcoach.content.Key;
import com.crampcoach.content.Routine;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Conversation.Place;
import com.crampcoach.conversation.Conversation.Preface;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.conversation.Turn;
import com.crampcoach.memory.Lookup;
import com.crampcoach.memory.UserRecord;
import com.crampcoach.memory.UserRecord.SavedPlace;
import com.crampcoach.reminder.BedtimeReminders;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the routine intents do, on the conversation's typed state: start, play, move, pause, stop and carry
 * on. Where a routine was left is saved in the person's record, so that "resume" finds it in a new session.
 */
public final class Routines {

    /** The routine whose end offers a nightly reminder to do it. */
    static final String BEDTIME = "bedtime";

    /** A place saved longer ago than this is not offered any more. */
    public static final Duration RESUME_WITHIN = Duration.ofDays(1);

    private Routines() {
    }

    /** The routine a {@code RoutineName} slot value names, if we have it. */
    public static Optional<Routine> named(Turn turn, String slot) {
        return turn.slot(slot).flatMap(id -> turn.catalog().routine(id.toLowerCase(Locale.ROOT)));
    }

    /** "Start the bedtime routine", or "bedtime" when asked which: the routine named, else which one? */
    public static Answer startNamed(Turn turn) {
        return named(turn, "routine").or(() -> named(turn, "choice")).map(routine -> startOrOffer(turn, routine))
                .orElseGet(() -> Answer.say(Key.ROUTINE_LIST));
    }

    /** "Play the whole routine": the routine named, or the one running, start to finish, else which one? */
    public static Answer playNamed(Turn turn) {
        return named(turn, "routine").or(() -> turn.place().map(Place::routine))
                .map(routine -> Answer.play(routine, 0))
                .orElseGet(() -> Answer.say(Key.ROUTINE_LIST));
    }

    /** Starts a routine at its first step, after its intro. */
    public static Answer start(Routine routine) {
        return Answer.step(routine, 0, Preface.INTRO);
    }

    /**
     * "Start my bedtime routine": from the top, unless that routine was left part-way within a day, when the
     * person is asked whether to carry on. A record that cannot be read now does not hold the routine up.
     */
    public static Answer startOrOffer(Turn turn, Routine routine) {
        Optional<SavedPlace> saved = saved(turn, turn.person().user())
                .filter(place -> place.routineId().equals(routine.id()) && place.step() > 0);
        if (saved.isPresent() && turn.place().isEmpty()) {
            int step = saved.get().step();
            return Answer.ask(Key.ROUTINE_RESUME_OFFER, names(routine, step), new Subject.RoutineStep(routine, step));
        }
        return start(routine);
    }

    /** "No" to carrying on: that routine from the top, and its saved place forgotten. */
    public static Answer restart(Turn turn, Routine routine) {
        forget(turn, routine);
        return start(routine);
    }

    /**
     * "Resume", "carry on", "continue the bedtime routine": the routine running, or the place saved last time
     * (of the routine named, if one is), or, for a routine named with nothing saved, that routine from the top.
     */
    public static Answer resume(Turn turn) {
        Optional<Routine> named = named(turn, "routine");
        Optional<Place> here = turn.place().filter(at -> named.isEmpty() || named.get().equals(at.routine()));
        if (here.isPresent()) {
            return next(turn, here.get());
        }
        Lookup<UserRecord> user = turn.person().user();
        Optional<SavedPlace> saved = saved(turn, user)
                .filter(place -> named.isEmpty() || named.get().id().equals(place.routineId()));
        Optional<Routine> routine = saved.flatMap(place -> turn.catalog().routine(place.routineId()))
                .filter(r -> saved.get().step() < r.steps().size());
        if (routine.isPresent()) {
            return carryOn(turn, routine.get(), saved.get().step());
        }
        if (named.isPresent()) {
            return start(named.get());
        }
        return Answer.say(user.failed() ? Key.RESUME_UNCHECKED : Key.RESUME_NONE);
    }

    /** Carries on at {@code step}, and forgets the saved place: it is the session's now. */
    public static Answer carryOn(Turn turn, Routine routine, int step) {
        turn.person().update(record -> record.withSavedPlace(Optional.empty()));
        return Answer.step(routine, step, Preface.NONE);
    }

    public static Answer next(Turn turn, Place at) {
        if (at.lost()) {
            return Answer.step(at.routine(), 0, Preface.LOST);
        }
        if (at.playing()) {
            return Answer.play(at.routine(), at.step());
        }
        int last = at.routine().steps().size() - 1;
        if (at.step() + 1 >= last) {
            forget(turn, at.routine()); // finished: nothing of it is left to carry on
            if (at.routine().id().equals(BEDTIME) && BedtimeReminders.offerable(turn)) {
                return Answer.lastStepThenAsk(at.routine(), Preface.NONE, Key.REMINDER_OFFER, BedtimeReminders.offer());
            }
        }
        return Answer.step(at.routine(), Math.min(at.step() + 1, last), Preface.NONE);
    }

    public static Answer back(Place at) {
        if (at.lost() || at.step() == 0) {
            return Answer.step(at.routine(), 0, at.lost() ? Preface.LOST : Preface.FIRST);
        }
        return Answer.step(at.routine(), at.step() - 1, Preface.NONE);
    }

    public static Answer startOver(Turn turn, Place at) {
        return Answer.step(at.routine(), 0, Preface.NONE);
    }

    /**
     * Pauses: the place is saved for next time, and the answer says the words that carry on; if it could not be
     * saved, it says so, and the words that start a routine again.
     */
    public static Answer pause(Turn turn, Place at) {
        boolean saved = save(turn, at);
        return Answer.say(saved ? Key.ROUTINE_PAUSED : Key.ROUTINE_PAUSED_UNSAVED, names(at.routine(), at.step()))
                .leavingRoutine();
    }

    public static Answer stop(Turn turn, Place at) {
        save(turn, at);
        return Answer.say(Key.ROUTINE_STOPPED, names(at.routine(), at.step())).leavingRoutine();
    }

    /** Saves where a routine was left, so that "resume" or the next launch within a day can carry on. */
    public static boolean save(Turn turn, Place at) {
        if (!turn.person().remembers()) {
            return false;
        }
        SavedPlace place = new SavedPlace(at.routine().id(), at.lost() ? 0 : at.step(), turn.person().requestTime());
        return turn.person().update(record -> record.withSavedPlace(Optional.of(place))).saved();
    }

    /** Forgets the saved place, if it is this routine's. */
    private static void forget(Turn turn, Routine routine) {
        if (turn.person().remembers()) {
            turn.person().update(record -> record.savedPlace()
                    .filter(place -> place.routineId().equals(routine.id())).isPresent()
                    ? record.withSavedPlace(Optional.empty()) : record);
        }
    }

    public static Answer left(Turn turn, Place at) {
        int left = at.routine().steps().size() - 1 - at.step();
        Map<String, String> values = new HashMap<>(prompting(at));
        if (left == 0) {
            return Answer.say(Key.ROUTINE_LEFT_NONE, values);
        }
        values.put("count", String.valueOf(left));
        return Answer.say(left == 1 ? Key.ROUTINE_LEFT_ONE : Key.ROUTINE_LEFT_MANY, values);
    }

    /** The names a routine prompt may use: the routine, the current step and the next one. */
    public static Map<String, String> prompting(Place at) {
        Map<String, String> values = new HashMap<>(names(at.routine(), at.step()));
        int nextIndex = Math.min(at.step() + 1, at.routine().steps().size() - 1);
        values.put("next", at.routine().steps().get(nextIndex).name());
        return values;
    }

    static Map<String, String> names(Routine routine, int step) {
        return Map.of("routine", routine.name(), "step", routine.steps().get(step).name());
    }

    /** The place saved in the person's record, if it was read and is recent enough to offer. */
    private static Optional<SavedPlace> saved(Turn turn, Lookup<UserRecord> user) {
        if (user.failed()) {
            return Optional.empty();
        }
        return user.orIfNone(UserRecord.NONE).savedPlace()
                .filter(place -> !place.at().isBefore(turn.person().requestTime().minus(RESUME_WITHIN)));
    }
}
