package com.crampcoach.memory;

import java.time.LocalDate;
import com.crampcoach.content.Phrase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The opt-in cramp log in a user's record: consent, entries of a date and a body part only, and when the
 * person was last told that cramps on most days are worth a doctor's look. Values, so the rules are tested
 * without a database.
 *
 * <p>Bounded by construction: a part is one the skill knows ({@link #PARTS}), never what a request carried;
 * entries are dated within {@value #KEEP_DAYS} days back and one day ahead of the person's today by the server's
 * clock, at most {@value #PER_DAY} a day. So the log can never grow towards DynamoDB's 400 KB item limit (see
 * {@code RecordBoundsTest} for the worst case).
 */
public record CrampLog(boolean consent, List<Entry> entries, LocalDate nudged) {

    /** Entries older than this are dropped on every write (the item itself expires as well). */
    static final int KEEP_DAYS = 180;
    /** Logged on this many of the last seven days: worth a doctor's look, said once a week at most. */
    static final int NUDGE_DAYS = 5;
    /**
     * Entries kept for one day: more than anyone logs in earnest. Past it the person hears that the day is
     * full (rather than "logged" for an entry that would not count), and that cramps that often are worth a
     * doctor's look.
     */
    public static final int PER_DAY = 5;
    /** The part of an entry whose body part is not one the skill knows, or was not said. */
    public static final String UNSPECIFIED = "cramp";
    /** The body parts an entry may name: those with a place of their own in content, and {@value #UNSPECIFIED}. */
    public static final Set<String> PARTS = Arrays.stream(Phrase.values())
            .filter(p -> p.id().startsWith("place.")).map(p -> p.id().substring("place.".length()))
            .collect(Collectors.toUnmodifiableSet());

    public static final CrampLog EMPTY = new CrampLog(false, List.of(), null);

    public CrampLog {
        entries = List.copyOf(entries);
    }

    /** One logged cramp. */
    public record Entry(LocalDate date, String part) {
    }

    /** The part as an entry keeps it: a part the skill knows (any case), else {@value #UNSPECIFIED}. */
    public static String part(String id) {
        String part = id == null ? UNSPECIFIED : id.toLowerCase(java.util.Locale.ROOT);
        return PARTS.contains(part) ? part : UNSPECIFIED;
    }

    /**
     * Whether an entry of {@code date} may be kept on {@code today} (the person's day by the server's clock): not
     * too old, not ahead.
     */
    public static boolean keeps(LocalDate date, LocalDate today) {
        return !date.isBefore(today.minusDays(KEEP_DAYS)) && !date.isAfter(today.plusDays(1));
    }

    /** Whether {@code date} already has {@value #PER_DAY} entries. */
    public boolean full(LocalDate date) {
        return entries.stream().filter(e -> e.date().equals(date)).count() >= PER_DAY;
    }

    /**
     * The log with consent given and the entry added, unless its day is full or out of bounds; entries out of
     * bounds on {@code today} (see {@link #keeps}), or past a day's {@value #PER_DAY}, are dropped.
     */
    public CrampLog add(Entry entry, LocalDate today) {
        List<Entry> all = new ArrayList<>(entries);
        all.add(new Entry(entry.date(), part(entry.part())));
        List<Entry> kept = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        for (Entry e : all) {
            if (keeps(e.date(), today) && perDay.merge(e.date(), 1, Integer::sum) <= PER_DAY) {
                kept.add(e);
            }
        }
        return new CrampLog(true, kept, nudged);
    }

    /** Entries from the last {@code days} days, today included. */
    public List<Entry> since(LocalDate today, int days) {
        LocalDate first = today.minusDays(days - 1L);
        return entries.stream().filter(e -> !e.date().isBefore(first) && !e.date().isAfter(today)).toList();
    }

    /** The body parts logged most often: one, several when they tie, none for no entries. */
    public static List<String> mostCommon(List<Entry> entries) {
        Map<String, Long> counts = entries.stream()
                .collect(Collectors.groupingBy(Entry::part, LinkedHashMap::new, Collectors.counting()));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
    }

    /** Whether to say, once a week at most, that cramps on most days are a reason to see a doctor. */
    public boolean dueNudge(LocalDate today) {
        long days = since(today, 7).stream().map(Entry::date).distinct().count();
        boolean recently = nudged != null && !nudged.isBefore(today.minusDays(6));
        return days >= NUDGE_DAYS && !recently;
    }

    public CrampLog nudgedOn(LocalDate today) {
        return new CrampLog(consent, entries, today);
    }

    /** The log as stored: {@code {"consent":true,"entries":[{"d":"2026-11-22","p":"calf"}],"nudged":"..."}}. */
    Map<String, Object> toMap() {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("consent", consent);
        log.put("entries", entries.stream().map(e -> Map.of("d", e.date().toString(), "p", e.part())).toList());
        if (nudged != null) {
            log.put("nudged", nudged.toString());
        }
        return log;
    }

    /** The log as stored, read like any input: a damaged entry is skipped, never trusted. */
    static CrampLog from(Object stored) {
        if (!(stored instanceof Map<?, ?> log)) {
            return EMPTY;
        }
        List<Entry> entries = new ArrayList<>();
        if (log.get("entries") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && map.get("d") instanceof String d && map.get("p") instanceof String p) {
                    date(d).ifPresent(date -> entries.add(new Entry(date, part(p))));
                }
            }
        }
        LocalDate nudged = log.get("nudged") instanceof String d ? date(d).orElse(null) : null;
        return new CrampLog(Boolean.TRUE.equals(log.get("consent")), entries, nudged);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
