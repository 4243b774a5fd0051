package com.crampcoach.conversation;

import com.crampcoach.content.Catalog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the skill remembers between turns of one session: the last prompt it spoke (for "repeat") and
 * where a "yes" (the offer) or a "no" (the decline) would lead. Session attributes come back from Alexa as plain JSON, so they are
 * read like any other input: anything missing, of the wrong type, from another version or naming
 * content that does not exist is dropped, and the conversation starts fresh.
 */
public record SessionState(String lastKey, String offer, String decline) {

    static final String ATTRIBUTE = "coach";
    static final int VERSION = 1;
    private static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile("[a-z-]+:[A-Za-z0-9:._-]*");
    static final SessionState EMPTY = new SessionState(null, null, null);

    static SessionState read(Map<String, Object> attributes, Catalog catalog) {
        if (attributes == null || !(attributes.get(ATTRIBUTE) instanceof Map<?, ?> saved)) {
            return EMPTY;
        }
        if (!(saved.get("v") instanceof Number version) || version.intValue() != VERSION) {
            return EMPTY;
        }
        return new SessionState(knownKey(saved.get("last"), catalog), knownKey(saved.get("offer"), catalog),
                knownKey(saved.get("decline"), catalog));
    }

    /** An answer key that exists in the catalog, or an action ({@code name:argument}, checked when run). */
    private static String knownKey(Object value, Catalog catalog) {
        if (!(value instanceof String key) || key.length() > 200) {
            return null;
        }
        return ACTION.matcher(key).matches() || catalog.has(key) ? key : null;
    }

    /** Whether the last answer asked a question with an offer, so that "yes" and "no" answer it. */
    public static boolean offerPending(Map<String, Object> attributes) {
        return attributes != null && attributes.get(ATTRIBUTE) instanceof Map<?, ?> saved && saved.get("offer") != null;
    }

    Map<String, Object> toAttribute() {
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("v", VERSION);
        if (lastKey != null) {
            saved.put("last", lastKey);
        }
        if (offer != null) {
            saved.put("offer", offer);
        }
        if (decline != null) {
            saved.put("decline", decline);
        }
        return saved;
    }
}
