package com.crampcoach.personal;

import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.conversation.Turn;
import com.crampcoach.memory.CrampLog;
import com.crampcoach.memory.Lookup;
import com.crampcoach.memory.Memory;
import com.crampcoach.memory.UserRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Log a calf cramp", "I had a back spasm last night", "how many cramps this week?": keeps the date and the
 * body part only, after asking once for consent. When cramps are logged on most days of a week, it says, once,
 * that this is a reason to see a doctor. What it keeps is bounded: see {@link CrampLog}.
 */
public final class CrampLogging {

    private CrampLogging() {
    }

    public static Answer log(Turn turn) {
        if (!turn.person().remembers()) {
            return Answer.say(Key.MEMORY_UNAVAILABLE);
        }
        // Only a part the skill knows is kept: an ID a request made up (of any length) is "a cramp".
        String part = turn.slot("bodyPart").map(CrampLog::part).orElse(CrampLog.UNSPECIFIED);
        Optional<String> when = turn.slot("when");
        if (turn.said("when") && !when.filter(w -> w.equals("TODAY") || w.equals("LAST_NIGHT")).isPresent()) {
            // "two days ago", "on Monday", or a day not understood: never logged as today.
            return Answer.say(Key.LOG_ONLY_RECENT);
        }
        // Read before the day is known: when Alexa cannot name the zone, the record's last known one is this read's.
        Lookup<UserRecord> user = turn.person().freshUser();
        if (user.failed()) {
            // Consent may well be there: never ask again because of an outage.
            return Answer.say(Key.LOG_UNCHECKED);
        }
        LocalDate today = turn.person().today();
        LocalDate date = when.filter("LAST_NIGHT"::equals).isPresent() ? today.minusDays(1) : today;
        CrampLog.Entry entry = new CrampLog.Entry(date, part);
        if (!user.orIfNone(UserRecord.NONE).log().consent()) {
            return Answer.ask(Key.LOG_CONSENT, said(turn, entry, today), new Subject.Cramp(part, date));
        }
        return save(turn, entry);
    }

    /** "Yes" to the consent question: keeps the entry it was about, and consent from now on. */
    public static Answer keep(Turn turn, Subject.Cramp cramp) {
        LocalDate today = turn.person().today();
        if (cramp.date().isAfter(today) || cramp.date().isBefore(today.minusDays(2))) {
            return Answer.say(Key.LOG_UNSAVED);
        }
        return save(turn, new CrampLog.Entry(cramp.date(), cramp.part()));
    }

    public static Answer count(Turn turn) {
        if (!turn.person().remembers()) {
            return Answer.say(Key.MEMORY_UNAVAILABLE);
        }
        boolean month = turn.slot("period").filter("MONTH"::equals).isPresent();
        Lookup<UserRecord> user = turn.person().freshUser();
        if (user.failed()) {
            return Answer.say(Key.LOG_COUNT_UNCHECKED);
        }
        List<CrampLog.Entry> entries = user.orIfNone(UserRecord.NONE).log().since(turn.person().today(), month ? 30 : 7);
        String period = turn.catalog().phraseText(month ? Phrase.MONTH : Phrase.WEEK, Map.of());
        if (entries.isEmpty()) {
            return Answer.say(Key.LOG_COUNT_NONE, Map.of("period", period));
        }
        List<String> mostCommon = CrampLog.mostCommon(entries);
        String place = place(turn, mostCommon.get(0));
        String count = String.valueOf(entries.size());
        if (entries.size() == 1) {
            return Answer.say(Key.LOG_COUNT_ONE, Map.of("period", period, "place", place));
        }
        // A tie is said as one: two places level at the top are both named; more than two, none is.
        return switch (mostCommon.size()) {
            case 1 -> Answer.say(Key.LOG_COUNT_MANY, Map.of("period", period, "place", place, "count", count));
            case 2 -> Answer.say(Key.LOG_COUNT_TWO_PLACES, Map.of("period", period, "place", place,
                    "other", place(turn, mostCommon.get(1)), "count", count));
            default -> Answer.say(Key.LOG_COUNT_EVEN, Map.of("period", period, "count", count));
        };
    }

    private static Answer save(Turn turn, CrampLog.Entry entry) {
        LocalDate today = turn.person().today();
        // Entries past the retention are cut by the person's date on the server's clock: a request's timestamp cannot
        // move it, nor date an entry ahead of it (which would stay past the retention).
        LocalDate serverToday = turn.person().serverToday();
        if (!CrampLog.keeps(entry.date(), serverToday)) {
            return Answer.say(Key.LOG_UNSAVED);
        }
        boolean[] nudge = new boolean[1];
        boolean[] full = new boolean[1];
        Memory.Saved saved = turn.person().update(record -> {
            full[0] = record.log().full(entry.date());
            CrampLog log = record.log().add(entry, serverToday);
            nudge[0] = !full[0] && log.dueNudge(today);
            return record.withLog(nudge[0] ? log.nudgedOn(today) : log);
        });
        if (!saved.saved()) {
            return Answer.say(saved.outcome() == Memory.Outcome.UNSURE ? Key.LOG_UNSURE : Key.LOG_UNSAVED);
        }
        if (full[0]) {
            Map<String, String> values = new java.util.HashMap<>(said(turn, entry, today));
            values.put("count", String.valueOf(CrampLog.PER_DAY));
            return Answer.say(Key.LOG_FULL, values);
        }
        return Answer.say(nudge[0] ? Key.LOG_SAVED_NUDGE : Key.LOG_SAVED, said(turn, entry, today));
    }


    /**
     * How an entry is spoken: {@code {place}} ("your calf") and {@code {day}} ("today", "last night"); when the
     * person's time zone is unknown, the day is UTC's, and said with its date ("today, Tuesday, December 1").
     */
    private static Map<String, String> said(Turn turn, CrampLog.Entry entry, LocalDate today) {
        boolean isToday = entry.date().equals(today);
        String day = turn.person().zone().isPresent()
                ? turn.catalog().phraseText(isToday ? Phrase.TODAY : Phrase.YESTERDAY, Map.of())
                : turn.catalog().phraseText(isToday ? Phrase.TODAY_DATED : Phrase.YESTERDAY_DATED,
                        Map.of("date", date(turn.catalog(), entry.date())));
        return Map.of("place", place(turn, entry.part()), "day", day);
    }

    /** A date as this locale says it ({@code date.pattern}), in its words. */
    public static String date(com.crampcoach.content.Catalog catalog, LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern(catalog.phraseText(Phrase.DATE_PATTERN, Map.of()),
                java.util.Locale.forLanguageTag(catalog.locale())).format(date);
    }

    private static String place(Turn turn, String part) {
        return turn.catalog().phraseText(Phrase.place(part), Map.of());
    }
}
