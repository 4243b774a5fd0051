package com.crampcoach.conversation;

import com.amazon.ask.model.Response;
import com.crampcoach.content.FollowUp;
import com.crampcoach.content.Key;
import com.crampcoach.conversation.Conversation.Question;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.memory.CrampLogging;
import com.crampcoach.memory.DataDeletion;
import com.crampcoach.routine.Routines;
import java.util.Optional;

/** The one place that acts on a "yes" or a "no": what content says the question's answer leads to. */
final class FollowUps {

    private FollowUps() {
    }

    static Optional<Response> run(Turn turn, FollowUp followUp, Question question) {
        Subject subject = question.subject();
        if (followUp instanceof FollowUp.Answer answer) {
            return turn.say(answer.key(), java.util.Map.of());
        }
        if (followUp instanceof FollowUp.StartRoutine start) {
            return turn.catalog().routine(start.routineId()).map(routine -> Routines.start(turn, routine))
                    .orElseGet(() -> turn.say(Key.ROUTINE_LIST));
        }
        if (followUp instanceof FollowUp.Resume) {
            return subject instanceof Subject.RoutineStep at
                    ? Routines.carryOn(turn, at.routine(), at.step()) : turn.say(Key.RESUME_NONE);
        }
        if (followUp instanceof FollowUp.Restart) {
            return subject instanceof Subject.RoutineStep at
                    ? Routines.restart(turn, at.routine()) : turn.say(Key.ROUTINE_LIST);
        }
        if (followUp instanceof FollowUp.KeepLogEntry) {
            return subject instanceof Subject.Cramp cramp ? CrampLogging.keep(turn, cramp) : turn.say(Key.LOG_UNSAVED);
        }
        if (followUp instanceof FollowUp.DeleteData) {
            return DataDeletion.delete(turn);
        }
        throw new IllegalStateException("no action for " + followUp);
    }
}
