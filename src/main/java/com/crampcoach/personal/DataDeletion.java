package com.crampcoach.personal;

import com.crampcoach.content.Key;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.conversation.Turn;
import com.crampcoach.memory.Lookup;
import com.crampcoach.memory.UserRecord;

/** "Delete my data": asks yes or no first; yes removes everything stored for the person. */
public final class DataDeletion {

    private DataDeletion() {
    }

    /** "Delete my data": asks first. */
    public static Answer confirmDelete(Turn turn) {
        if (!turn.person().remembers()) {
            return Answer.say(Key.MEMORY_UNAVAILABLE);
        }
        // The yes is the code's: only this question, asked about deletion, deletes (intents/FollowUps).
        return Answer.ask(Key.DELETE_CONFIRM, java.util.Map.of(), new Subject.Deletion());
    }

    /**
     * "Yes" to the delete confirmation: removes the stretch reminder from Alexa, then everything stored, and the
     * session's settings with it. A reminder Alexa would not remove is said to be kept.
     */
    public static Answer delete(Turn turn) {
        Lookup<UserRecord> read = turn.person().freshUser();
        // A record that cannot be read still has its reminder found: the skill's reminders are listed too.
        UserRecord record = read.failed() ? UserRecord.NONE : read.orIfNone(UserRecord.NONE);
        boolean reminderGone = com.crampcoach.reminder.BedtimeReminders.deleteAll(turn, record);
        boolean deleted = turn.person().forget();
        return Answer.say(!deleted ? Key.DELETE_FAILED : reminderGone ? Key.DELETED : Key.DELETED_REMINDER_KEPT);
    }
}
