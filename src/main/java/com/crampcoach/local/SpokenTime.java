package com.crampcoach.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Alexa's AMAZON.TIME slot makes of a spoken time, for the local runner: "ten" is "10:00", "ten p m" is
 * "22:00", "nine thirty" is "09:30", "half past nine" is "09:30", "quarter to ten" is "09:45", "midnight" is
 * "00:00". Words it does not know are no time at all, as a slot that did not fill.
 */
final class SpokenTime {

    private static final List<String> UNITS = List.of("twelve", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven");
    private static final Map<String, Integer> MINUTES = Map.ofEntries(Map.entry("o'clock", 0),
            Map.entry("oh five", 5), Map.entry("ten", 10), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("twenty five", 25), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("forty five", 45), Map.entry("fifty", 50), Map.entry("fifty five", 55));
    private static final Pattern SAID = Pattern.compile(
            "(?:(half|quarter) (past|to) )?(\\w+)(?: (o'clock|oh five|ten|fifteen|twenty|twenty five|thirty|forty|forty five|fifty|fifty five))?"
                    + "(?: (a m|am|in the morning|p m|pm|at night|in the evening|tonight))?");

    private SpokenTime() {
    }

    /** The time as AMAZON.TIME gives it ("HH:mm"), if {@code words} (normalised, as the matcher has them) say one. */
    static Optional<String> parse(String words) {
        if (words.equals("midnight")) {
            return Optional.of("00:00");
        }
        if (words.equals("noon") || words.equals("midday")) {
            return Optional.of("12:00");
        }
        Matcher said = SAID.matcher(words);
        if (!said.matches() || !UNITS.contains(said.group(3))) {
            return Optional.empty();
        }
        int hour = UNITS.indexOf(said.group(3));
        int minute = 0;
        if (said.group(1) != null) {
            if (said.group(4) != null) {
                return Optional.empty();
            }
            minute = said.group(1).equals("half") ? 30 : 15;
            if (said.group(2).equals("to")) {
                hour = (hour + 11) % 12;
                minute = 60 - minute;
            }
        } else if (said.group(4) != null) {
            minute = MINUTES.get(said.group(4));
        }
        String half = said.group(5);
        if (half != null && !half.startsWith("a") && !half.equals("in the morning")) {
            hour += 12;
        }
        return Optional.of(String.format("%02d:%02d", hour, minute));
    }
}
