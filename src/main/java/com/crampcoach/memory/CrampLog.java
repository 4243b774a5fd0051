package com.crampcoach.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The opt-in cramp log inside a user's data: consent, and entries of a date and a body part only.
 * Pure functions on the stored map, so the rules are tested without a database.
 */
public final class CrampLog {

    /** Entries older than this are dropped on every write (the item itself expires as well). */
    static final int KEEP_DAYS = 180;
    /** Logged on this many of the last seven days: worth a doctor's look, said once a week at most. */
    static final int NUDGE_DAYS = 5;

    private CrampLog() {
    }

    /** One logged cramp. */
    public record Entry(LocalDate date, String part) {
    }

    public static boolean consented(Map<String, Object> data) {
        return log(data).get("consent") instanceof Boolean consent && consent;
    }

    public static List<Entry> entries(Map<String, Object> data) {
        List<Entry> entries = new ArrayList<>();
        if (log(data).get("entries") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && map.get("d") instanceof String d && map.get("p") instanceof String p) {
                    try {
                        entries.add(new Entry(LocalDate.parse(d), p));
                    } catch (java.time.format.DateTimeParseException e) {
                        // A damaged entry is skipped, never trusted.
                    }
                }
            }
        }
        return entries;
    }

    /** The data with consent given and the entry added; entries past {@value #KEEP_DAYS} days are dropped. */
    public static Map<String, Object> add(Map<String, Object> data, Entry entry, LocalDate today) {
        List<Map<String, Object>> kept = new ArrayList<>();
        List<Entry> all = new ArrayList<>(entries(data));
        all.add(entry);
        for (Entry e : all) {
            if (!e.date().isBefore(today.minusDays(KEEP_DAYS))) {
                kept.add(Map.of("d", e.date().toString(), "p", e.part()));
            }
        }
        Map<String, Object> log = new LinkedHashMap<>(log(data));
        log.put("consent", true);
        log.put("entries", kept);
        data.put("log", log);
        return data;
    }

    /** Entries from the last {@code days} days, today included. */
    public static List<Entry> since(List<Entry> entries, LocalDate today, int days) {
        LocalDate first = today.minusDays(days - 1L);
        return entries.stream().filter(e -> !e.date().isBefore(first) && !e.date().isAfter(today)).toList();
    }

    /** The body part logged most often, if any. */
    public static Optional<String> mostCommon(List<Entry> entries) {
        return entries.stream().collect(Collectors.groupingBy(Entry::part, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Comparator.comparingLong(Map.Entry<String, Long>::getValue))
                .map(Map.Entry::getKey);
    }

    /** Whether to say, once, that cramps on most days are a reason to see a doctor; marks it said. */
    public static boolean nudge(Map<String, Object> data, LocalDate today) {
        long days = since(entries(data), today, 7).stream().map(Entry::date).distinct().count();
        Object last = log(data).get("nudged");
        boolean recently = last instanceof String date && !LocalDate.parse(date).isBefore(today.minusDays(6));
        if (days < NUDGE_DAYS || recently) {
            return false;
        }
        Map<String, Object> log = new LinkedHashMap<>(log(data));
        log.put("nudged", today.toString());
        data.put("log", log);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> log(Map<String, Object> data) {
        return data.get("log") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

}
