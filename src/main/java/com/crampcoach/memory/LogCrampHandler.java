package com.crampcoach.memory;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.Action;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.Slots;
import com.crampcoach.conversation.Turn;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Log a calf cramp", "I had a back spasm last night": keeps the date and the body part only, after
 * asking once for consent. When cramps are logged on most days of a week, it says, once, that this is
 * a reason to see a doctor.
 */
public final class LogCrampHandler implements IntentHandler {

    /** The consent offer's argument: the entry to keep if the answer is yes. */
    private static final Pattern ENTRY = Pattern.compile("([a-z]+):(\\d{4}-\\d{2}-\\d{2})");

    private final Content content;
    private final Memory memory;

    public LogCrampHandler(Content content, Memory memory) {
        this.content = content;
        this.memory = memory;
    }

    @Override
    public String intentName() {
        return "LogCrampIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        if (!memory.available()) {
            return turn.say(Keys.MEMORY_UNAVAILABLE);
        }
        LocalDate today = today(turn);
        String part = Slots.resolvedId(input, "bodyPart").map(id -> id.toLowerCase(Locale.ROOT)).orElse("cramp");
        LocalDate date = Slots.resolvedId(input, "when").filter("LAST_NIGHT"::equals).isPresent() ? today.minusDays(1) : today;
        Lookup<Map<String, Object>> data = memory.read(turn.envelope());
        if (data.failed()) {
            // Consent may well be there: never ask again because of an outage.
            return turn.say(Keys.LOG_UNCHECKED);
        }
        if (!CrampLog.consented(data.orIfNone(Map.of()))) {
            return turn.offer(Keys.LOG_CONSENT, Map.of("place", place(turn, part)), consentOffer(part, date));
        }
        return save(turn, memory, new CrampLog.Entry(date, part), today);
    }

    /** The action a "yes" to the consent question runs: keep the entry, and consent, from now on. */
    public static Action consent(Memory memory) {
        return (turn, argument) -> {
            var m = ENTRY.matcher(argument);
            LocalDate today = today(turn);
            try {
                LocalDate date = m.matches() ? LocalDate.parse(m.group(2)) : null;
                if (date == null || date.isAfter(today) || date.isBefore(today.minusDays(2))) {
                    return turn.say(Keys.LOG_UNSAVED);
                }
                return save(turn, memory, new CrampLog.Entry(date, m.group(1)), today);
            } catch (DateTimeParseException e) {
                return turn.say(Keys.LOG_UNSAVED);
            }
        };
    }

    /** The consent offer for an entry: {@code log-consent:calf:2026-11-22}. */
    static String consentOffer(String part, LocalDate date) {
        return Keys.ACTION_LOG_CONSENT + ":" + part + ":" + date;
    }

    private static Optional<Response> save(Turn turn, Memory memory, CrampLog.Entry entry, LocalDate today) {
        boolean[] nudge = new boolean[1];
        // Entries past the retention are cut by the server's date: a request's timestamp cannot move it.
        LocalDate serverToday = memory.today();
        Memory.Write write = memory.update(turn.envelope(), data -> {
            CrampLog.add(data, entry, serverToday);
            nudge[0] = CrampLog.nudge(data, today);
            return data;
        });
        if (!write.saved()) {
            return turn.say(write.outcome() == Memory.Outcome.UNSURE ? Keys.LOG_UNSURE : Keys.LOG_UNSAVED);
        }
        Map<String, String> values = Map.of("place", place(turn, entry.part()),
                "day", turn.catalog().phraseText(entry.date().equals(today) ? "when.today" : "when.yesterday", Map.of()));
        return turn.say(nudge[0] ? Keys.LOG_SAVED_NUDGE : Keys.LOG_SAVED, values);
    }

    static String place(Turn turn, String part) {
        String key = "place." + part;
        return turn.catalog().phrases().containsKey(key)
                ? turn.catalog().phraseText(key, Map.of())
                : turn.catalog().phraseText("place.cramp", Map.of());
    }

    static LocalDate today(Turn turn) {
        return LocalDate.ofInstant(turn.requestTime(), ZoneOffset.UTC);
    }
}
