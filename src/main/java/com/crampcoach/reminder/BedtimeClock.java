package com.crampcoach.reminder;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Phrase;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times of day for a bedtime reminder: as Alexa's AMAZON.TIME slot gives them, as stored, and as spoken. A time
 * said without morning or evening reaches the skill as a morning one ("ten" is 10:00), so for a bedtime reminder
 * 05:00 to 11:59 is taken as the evening and 12:00 to 12:59 as just after midnight; the answer says the time back
 * with its "p.m." or "a.m.", so the person hears what was set.
 */
final class BedtimeClock {

    private static final Pattern CLOCK = Pattern.compile("\\d{2}:\\d{2}");

    private BedtimeClock() {
    }

    /** The bedtime an AMAZON.TIME value names; empty for "tonight" and the like (MO, AF, EV, NI) or anything else. */
    static Optional<LocalTime> parse(String slotValue) {
        return stored(slotValue).map(said -> {
            int hour = said.getHour();
            if (hour >= 5 && hour < 12) {
                return said.plusHours(12);
            }
            return hour == 12 ? said.minusHours(12) : said;
        });
    }

    /** A time of day written "HH:mm" (the record's, a permission request's token); empty for anything else. */
    static Optional<LocalTime> stored(String text) {
        if (text == null || !CLOCK.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "9:30 p.m.", "10 p.m.", "12:15 a.m.", in the locale's words. */
    static String spoken(Catalog catalog, LocalTime at) {
        int hour = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        String clock = at.getMinute() == 0 ? String.valueOf(hour) : hour + ":" + String.format("%02d", at.getMinute());
        return catalog.phraseText(at.getHour() < 12 ? Phrase.CLOCK_AM : Phrase.CLOCK_PM, Map.of("clock", clock));
    }
}
