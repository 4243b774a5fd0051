package com.crampcoach.reminder;

import com.crampcoach.alexa.ReminderApi;
import com.crampcoach.alexa.ReminderApi.Kept;
import com.crampcoach.alexa.ReminderApi.Result;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.conversation.Turn;
import com.crampcoach.memory.Lookup;
import com.crampcoach.memory.UserRecord;
import com.crampcoach.memory.UserRecord.BedtimeReminder;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A nightly reminder to do the bedtime stretches, kept by Alexa's Reminders API: set, changed, told and
 * cancelled by voice. The person has at most one: its ID is kept in their record, and when the record has none,
 * the skill's reminders are listed first and one found is changed rather than a second made. Nothing is said to
 * be set, changed or cancelled unless the API said so; no answer from it is "I can't tell yet". Without storage
 * (a local run), listing alone keeps it to one.
 */
public final class BedtimeReminders {

    /** What the permission request carries through Alexa's dialogue and back: the time asked for. */
    static final String TOKEN_PREFIX = "bedtime-reminder@";

    private BedtimeReminders() {
    }

    /** "Remind me to do my bedtime stretches at ten", "change my stretch reminder to nine thirty". */
    public static Answer set(Turn turn) {
        Optional<LocalTime> at = turn.slotValue("time").flatMap(BedtimeClock::parse);
        if (at.isEmpty()) {
            return Answer.say(Key.REMINDER_ASK_TIME);
        }
        return set(turn, at.get(), true);
    }

    /**
     * Sets the reminder at {@code at}; without the permission, Alexa is asked to ask for it by voice when
     * {@code mayAsk}, else the Alexa app's card is sent.
     */
    static Answer set(Turn turn, LocalTime at, boolean mayAsk) {
        Map<String, String> time = Map.of("time", BedtimeClock.spoken(turn.catalog(), at));
        if (mayAsk && !ReminderApi.granted(turn.envelope())) {
            // Once Alexa has said the person granted it, the API's own answer decides, whatever the request says.
            return noPermission(turn, at, true);
        }
        Lookup<UserRecord> read = turn.person().freshUser();
        if (read.failed()) {
            return Answer.say(Key.REMINDER_UNCHECKED);
        }
        // After the record is read: when Alexa cannot name the zone, the one it last named is the record's.
        Optional<java.time.ZoneId> zone = turn.person().zone();
        if (zone.isEmpty()) {
            // Without the zone, the first evening cannot be told: no reminder rather than one that skips tonight.
            return Answer.say(Key.REMINDER_NO_ZONE);
        }
        ReminderApi api = turn.reminders();
        var request = ReminderApi.daily(at, zone, turn.person().now(), turn.catalog().locale(),
                turn.catalog().phraseText(Phrase.REMINDER_WORDS, Map.of()));
        Result<Optional<String>> existing = existing(turn, read.orIfNone(UserRecord.NONE));
        if (!(existing instanceof Result.Done<Optional<String>> known)) {
            return existing instanceof Result.Refused<?> ? noPermission(turn, at, false) : Answer.say(Key.REMINDER_UNCHECKED);
        }
        Result<String> done = known.value().isPresent()
                ? api.update(turn.envelope(), known.value().get(), request)
                : api.create(turn.envelope(), request);
        if (done instanceof Result.NotFound<String>) {
            // Deleted in the Alexa app since: a new one.
            done = api.create(turn.envelope(), request);
        }
        if (done instanceof Result.Unknown<String>) {
            // No answer: read back whether it was made (or changed) after all.
            done = readBack(turn, at);
        }
        if (done instanceof Result.Done<String> made) {
            // Kept in the record so that the next "set" changes this one; if that write fails, listing finds it.
            turn.person().update(record -> record.withReminder(BedtimeReminder.set(made.value(), at)));
            return Answer.say(Key.REMINDER_SET, time);
        }
        if (done instanceof Result.Refused<String>) {
            return noPermission(turn, at, false);
        }
        if (done instanceof Result.Unknown<String>) {
            return Answer.say(Key.REMINDER_UNSURE);
        }
        return Answer.say(known.value().isPresent() ? Key.REMINDER_NOT_CHANGED : Key.REMINDER_NOT_SET);
    }

    /** "When is my reminder?": read from Alexa, never from the record alone (it may have been deleted in the app). */
    public static Answer when(Turn turn) {
        Lookup<UserRecord> read = turn.person().freshUser();
        if (read.failed()) {
            return Answer.say(Key.REMINDER_UNCHECKED_WHEN);
        }
        UserRecord record = read.orIfNone(UserRecord.NONE);
        Optional<String> id = record.reminder().id();
        Result<List<Kept>> found = id.isPresent()
                ? asList(turn.reminders().get(turn.envelope(), id.get()))
                : turn.reminders().list(turn.envelope());
        if (found instanceof Result.Refused<?>) {
            return Answer.say(Key.REMINDER_NO_ACCESS);
        }
        if (!(found instanceof Result.Done<List<Kept>> kept)) {
            return Answer.say(Key.REMINDER_UNCHECKED_WHEN);
        }
        if (kept.value().isEmpty()) {
            if (id.isPresent()) {
                turn.person().update(r -> r.withReminder(BedtimeReminder.NONE));
            }
            return Answer.say(Key.REMINDER_NONE);
        }
        Kept reminder = kept.value().get(0);
        Optional<LocalTime> at = reminder.at().or(() -> record.reminder().at());
        if (id.isEmpty() || at.isPresent() && !at.equals(record.reminder().at())) {
            // Found by listing (its ID was never kept), or changed elsewhere: the record learns it.
            at.ifPresent(time -> turn.person().update(r -> r.withReminder(BedtimeReminder.set(reminder.id(), time))));
        }
        return at.map(time -> Answer.say(Key.REMINDER_AT, Map.of("time", BedtimeClock.spoken(turn.catalog(), time))))
                .orElseGet(() -> Answer.say(Key.REMINDER_AT_UNKNOWN));
    }

    /** "Cancel my stretch reminder": deleted from Alexa, and never offered again. */
    public static Answer cancel(Turn turn) {
        Lookup<UserRecord> read = turn.person().freshUser();
        if (read.failed()) {
            return Answer.say(Key.REMINDER_UNCHECKED);
        }
        Result<Optional<String>> existing = existing(turn, read.orIfNone(UserRecord.NONE));
        if (existing instanceof Result.Refused<?>) {
            return Answer.say(Key.REMINDER_NO_ACCESS);
        }
        if (!(existing instanceof Result.Done<Optional<String>> known)) {
            return Answer.say(Key.REMINDER_UNCHECKED);
        }
        if (known.value().isEmpty()) {
            turn.person().update(record -> record.withReminder(BedtimeReminder.DECLINED));
            return Answer.say(Key.REMINDER_NONE);
        }
        Result<String> deleted = turn.reminders().delete(turn.envelope(), known.value().get());
        if (deleted instanceof Result.Done<String> || deleted instanceof Result.NotFound<String>) {
            turn.person().update(record -> record.withReminder(BedtimeReminder.DECLINED));
            return Answer.say(Key.REMINDER_CANCELLED);
        }
        return Answer.say(deleted instanceof Result.Unknown<String> ? Key.REMINDER_CANCEL_UNSURE : Key.REMINDER_NOT_CANCELLED);
    }

    /**
     * Deletes every reminder of the skill's for the person ("delete my data"); true when none is left, or none
     * could have been made (no permission).
     */
    public static boolean deleteAll(Turn turn, UserRecord record) {
        ReminderApi api = turn.reminders();
        if (!ReminderApi.granted(turn.envelope())) {
            // None can have been made, unless the record kept one from before the permission was taken back.
            return record.reminder().id().isEmpty();
        }
        Result<List<Kept>> listed = api.list(turn.envelope());
        if (!(listed instanceof Result.Done<List<Kept>> kept)) {
            return false;
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        record.reminder().id().ifPresent(ids::add);
        kept.value().forEach(reminder -> ids.add(reminder.id()));
        boolean all = true;
        for (String id : ids) {
            Result<String> deleted = api.delete(turn.envelope(), id);
            all &= deleted instanceof Result.Done<String> || deleted instanceof Result.NotFound<String>;
        }
        return all;
    }

    /** The end of the bedtime routine: offered once, unless one is set or the person said no. */
    public static boolean offerable(Turn turn) {
        if (!turn.person().remembers()) {
            return false;
        }
        Lookup<UserRecord> user = turn.person().user();
        return !user.failed() && user.orIfNone(UserRecord.NONE).reminder().equals(BedtimeReminder.NONE);
    }

    /** "Yes" to the offer: what time? */
    public static Answer accept() {
        return Answer.say(Key.REMINDER_ASK_TIME);
    }

    /** "No" to the offer: remembered, and never asked again. */
    public static Answer decline(Turn turn) {
        turn.person().update(record -> record.reminder().id().isPresent() ? record : record.withReminder(BedtimeReminder.DECLINED));
        return Answer.say(Key.REMINDER_DECLINED);
    }

    /** The subject of the offer's question, so that its "yes" and "no" are the code's. */
    public static Subject offer() {
        return new Subject.Reminder();
    }

    /**
     * Alexa's answer to the permission request: granted sets the reminder asked for; anything else, the card. The
     * time comes back in the token: a token made up can ask for no more than the words "remind me at ..." can.
     */
    public static Answer permissionAnswered(Turn turn, boolean granted, String token) {
        Optional<LocalTime> at = token != null && token.startsWith(TOKEN_PREFIX)
                ? BedtimeClock.stored(token.substring(TOKEN_PREFIX.length())) : Optional.empty();
        if (!granted) {
            return Answer.sayWithConsentCard(Key.REMINDER_DENIED, Map.of(), ReminderApi.SCOPE);
        }
        return at.map(time -> set(turn, time, false)).orElseGet(() -> Answer.say(Key.REMINDER_ASK_TIME));
    }

    private static Answer noPermission(Turn turn, LocalTime at, boolean mayAsk) {
        if (mayAsk) {
            return Answer.askPermission(Key.REMINDER_PERMISSION, Map.of("time", BedtimeClock.spoken(turn.catalog(), at)),
                    ReminderApi.SCOPE, TOKEN_PREFIX + at);
        }
        return Answer.sayWithConsentCard(Key.REMINDER_DENIED, Map.of(), ReminderApi.SCOPE);
    }

    /** The person's reminder: the ID in the record, else one of the skill's that Alexa lists, else none. */
    private static Result<Optional<String>> existing(Turn turn, UserRecord record) {
        if (record.reminder().id().isPresent()) {
            return new Result.Done<>(record.reminder().id());
        }
        Result<List<Kept>> listed = turn.reminders().list(turn.envelope());
        if (listed instanceof Result.Done<List<Kept>> kept) {
            return new Result.Done<>(kept.value().stream().map(Kept::id).findFirst());
        }
        return listed instanceof Result.Refused<List<Kept>> refused ? new Result.Refused<>(refused.status())
                : new Result.Unknown<>();
    }

    /** After no answer to a create or change: the reminder found at {@code at}, if Alexa now lists one. */
    private static Result<String> readBack(Turn turn, LocalTime at) {
        Result<List<Kept>> listed = turn.reminders().list(turn.envelope());
        if (listed instanceof Result.Done<List<Kept>> kept) {
            return kept.value().stream().filter(reminder -> reminder.at().filter(at::equals).isPresent()).findFirst()
                    .<Result<String>>map(reminder -> new Result.Done<>(reminder.id())).orElseGet(Result.Unknown::new);
        }
        return new Result.Unknown<>();
    }

    private static Result<List<Kept>> asList(Result<Kept> got) {
        if (got instanceof Result.Done<Kept> done) {
            return new Result.Done<>(List.of(done.value()));
        }
        if (got instanceof Result.NotFound<Kept>) {
            return new Result.Done<>(List.of());
        }
        return got instanceof Result.Refused<Kept> refused ? new Result.Refused<>(refused.status())
                : new Result.Unknown<>();
    }
}
