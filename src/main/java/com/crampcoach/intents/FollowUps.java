package com.crampcoach.intents;

import com.crampcoach.content.FollowUp;
import com.crampcoach.content.Key;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Conversation.Question;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.conversation.Turn;
import com.crampcoach.personal.CrampLogging;
import com.crampcoach.personal.DataDeletion;
import com.crampcoach.reminder.BedtimeReminders;
import com.crampcoach.routine.Routines;
import java.util.Optional;

/**
 * The one place that acts on a "yes" or a "no". A "yes" that keeps or deletes data belongs to the code: the
 * question's subject, set where the question was asked, decides it ({@link #owned}). Every other follow-up is
 * what content says the question's answer leads to: another answer, or a routine.
 */
final class FollowUps {

    private FollowUps() {
    }

    /** What "yes" does to a question the code asked about data: keep the cramp asked about, or delete everything. */
    static Optional<Answer> owned(Turn turn, Question question) {
        if (question.subject() instanceof Subject.Cramp cramp && question.key().equals(Key.LOG_CONSENT.id())) {
            return Optional.of(CrampLogging.keep(turn, cramp));
        }
        if (question.subject() instanceof Subject.Deletion && question.key().equals(Key.DELETE_CONFIRM.id())) {
            return Optional.of(DataDeletion.delete(turn));
        }
        if (question.subject() instanceof Subject.Reminder && question.key().equals(Key.REMINDER_OFFER.id())) {
            return Optional.of(BedtimeReminders.accept());
        }
        return Optional.empty();
    }

    /** What "no" does to a question the code asked about data: a reminder declined is remembered. */
    static Optional<Answer> ownedNo(Turn turn, Question question) {
        if (question.subject() instanceof Subject.Reminder && question.key().equals(Key.REMINDER_OFFER.id())) {
            return Optional.of(BedtimeReminders.decline(turn));
        }
        return Optional.empty();
    }

    static Answer run(Turn turn, FollowUp followUp, Question question) {
        Subject subject = question.subject();
        if (followUp instanceof FollowUp.Answer answer) {
            return Answer.say(answer.key(), java.util.Map.of());
        }
        if (followUp instanceof FollowUp.StartRoutine start) {
            return turn.catalog().routine(start.routineId()).map(routine -> Routines.start(routine))
                    .orElseGet(() -> Answer.say(Key.ROUTINE_LIST));
        }
        if (followUp instanceof FollowUp.Resume) {
            return subject instanceof Subject.RoutineStep at
                    ? Routines.carryOn(turn, at.routine(), at.step()) : Answer.say(Key.RESUME_NONE);
        }
        if (followUp instanceof FollowUp.Restart) {
            return subject instanceof Subject.RoutineStep at
                    ? Routines.restart(turn, at.routine()) : Answer.say(Key.ROUTINE_LIST);
        }
        throw new IllegalStateException("no action for " + followUp);
    }
}
