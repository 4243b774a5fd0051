package com.crampcoach.memory;

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
        Map<String, Object> others) {

    static final String PREFERENCES = "prefs";
    static final String SAVED_PLACE = "resume";
    static final String LOG = "log";

    public static final UserRecord NONE = new UserRecord(Preferences.DEFAULT, Optional.empty(), CrampLog.EMPTY, Map.of());

    public UserRecord {
        others = Map.copyOf(others);
    }

    /** Where a routine was paused or left: its id, the step, and when, to offer carrying on within a day. */
    public record SavedPlace(String routineId, int step, Instant at) {
    }

    /**
     * What a session may keep of the record, so that it is read once a session: the settings and the saved
     * place. Never the log: consent must come from storage, not from what a request carries back.
     */
    public UserRecord forSession() {
        return new UserRecord(preferences, savedPlace, CrampLog.EMPTY, Map.of());
    }

    public UserRecord withPreferences(Preferences changed) {
        return new UserRecord(changed, savedPlace, log, others);
    }

    public UserRecord withSavedPlace(Optional<SavedPlace> changed) {
        return new UserRecord(preferences, changed, log, others);
    }

    public UserRecord withLog(CrampLog changed) {
        return new UserRecord(preferences, savedPlace, changed, others);
    }

    /** Reads stored data (or a session's copy) into a record. */
    public static UserRecord from(Map<String, Object> data) {
        Map<String, Object> others = new LinkedHashMap<>(data);
        others.remove(PREFERENCES);
        others.remove(SAVED_PLACE);
        others.remove(LOG);
        return new UserRecord(Preferences.from(data.get(PREFERENCES)), savedPlace(data.get(SAVED_PLACE)),
                CrampLog.from(data.get(LOG)), others);
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
        return data;
    }

    private static Optional<SavedPlace> savedPlace(Object stored) {
        if (stored instanceof Map<?, ?> saved && saved.get("id") instanceof String id && id.length() <= 40
                && saved.get("step") instanceof Integer step && step >= 0 && saved.get("at") instanceof Number at) {
            return Optional.of(new SavedPlace(id, step, Instant.ofEpochSecond(at.longValue())));
        }
        return Optional.empty();
    }
}
