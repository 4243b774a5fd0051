package com.crampcoach.memory;

import com.amazon.ask.model.RequestEnvelope;
import java.time.Clock;
import java.time.Duration;
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
    /** Put attempts that may have applied or met another write (throttled ones are bounded by the deadline only). */
    static final int ATTEMPTS = 4;
    /** The first pause after a throttled put; it doubles up to eight times this. */
    private static final Duration THROTTLE_PAUSE = Duration.ofMillis(40);

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

    /** Now, by the server's clock. */
    public java.time.Instant now() {
        return (table == null ? Clock.systemUTC() : table.clock()).instant();
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
     * got there first, and retrying the very same put if its answer was lost or throttled. {@code change} may
     * run more than once; the data it returned last is what was saved. A change that leaves the data as it
     * is writes nothing: in particular, no item is created for someone who has nothing to keep.
     *
     * <p>What the person hears follows what DynamoDB said: saved; not saved (it refused, it throttled until the
     * deadline, or it was never asked); or unsure, only when a put that may have applied is still unresolved.
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
        UserTable.Item item = null; // the item the next put is conditioned on; null: read it (again) first
        Map<String, Object> changed = Map.of();
        UserTable.Put last = null;
        int rounds = 0;
        int throttled = 0;
        while (left(end).compareTo(LEAST) > 0) {
            if (item == null) {
                Lookup<UserTable.Item> read = table.get(userId, left(end));
                if (read.failed()) {
                    last = null; // the read's failure is logged with what DynamoDB said
                    break;
                }
                UserTable.Item found = read.orIfNone(UserTable.Item.NONE);
                if (found.writes().contains(writeId)) {
                    return new Write(Outcome.SAVED, found.data());
                }
                if (found.version() > pending) {
                    pending = -1;
                }
                changed = change.apply(new LinkedHashMap<>(found.data()));
                if (changed.equals(found.data()) && pending < 0) {
                    return new Write(Outcome.SAVED, changed); // already so: nothing to write
                }
                item = found;
                if (left(end).compareTo(LEAST) <= 0) {
                    break;
                }
            }
            Duration budget = left(end).compareTo(CHECK.multipliedBy(2)) > 0 ? left(end).minus(CHECK) : left(end);
            last = table.put(userId, item, changed, writeId, budget);
            switch (last.result()) {
                case WRITTEN:
                    return new Write(Outcome.SAVED, changed);
                case REFUSED:
                    return failed(pending, last, rounds + throttled + 1);
                case THROTTLED:
                    // Certainly not applied: the same put again, after a pause that grows.
                    throttled++;
                    if (!pause(THROTTLE_PAUSE.multipliedBy(1L << Math.min(throttled - 1, 3)), end)) {
                        return failed(pending, last, rounds + throttled);
                    }
                    break;
                case UNKNOWN:
                    // Perhaps applied: the same put again is safe (same version condition, same write ID).
                    pending = Math.max(pending, item.version());
                    LOG.info("No answer to a write (status={} code={}), attempt {} of {}", last.status(), last.code(),
                            rounds + 1, ATTEMPTS);
                    rounds++;
                    break;
                default:
                    // Another write got there first, or ours did: reading again tells which.
                    LOG.info("Concurrent update, attempt {} of {}", rounds + 1, ATTEMPTS);
                    item = null;
                    rounds++;
            }
            if (rounds >= ATTEMPTS) {
                break;
            }
        }
        return failed(pending, last, rounds + throttled);
    }

    /** Not saved, or unsure when a put that may have applied is unresolved; logged with what DynamoDB said. */
    private static Write failed(long pending, UserTable.Put last, int attempts) {
        if (pending >= 0) {
            LOG.warn("Saving the user's data: {} after {} attempts (last: {})", Outcome.UNSURE, attempts,
                    last == null ? "the item could not be read" : "status=" + last.status() + " code=" + last.code());
            return new Write(Outcome.UNSURE, Map.of());
        }
        if (last == null) {
            LOG.warn("Saving the user's data: {}, the item could not be read in time", Outcome.NOT_SAVED);
        } else {
            LOG.error("Saving the user's data: {} after {} attempts: status={} code={}", Outcome.NOT_SAVED, attempts,
                    last.status(), last.code());
        }
        return new Write(Outcome.NOT_SAVED, Map.of());
    }

    /** Waits {@code pause}, or less if the deadline comes first; false if interrupted. */
    private static boolean pause(Duration pause, long end) {
        long millis = Math.min(pause.toMillis(), left(end).minus(LEAST).toMillis());
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Deletes everything stored for the user; returns whether it was done. */
    public boolean delete(RequestEnvelope envelope) {
        String userId = userId(envelope);
        if (table == null || userId == null) {
            LOG.warn("Deleting the user's data failed: no table or no user");
            return false;
        }
        UserTable.Put deleted = table.delete(userId, deadline);
        if (deleted.result() != UserTable.Result.WRITTEN) {
            LOG.error("Deleting the user's data failed: status={} code={}", deleted.status(), deleted.code());
        }
        return deleted.result() == UserTable.Result.WRITTEN;
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
