package com.crampcoach.personal;

import com.crampcoach.content.Key;
import com.crampcoach.content.Routine;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.conversation.Turn;
import com.crampcoach.memory.Lookup;
import com.crampcoach.memory.UserRecord;
import com.crampcoach.routine.Routines;
import java.util.Map;

/**
 * "Open cramp coach": one breath of welcome, then what to say. With memory, it also brings back the person's
 * settings for the session and, if a routine was left part-way within the last day, offers to carry on.
 */
public final class Welcome {

    private Welcome() {
    }

    public static Answer launch(Turn turn) {
        Lookup<UserRecord> user = turn.person().remembers() ? turn.person().user() : Lookup.none();
        if (user.failed()) {
            return Answer.say(Key.LAUNCH);
        }
        return user.orIfNone(UserRecord.NONE).savedPlace()
                .filter(place -> !place.at().isBefore(turn.person().requestTime().minus(Routines.RESUME_WITHIN)))
                .flatMap(place -> turn.catalog().routine(place.routineId())
                        .filter(routine -> place.step() < routine.steps().size())
                        .map(routine -> offer(turn, routine, place.step())))
                .orElseGet(() -> Answer.say(Key.LAUNCH));
    }

    private static Answer offer(Turn turn, Routine routine, int step) {
        return Answer.ask(Key.RESUME_OFFER, Map.of("step", routine.steps().get(step).name(), "routine", routine.name()),
                new Subject.RoutineStep(routine, step));
    }
}
