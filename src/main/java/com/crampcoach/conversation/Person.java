package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.crampcoach.alexa.TimeZones;
import com.crampcoach.content.Preferences;
import com.crampcoach.memory.Lookup;
import com.crampcoach.memory.Memory;
import com.crampcoach.memory.UserRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The person behind one request: their stored record, their settings, their time zone and their clock. One is
 * made per request ({@link Interceptor}) and shared by everything that answers it; it reads nothing until asked,
 * so a relief or emergency answer never waits on storage or on Alexa's Settings API, and it reads each thing once.
 * What it learns is kept in the session ({@link #carriedIn}), so the next turn need not read it again.
 */
public final class Person {

    /** How far a request's timestamp may be from the server's clock: Alexa's own tolerance for a request's age. */
    static final Duration TIMESTAMP_TOLERANCE = Duration.ofSeconds(150);

    private static final String ATTRIBUTE = Person.class.getName();

    private final RequestEnvelope envelope;
    private final Memory memory;
    private final TimeZones zones;
    /** Where the conversation was, as the request brought it back: read once per request, here. */
    private final Conversation carried;
    /** The session's copy of the record (its log left out), its settings chosen this session, and its zone. */
    private Optional<UserRecord> sessionUser;
    private Optional<Preferences> chosen;
    private Optional<ZoneId> sessionZone;
    private Lookup<UserRecord> user;
    /** A brief read of the record for the person's settings, once per request at most, even when it failed. */
    private Lookup<UserRecord> brief;
    /** The person's zone once asked (empty: not known, so dates are UTC's and said as dates); null before. */
    private Optional<ZoneId> zone;
    /** The zone Alexa named this session, if it did: the record learns it with its next write. */
    private Optional<ZoneId> learned = Optional.empty();

    Person(RequestEnvelope envelope, Memory memory, TimeZones zones, Conversation session) {
        this.envelope = envelope;
        this.memory = memory;
        this.zones = zones;
        this.carried = session;
        this.sessionUser = session.user();
        this.chosen = session.preferences();
        this.sessionZone = session.zone();
    }

    /** The request's person, as {@link Interceptor} set it up; empty only when that failed. */
    static Optional<Person> of(HandlerInput input) {
        return Optional.ofNullable((Person) input.getAttributesManager().getRequestAttributes().get(ATTRIBUTE));
    }

    /** Sets up each request's person before any handler runs: nothing is read yet. */
    public static final class Interceptor implements com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor {

        private final Parts parts;

        public Interceptor(Parts parts) {
            this.parts = parts;
        }

        @Override
        public void process(HandlerInput input) {
            Conversation session = Session.carried(input, parts.content().forLocale(input.getRequest().getLocale()));
            input.getAttributesManager().getRequestAttributes().put(ATTRIBUTE,
                    new Person(input.getRequestEnvelope(), parts.memory(), parts.zones(), session));
        }
    }

    /** The conversation as this request brought it back from the session. */
    Conversation carried() {
        return carried;
    }

    /** The conversation as the next turn will find it, with what this request learned about the person. */
    Conversation carriedIn(Conversation conversation) {
        return conversation.withUser(sessionUser).withPreferences(chosen).withZone(sessionZone);
    }

    // ------------------------------------------------------------------------------------------------ the clock

    /** When the request was made, by Alexa's timestamp (UTC), or now if it has none. */
    public Instant requestTime() {
        java.time.OffsetDateTime timestamp = envelope.getRequest().getTimestamp();
        return timestamp == null ? Instant.now() : timestamp.toInstant();
    }

    /** Now, by the server's clock (a request's own timestamp is input, and never sets a reminder). */
    public Instant now() {
        return memory.now();
    }

    /**
     * The person's day by the server's clock: what the log's retention is counted by, so that a request's timestamp
     * cannot move it, while its days are still the person's (without their zone, UTC's).
     */
    public LocalDate serverToday() {
        return LocalDate.ofInstant(memory.now(), zone().orElse(ZoneOffset.UTC));
    }

    /**
     * The request's day in the person's time zone: "last night" is the person's night, so entries are dated by the
     * request. The zone is asked of Alexa once a session, only when a date is needed; without it, UTC.
     */
    public LocalDate today() {
        return LocalDate.ofInstant(datingTime(), zone().orElse(ZoneOffset.UTC));
    }

    /**
     * The person's time zone: asked of Alexa once a session, only when needed, and kept in the session; when Alexa
     * cannot say (slow, refusing, or no API access), the zone it last named, kept in the person's record; else none.
     */
    public Optional<ZoneId> zone() {
        if (zone == null) {
            Optional<ZoneId> named = sessionZone.or(() -> zones.of(envelope));
            named.ifPresent(id -> {
                sessionZone = Optional.of(id);
                learned = Optional.of(id);
            });
            if (named.isEmpty() && memory.available()) {
                Lookup<UserRecord> read = user();
                named = read.failed() ? Optional.empty() : read.orIfNone(UserRecord.NONE).zone();
            }
            zone = named;
        }
        return zone;
    }

    /**
     * The moment a cramp is dated by: the request's timestamp, unless it is further from the server's clock than
     * {@link #TIMESTAMP_TOLERANCE} (a request dated 2099, or a replay), when the server's clock is.
     */
    private Instant datingTime() {
        Instant said = requestTime();
        Instant server = memory.now();
        return Duration.between(said, server).abs().compareTo(TIMESTAMP_TOLERANCE) <= 0 ? said : server;
    }

    // ----------------------------------------------------------------------------------------------- the record

    /** Whether the skill remembers anything here (a deployment with no table, or a local run, does not). */
    public boolean remembers() {
        return memory.available();
    }

    /**
     * The person's record: settings and saved place, read once a session (later turns use the session's copy)
     * and never on a relief answer's path. Its log is left out: see {@link #freshUser()}.
     */
    public Lookup<UserRecord> user() {
        if (user == null) {
            user = sessionUser.<Lookup<UserRecord>>map(Lookup::found).orElseGet(this::freshUser);
        }
        return user;
    }

    /** The person's whole record, the log included, read from storage now (consent is never taken from a session). */
    public Lookup<UserRecord> freshUser() {
        Lookup<UserRecord> read = memory.user(envelope, false);
        if (!read.failed()) {
            remember(read.orIfNone(UserRecord.NONE));
        }
        return read;
    }

    /** Changes the person's record in storage; what was saved is what the session knows from then on. */
    public Memory.Saved update(UnaryOperator<UserRecord> change) {
        Memory.Saved saved = memory.updateUser(envelope, record -> withLearnedZone(change.apply(record)));
        if (saved.saved()) {
            remember(saved.record());
        }
        return saved;
    }

    /**
     * A change to the record, with the zone Alexa named this session when it differs from the record's: kept with
     * the record's next write, never alone, and never in a record that has nothing else to keep.
     */
    private UserRecord withLearnedZone(UserRecord record) {
        if (learned.isEmpty() || learned.equals(record.zone()) || record.withZone(Optional.empty()).equals(UserRecord.NONE)) {
            return record;
        }
        return record.withZone(learned);
    }

    /** The record as it now stands: for the rest of this request, and as the session's copy. */
    private void remember(UserRecord record) {
        user = Lookup.found(record);
        sessionUser = Optional.of(record);
    }

    /**
     * Deletes everything stored about the person; when that worked, the session forgets its copy too, settings
     * included. Whether it worked.
     */
    public boolean forget() {
        boolean deleted = memory.delete(envelope);
        if (deleted) {
            user = Lookup.found(UserRecord.NONE);
            sessionUser = Optional.of(UserRecord.NONE);
            chosen = Optional.of(Preferences.DEFAULT);
        }
        return deleted;
    }

    // ------------------------------------------------------------------------------------------------ settings

    /**
     * How this person likes to be spoken to: a change made this session (kept "for now" even when it could not be
     * saved), else their record as this session read it, else read now, waiting briefly ({@link Memory#BRIEF}) at
     * most, else the usual settings.
     */
    public Preferences preferences() {
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (sessionUser.isPresent()) {
            return sessionUser.get().preferences();
        }
        if (!memory.available()) {
            return Preferences.DEFAULT;
        }
        if (user == null && brief == null) {
            brief = memory.user(envelope, true);
            if (!brief.failed()) {
                remember(brief.orIfNone(UserRecord.NONE));
            }
        }
        Lookup<UserRecord> read = user != null ? user : brief;
        return read.failed() ? Preferences.DEFAULT : read.orIfNone(UserRecord.NONE).preferences();
    }

    /** Uses {@code preferences} for the rest of the session. */
    public void usePreferences(Preferences preferences) {
        chosen = Optional.of(preferences);
    }
}
