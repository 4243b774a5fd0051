package com.crampcoach.memory;

import com.amazon.ask.model.RequestEnvelope;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the skill remembers about a user. A read says whether it found data, found none, or could not
 * tell; a write says whether it was saved, was not, or cannot be known (its answer never came). Each
 * operation, retries included, ends within one deadline, well inside Lambda's 7 seconds and Alexa's 8.
 *
 * <p>Writes are idempotent: every update carries a write ID that the item keeps, and each put is
 * conditional on the version read, so a write whose answer was lost is recognised when read again, never
 * applied twice.
 */
public final class Memory {

    private static final Logger LOG = LoggerFactory.getLogger(Memory.class);
    /** One memory operation, all of it: a request does at most two (a read, then an update). */
    public static final Duration DEADLINE = Duration.ofMillis(2000);
    /** Below this, a call to DynamoDB is not worth starting. */
    private static final Duration LEAST = Duration.ofMillis(50);
    /** Kept back from a write, when there is time, to read again if the write's answer never comes. */
    private static final Duration CHECK = Duration.ofMillis(500);
    /** Read-modify-write rounds when another device writes at the same moment. */
    static final int ATTEMPTS = 4;

    /** How an update ended. */
    public enum Outcome {
        SAVED,
        NOT_SAVED,
        /** A write was sent and its answer never came: it may have been saved. Never reported as either. */
        UNSURE
    }

    /** An update's outcome and, when saved, the data as saved. */
    public record Write(Outcome outcome, Map<String, Object> data) {
        public boolean saved() {
            return outcome == Outcome.SAVED;
        }
    }

    /**
     * The longest an answer that helps with pain now (a relief script) waits to learn the person's settings:
     * past it, the answer goes out with the usual ones. A primed, warm read takes a few milliseconds.
     */
    public static final Duration BRIEF = Duration.ofMillis(300);

    private final UserTable table;
    private final Duration deadline;
    private final Duration brief;

    public Memory(UserTable table) {
        this(table, DEADLINE, BRIEF);
    }

    /** Memory with its own deadline per operation, for urgent reads too (the tests' fixtures are generous). */
    public Memory(UserTable table, Duration deadline) {
        this(table, deadline, deadline);
    }

    /** Memory with its own deadline per operation and its own bound on urgent reads. */
    public Memory(UserTable table, Duration deadline, Duration brief) {
        this.table = table;
        this.deadline = deadline;
        this.brief = brief;
    }

    /** The user's record, waiting at most {@link #BRIEF} (or this memory's own bound) when {@code urgent}. */
    public Lookup<UserRecord> user(RequestEnvelope envelope, boolean urgent) {
        return user(envelope, urgent ? brief : deadline);
    }

    /** Memory for a deployment without a table: remembers nothing, and says so when asked to save. */
    public static Memory none() {
        return new Memory(null);
    }

    public boolean available() {
        return table != null;
    }

    /** Today by the server's clock (UTC): what retention is measured by, never a request's timestamp. */
    public LocalDate today() {
        return LocalDate.ofInstant((table == null ? Clock.systemUTC() : table.clock()).instant(), ZoneOffset.UTC);
    }

    /** The user's record: found, none, or failed; waits no longer than {@code wait} (nor the deadline). */
    public Lookup<UserRecord> user(RequestEnvelope envelope, Duration wait) {
        return read(envelope, wait.compareTo(deadline) < 0 ? wait : deadline).map(UserRecord::from);
    }

    /** The user's record, as {@link #update} saves it; {@code change} may run more than once. */
    public Saved updateUser(RequestEnvelope envelope, UnaryOperator<UserRecord> change) {
        UserRecord[] last = new UserRecord[1];
        Write write = update(envelope, data -> {
            last[0] = change.apply(UserRecord.from(data));
            return last[0].toMap();
        });
        return new Saved(write.outcome(), write.saved() ? last[0] : null);
    }

    /** How a change to the user's record ended and, when saved, the record as saved. */
    public record Saved(Outcome outcome, UserRecord record) {
        public boolean saved() {
            return outcome == Outcome.SAVED;
        }
    }

    /**
     * The user's data as stored, untyped: found, none, or failed (unavailable memory is "none"). Only this
     * package and its tests see the untyped data; everything else goes through {@link UserRecord}.
     */
    Lookup<Map<String, Object>> read(RequestEnvelope envelope) {
        return read(envelope, deadline);
    }

    private Lookup<Map<String, Object>> read(RequestEnvelope envelope, Duration wait) {
        if (table == null) {
            return Lookup.none();
        }
        String userId = userId(envelope);
        Lookup<UserTable.Item> read = userId == null ? Lookup.failed("no user ID") : table.get(userId, wait);
        if (read.failed()) {
            LOG.warn("Reading the user's data failed: {}", ((Lookup.Failed<?>) read).reason());
        }
        return read.map(item -> new LinkedHashMap<>(item.data()));
    }

    /**
     * Applies {@code change} to the user's data and saves it, reading again and retrying if another write
     * got there first or an answer was lost. {@code change} may run more than once; the data it returned
     * last is what was saved.
     */
    Write update(RequestEnvelope envelope, UnaryOperator<Map<String, Object>> change) {
        String userId = userId(envelope);
        if (table == null || userId == null) {
            return new Write(Outcome.NOT_SAVED, Map.of());
        }
        long end = System.nanoTime() + deadline.toNanos();
        String writeId = UUID.randomUUID().toString();
        // The highest version a put of ours was conditioned on and got no answer: it may still land, until
        // the item is read at a later version without our write ID.
        long pending = -1;
        for (int attempt = 1; attempt <= ATTEMPTS && left(end).compareTo(LEAST) > 0; attempt++) {
            Lookup<UserTable.Item> read = table.get(userId, left(end));
            if (read.failed()) {
                break;
            }
            UserTable.Item item = read.orIfNone(UserTable.Item.NONE);
            if (item.writes().contains(writeId)) {
                return new Write(Outcome.SAVED, item.data());
            }
            if (item.version() > pending) {
                pending = -1;
            }
            if (left(end).compareTo(LEAST) <= 0) {
                break;
            }
            Map<String, Object> changed = change.apply(new LinkedHashMap<>(item.data()));
            if (changed.equals(item.data()) && item.version() > 0) {
                return new Write(Outcome.SAVED, changed); // already so: nothing to write
            }
            Duration budget = left(end).compareTo(CHECK.multipliedBy(2)) > 0 ? left(end).minus(CHECK) : left(end);
            switch (table.put(userId, item, changed, writeId, budget)) {
                case WRITTEN:
                    return new Write(Outcome.SAVED, changed);
                case UNKNOWN:
                    pending = Math.max(pending, item.version());
                    LOG.info("No answer to a write, attempt {} of {}", attempt, ATTEMPTS);
                    break;
                default:
                    LOG.info("Concurrent update, attempt {} of {}", attempt, ATTEMPTS);
            }
        }
        Outcome outcome = pending >= 0 ? Outcome.UNSURE : Outcome.NOT_SAVED;
        LOG.warn("Saving the user's data: {}", outcome);
        return new Write(outcome, Map.of());
    }

    /** Deletes everything stored for the user; returns whether it was done. */
    public boolean delete(RequestEnvelope envelope) {
        String userId = userId(envelope);
        boolean deleted = table != null && userId != null && table.delete(userId, deadline);
        if (!deleted) {
            LOG.warn("Deleting the user's data failed");
        }
        return deleted;
    }

    /**
     * Warms the memory path before a SnapStart snapshot: the client, its credentials, its classes and a
     * connection, by reading a key that no user can have. Nothing is written. Returns whether DynamoDB answered.
     */
    public boolean prime() {
        return table != null && !table.get(UserTable.RESERVED_KEY, deadline).failed();
    }

    private static Duration left(long end) {
        return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
    }

    /** The user's key, or null when the request has none a user can have. */
    private static String userId(RequestEnvelope envelope) {
        var context = envelope.getContext();
        var user = context == null || context.getSystem() == null ? null : context.getSystem().getUser();
        String userId = user == null ? null : user.getUserId();
        return userId == null || userId.isBlank() || userId.equals(UserTable.RESERVED_KEY) ? null : userId;
    }
}
