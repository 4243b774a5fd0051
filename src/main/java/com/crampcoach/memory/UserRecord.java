package com.crampcoach.memory;

import com.crampcoach.content.Preferences;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the skill keeps about one person, typed: how they like to be spoken to, where a routine was
 * left, and the opt-in cramp log. The one schema of the stored item's data; fields this version does not know
 * (written by a newer one during a deployment, say) are kept as they are.
 *
 * <p>Stored data is read like any input: a damaged part reads as absent, never as something else.
 */
public record UserRecord(Preferences preferences, Optional<SavedPlace> savedPlace, CrampLog log,
        BedtimeReminder reminder, Optional<java.time.ZoneId> zone, Map<String, Object> others) {

    static final String PREFERENCES = "prefs";
    static final String SAVED_PLACE = "resume";
    static final String LOG = "log";
    static final String REMINDER = "reminder";
    static final String ZONE = "zone";

    public static final UserRecord NONE = new UserRecord(Preferences.DEFAULT, Optional.empty(), CrampLog.EMPTY,
            BedtimeReminder.NONE, Optional.empty(), Map.of());

    public UserRecord {
        others = Map.copyOf(others);
    }

    /** Where a routine was paused or left: its id, the step, and when, to offer carrying on within a day. */
    public record SavedPlace(String routineId, int step, Instant at) {
    }

    /**
     * The person's bedtime stretch reminder: the Reminders API's ID for it and the time it was set for, if one was
     * set; and whether they said no to being offered one, so that it is never offered again.
     */
    public record BedtimeReminder(Optional<String> id, Optional<java.time.LocalTime> at, boolean declined) {
        public static final BedtimeReminder NONE = new BedtimeReminder(Optional.empty(), Optional.empty(), false);

        public static BedtimeReminder set(String id, java.time.LocalTime at) {
            return new BedtimeReminder(Optional.of(id), Optional.of(at), false);
        }

        /** No reminder, and none to be offered again. */
        public static final BedtimeReminder DECLINED = new BedtimeReminder(Optional.empty(), Optional.empty(), true);
    }

    /**
     * What a session may keep of the record, so that it is read once a session: the settings and the saved
     * place. Never the log: consent must come from storage, not from what a request carries back.
     */
    public UserRecord forSession() {
        return new UserRecord(preferences, savedPlace, CrampLog.EMPTY, reminder, zone, Map.of());
    }

    public UserRecord withPreferences(Preferences changed) {
        return new UserRecord(changed, savedPlace, log, reminder, zone, others);
    }

    public UserRecord withSavedPlace(Optional<SavedPlace> changed) {
        return new UserRecord(preferences, changed, log, reminder, zone, others);
    }

    public UserRecord withLog(CrampLog changed) {
        return new UserRecord(preferences, savedPlace, changed, reminder, zone, others);
    }

    public UserRecord withReminder(BedtimeReminder changed) {
        return new UserRecord(preferences, savedPlace, log, changed, zone, others);
    }

    /** The person's time zone as Alexa last named it: used when Alexa's Settings API cannot say. */
    public UserRecord withZone(Optional<java.time.ZoneId> changed) {
        return new UserRecord(preferences, savedPlace, log, reminder, changed, others);
    }

    /** Reads stored data (or a session's copy) into a record. */
    public static UserRecord from(Map<String, Object> data) {
        Map<String, Object> others = new LinkedHashMap<>(data);
        others.remove(PREFERENCES);
        others.remove(SAVED_PLACE);
        others.remove(LOG);
        others.remove(REMINDER);
        others.remove(ZONE);
        return new UserRecord(Preferences.from(data.get(PREFERENCES)), savedPlace(data.get(SAVED_PLACE)),
                CrampLog.from(data.get(LOG)), reminder(data.get(REMINDER)), zone(data.get(ZONE)), others);
    }

    /** The record as stored. */
    public Map<String, Object> toMap() {
        Map<String, Object> data = new LinkedHashMap<>(others);
        Map<String, Object> prefs = preferences.toMap();
        if (!prefs.isEmpty()) {
            data.put(PREFERENCES, prefs);
        }
        savedPlace.ifPresent(place -> {
            Map<String, Object> saved = new LinkedHashMap<>();
            saved.put("id", place.routineId());
            saved.put("step", place.step());
            saved.put("at", place.at().getEpochSecond());
            data.put(SAVED_PLACE, saved);
        });
        if (!log.equals(CrampLog.EMPTY)) {
            data.put(LOG, log.toMap());
        }
        if (!reminder.equals(BedtimeReminder.NONE)) {
            Map<String, Object> kept = new LinkedHashMap<>();
            reminder.id().ifPresent(id -> kept.put("id", id));
            reminder.at().ifPresent(at -> kept.put("at", at.toString()));
            if (reminder.declined()) {
                kept.put("declined", true);
            }
            data.put(REMINDER, kept);
        }
        zone.ifPresent(id -> data.put(ZONE, id.getId()));
        return data;
    }

    /** A time zone Java knows, as Alexa's Settings API named it; anything else is no zone. */
    public static Optional<java.time.ZoneId> zone(Object stored) {
        if (!(stored instanceof String id) || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.ZoneId.of(id));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A reminder's ID as the API gives it (a few hundred characters at most), a time of day, a "no". */
    private static BedtimeReminder reminder(Object stored) {
        if (!(stored instanceof Map<?, ?> kept)) {
            return BedtimeReminder.NONE;
        }
        Optional<String> id = kept.get("id") instanceof String text && !text.isBlank() && text.length() <= 512
                ? Optional.of(text) : Optional.empty();
        Optional<java.time.LocalTime> at = Optional.empty();
        if (kept.get("at") instanceof String text && text.matches("\\d{2}:\\d{2}")) {
            try {
                at = Optional.of(java.time.LocalTime.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                at = Optional.empty();
            }
        }
        return new BedtimeReminder(id, id.isPresent() ? at : Optional.empty(), Boolean.TRUE.equals(kept.get("declined")));
    }

    private static Optional<SavedPlace> savedPlace(Object stored) {
        if (stored instanceof Map<?, ?> saved && saved.get("id") instanceof String id && id.length() <= 40
                && saved.get("step") instanceof Integer step && step >= 0 && saved.get("at") instanceof Number at) {
            return Optional.of(new SavedPlace(id, step, Instant.ofEpochSecond(at.longValue())));
        }
        return Optional.empty();
    }
}
