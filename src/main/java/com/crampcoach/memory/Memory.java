package com.crampcoach.memory;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.model.RequestEnvelope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the skill remembers about a user, read and changed through a {@link PersistenceAdapter}. A
 * failure never reaches the user as an error: reads come back empty, and writes report whether they
 * were saved, so that the user hears about a failure only when something they asked to save was not.
 */
public final class Memory {

    private static final Logger LOG = LoggerFactory.getLogger(Memory.class);
    /** Attempts at a read-modify-write when another device writes at the same moment. */
    static final int ATTEMPTS = 4;

    private final PersistenceAdapter adapter;

    public Memory(PersistenceAdapter adapter) {
        this.adapter = adapter;
    }

    /** Memory for a deployment without a table: remembers nothing, and says so when asked to save. */
    public static Memory none() {
        return new Memory(null);
    }

    public boolean available() {
        return adapter != null;
    }

    /** The user's data, or an empty map if there is none or it cannot be read now. */
    public Map<String, Object> read(RequestEnvelope envelope) {
        if (adapter == null) {
            return new LinkedHashMap<>();
        }
        try {
            return adapter.getAttributes(envelope).map(LinkedHashMap::new).orElseGet(LinkedHashMap::new);
        } catch (RuntimeException e) {
            LOG.warn("Reading the user's data failed: {}", e.getMessage());
            return new LinkedHashMap<>();
        }
    }

    /**
     * Applies {@code change} to the user's data and saves it, reading again and retrying if another
     * write got there first. Returns the saved data, or empty if it could not be saved.
     */
    public Optional<Map<String, Object>> update(RequestEnvelope envelope, UnaryOperator<Map<String, Object>> change) {
        if (adapter == null) {
            return Optional.empty();
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Map<String, Object> data = adapter.getAttributes(envelope).map(LinkedHashMap::new).orElseGet(LinkedHashMap::new);
                Map<String, Object> changed = change.apply(data);
                adapter.saveAttributes(envelope, changed);
                return Optional.of(changed);
            } catch (DynamoPersistenceAdapter.ConcurrentUpdate e) {
                LOG.info("Concurrent update, attempt {} of {}", attempt, ATTEMPTS);
            } catch (RuntimeException e) {
                LOG.warn("Saving the user's data failed: {}", e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Deletes everything stored for the user; returns whether it was done. */
    public boolean delete(RequestEnvelope envelope) {
        if (adapter == null) {
            return false;
        }
        try {
            adapter.deleteAttributes(envelope);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Deleting the user's data failed: {}", e.getMessage());
            return false;
        }
    }
}
