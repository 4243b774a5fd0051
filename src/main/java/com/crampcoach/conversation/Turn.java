package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.crampcoach.alexa.ReminderApi;
import com.crampcoach.alexa.TimeZones;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.HoldRenderer;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Preferences;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import com.crampcoach.content.RoutineRenderer;
import com.crampcoach.conversation.Conversation.Place;
import com.crampcoach.conversation.Conversation.Preface;
import com.crampcoach.conversation.Conversation.Question;
import com.crampcoach.conversation.Conversation.Said;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.memory.Lookup;
import com.crampcoach.memory.Memory;
import com.crampcoach.memory.UserRecord;
import com.crampcoach.screen.RoutineStep;
import com.crampcoach.screen.Screens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its answer. It reads where the person is ({@link Conversation}) once, lets an intent's
 * action say what happens next, and turns that into Alexa's response: speech in the person's settings, the
 * card, and the conversation as the next turn will find it. Actions speak keys, never sentences.
 */
public final class Turn {

    private final HandlerInput input;
    private final Catalog catalog;
    private final Memory memory;
    private final Screens screens;
    private final Conversation before;
    private Conversation after;
    private Lookup<UserRecord> user;
    /** A brief read of the record for the person's settings, once per request at most, even when it failed. */
    private Lookup<UserRecord> brief;
    private final TimeZones zones;
    private final ReminderApi reminders;
    private java.time.ZoneId zone;
    /** Whether the person's zone is known; if not, dates are UTC's, and said as dates. */
    private boolean zoneKnown;
    /** The zone Alexa named this session, if it did: the record learns it with its next write. */
    private Optional<java.time.ZoneId> learned = Optional.empty();

    private Turn(HandlerInput input, Catalog catalog, Memory memory, Screens screens, TimeZones zones,
            ReminderApi reminders, Conversation before) {
        this.input = input;
        this.zones = zones;
        this.reminders = reminders;
        this.catalog = catalog;
        this.memory = memory;
        this.screens = screens;
        this.before = before;
        // A new answer replaces the question; where the person is in a routine stays until an action moves it.
        this.after = before.withQuestion(Optional.empty());
    }

    public static Turn of(HandlerInput input, Parts parts) {
        Catalog catalog = parts.content().forLocale(input.getRequest().getLocale());
        return new Turn(input, catalog, parts.memory(), parts.screens(), parts.zones(), parts.reminders(),
                Conversation.read(sessionAttributes(input), catalog));
    }

    // ---------------------------------------------------------------------------------------------- the request

    public Catalog catalog() {
        return catalog;
    }

    public Memory memory() {
        return memory;
    }

    /** Alexa's Reminders API, for this request's person. */
    public ReminderApi reminders() {
        return reminders;
    }

    public RequestEnvelope envelope() {
        return input.getRequestEnvelope();
    }

    /** The slot's resolved value id, if Alexa matched one. */
    public Optional<String> slot(String name) {
        return Slots.resolvedId(input, name);
    }

    /** The slot's value as Alexa gave it, for a built-in type ("21:30" for AMAZON.TIME). */
    public Optional<String> slotValue(String name) {
        return Slots.value(input, name);
    }

    /** Whether the slot was said, whether or not it matched a value. */
    public boolean said(String name) {
        return Slots.said(input, name);
    }

    /** When the request was made, by Alexa's timestamp (UTC), or now if it has none. */
    public Instant requestTime() {
        java.time.OffsetDateTime timestamp = input.getRequest().getTimestamp();
        return timestamp == null ? Instant.now() : timestamp.toInstant();
    }

    /**
     * The request's day in the person's time zone: "last night" is the person's night, so entries are dated by the
     * request. The zone is asked of Alexa once a session, only when a date is needed; without it, UTC.
     */
    public LocalDate today() {
        zone();
        return LocalDate.ofInstant(datingTime(), zone);
    }

    /**
     * The person's time zone: asked of Alexa once a session, only when needed, and kept in the session; when Alexa
     * cannot say (slow, refusing, or no API access), the zone it last named, kept in the person's record; else none.
     */
    public Optional<java.time.ZoneId> zone() {
        if (zone == null) {
            Optional<java.time.ZoneId> named = before.zone().or(() -> zones.of(envelope()));
            named.ifPresent(id -> after = after.withZone(Optional.of(id)));
            named.ifPresent(id -> learned = Optional.of(id));
            if (named.isEmpty() && memory.available()) {
                Lookup<UserRecord> read = user();
                named = read.failed() ? Optional.empty() : read.orIfNone(UserRecord.NONE).zone();
            }
            zone = named.orElse(ZoneOffset.UTC);
            zoneKnown = named.isPresent();
        }
        return zoneKnown ? Optional.of(zone) : Optional.empty();
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

    /** Now, by the server's clock (a request's own timestamp is input, and never sets a reminder). */
    public Instant now() {
        return memory.now();
    }

    /** How far a request's timestamp may be from the server's clock: Alexa's own tolerance for a request's age. */
    static final java.time.Duration TIMESTAMP_TOLERANCE = java.time.Duration.ofSeconds(150);

    /**
     * The moment a cramp is dated by: the request's timestamp, unless it is further from the server's clock than
     * {@link #TIMESTAMP_TOLERANCE} (a request dated 2099, or a replay), when the server's clock is.
     */
    private Instant datingTime() {
        Instant said = requestTime();
        Instant server = memory.now();
        return java.time.Duration.between(said, server).abs().compareTo(TIMESTAMP_TOLERANCE) <= 0 ? said : server;
    }

    // --------------------------------------------------------------------------------------------- the state

    /** Where the person was when they spoke. */
    public Conversation state() {
        return before;
    }

    public Optional<Place> place() {
        return before.place();
    }

    public Optional<Question> question() {
        return before.question();
    }

    /** Whether the question asked last expects this kind of answer ("Which routine?" expects a routine). */
    public boolean expects(Key.Expects kind) {
        return before.expects(kind);
    }

    /** The same turn, but at {@code place} (where a touched screen says the person is). */
    Turn at(Place place) {
        Conversation here = before.withPlace(Optional.of(place));
        Turn turn = new Turn(input, catalog, memory, screens, zones, reminders, here);
        turn.user = user;
        turn.brief = brief;
        return turn;
    }

    /** Leaves the routine: the next turn finds no place. */
    public void leaveRoutine() {
        after = after.withPlace(Optional.empty());
    }

    // --------------------------------------------------------------------------------------- the user's record

    /**
     * The person's record: settings and saved place, read once a session (later turns use the session's copy)
     * and never on a relief answer's path. Its log is left out: see {@link #freshUser()}.
     */
    public Lookup<UserRecord> user() {
        if (user == null) {
            user = after.user().<Lookup<UserRecord>>map(Lookup::found).orElseGet(this::freshUser);
        }
        return user;
    }

    /** The person's whole record, the log included, read from storage now (consent is never taken from a session). */
    public Lookup<UserRecord> freshUser() {
        Lookup<UserRecord> read = memory.user(envelope(), false);
        if (!read.failed()) {
            remember(read.orIfNone(UserRecord.NONE));
        }
        return read;
    }

    /** Changes the person's record in storage; what was saved is what the session knows from then on. */
    public Memory.Saved update(java.util.function.UnaryOperator<UserRecord> change) {
        Memory.Saved saved = memory.updateUser(envelope(), record -> withLearnedZone(change.apply(record)));
        if (saved.saved()) {
            remember(saved.record());
        }
        return saved;
    }

    /** The record as it now stands: for the rest of this request, and as the session's copy. */
    private void remember(UserRecord record) {
        user = Lookup.found(record);
        after = after.withUser(Optional.of(record));
    }

    /**
     * How this person likes to be spoken to: a change made this session (kept "for now" even when it could not be
     * saved), else their record as this session read it, else read now, waiting briefly ({@link Memory#BRIEF}) at
     * most, else the usual settings.
     */
    public Preferences preferences() {
        if (after.preferences().isPresent()) {
            return after.preferences().get();
        }
        if (after.user().isPresent()) {
            return after.user().get().preferences();
        }
        if (!memory.available()) {
            return Preferences.DEFAULT;
        }
        if (user == null && brief == null) {
            brief = memory.user(envelope(), true);
            if (!brief.failed()) {
                remember(brief.orIfNone(UserRecord.NONE));
            }
        }
        Lookup<UserRecord> read = user != null ? user : brief;
        return read.failed() ? Preferences.DEFAULT : read.orIfNone(UserRecord.NONE).preferences();
    }

    /** Everything stored was deleted: the session forgets its copy too, settings included. */
    public void forgetUser() {
        user = Lookup.found(UserRecord.NONE);
        after = after.withUser(Optional.of(UserRecord.NONE)).withPreferences(Optional.of(Preferences.DEFAULT));
    }

    /** Uses {@code preferences} for the rest of the session. */
    public void usePreferences(Preferences preferences) {
        after = after.withPreferences(Optional.of(preferences));
    }

    // --------------------------------------------------------------------------------------------- answers

    public Optional<Response> say(Key key) {
        return say(key.id(), Map.of());
    }

    public Optional<Response> say(Key key, Map<String, String> values) {
        return say(key.id(), values);
    }

    /**
     * Says an answer from content by its key as written there (an offer's {@code relief.foot}); if it asks a
     * question, that question is pending for the next turn. Code speaks a {@link Key}.
     */
    public Optional<Response> say(String key, Map<String, String> values) {
        return ask(key, values, new Subject.None());
    }

    /** Asks a question about {@code subject}: "yes" then does what the code owns for it (intents/FollowUps), else content's offer. */
    public Optional<Response> ask(Key key, Map<String, String> values, Subject subject) {
        return ask(key.id(), values, subject);
    }

    private Optional<Response> ask(String key, Map<String, String> values, Subject subject) {
        Said said = new Said.Answer(key, values);
        after = after.withLast(Optional.of(said)).withQuestion(catalog.prompt(key).asksQuestion()
                ? Optional.of(new Question(key, values, subject)) : Optional.empty());
        return respond(said);
    }

    /**
     * Says {@code first}, then {@code then}, as one answer: "Okay, holds will last 45 seconds. Say next when
     * you're ready for the knee hug." The question, if any, is {@code then}'s; what "repeat" says is unchanged.
     */
    public Optional<Response> sayThen(Key first, Map<String, String> values, Key then, Map<String, String> thenValues) {
        Reply before = catalog.reply(first.id(), values, preferences().holdSeconds());
        Reply after = catalog.reply(then.id(), thenValues, preferences().holdSeconds());
        this.after = this.after.withQuestion(catalog.prompt(then.id()).asksQuestion()
                ? Optional.of(new Question(then.id(), thenValues, new Subject.None())) : Optional.empty());
        return respond(new Reply(before.speech() + " " + after.speech(), after.reprompt(), before.cardTitle(),
                before.cardText()), false);
    }

    /**
     * Says {@code key} while everything stays as it was: the question still pending, the routine's place, and
     * what "repeat" says ("wait", "hold on").
     */
    public Optional<Response> meanwhile(Key key, Map<String, String> values) {
        after = before.withPreferences(after.preferences());
        return respond(catalog.reply(key.id(), values, preferences().holdSeconds()), false);
    }

    /** Speaks step {@code index} of a routine; the last step finishes it, and the place is forgotten. */
    public Optional<Response> step(Routine routine, int index, Preface preface) {
        Said said = new Said.Step(routine, index, preface);
        after = after.withLast(Optional.of(said)).withPlace(index == routine.steps().size() - 1
                ? Optional.empty() : Optional.of(new Place(routine, index, false, false)));
        return respond(said);
    }

    /**
     * Speaks the last step of a routine, then asks {@code question} about {@code subject} in the same answer ("...
     * Goodnight. Would you like a reminder to do these stretches every night?").
     */
    public Optional<Response> lastStepThenAsk(Routine routine, Preface preface, Key question, Subject subject) {
        int index = routine.steps().size() - 1;
        Said said = new Said.Step(routine, index, preface);
        after = after.withLast(Optional.of(said)).withPlace(Optional.empty())
                .withQuestion(Optional.of(new Question(question.id(), Map.of(), subject)));
        Reply step = render(said);
        Reply asked = catalog.reply(question.id(), Map.of(), preferences().holdSeconds());
        Reply both = new Reply(step.speech() + " " + asked.speech(), asked.reprompt(), step.cardTitle(), step.cardText());
        return respond(both, false, screen(said, step));
    }

    /** Plays a routine without stopping from step {@code from}, in as few answers as Alexa allows. */
    public Optional<Response> play(Routine routine, int from) {
        RoutineRenderer.Chunk chunk = RoutineRenderer.play(catalog, routine, from, preferences());
        after = after.withLast(Optional.of(new Said.Play(routine, from))).withPlace(chunk.next() < 0
                ? Optional.empty() : Optional.of(new Place(routine, chunk.next(), true, false)));
        return respond(chunk.reply(), false);
    }

    /** Says the last answer again, exactly, with its values (a routine's intro aside); its question stays pending. */
    public Optional<Response> repeat() {
        if (before.last().isEmpty()) {
            return say(Key.FALLBACK);
        }
        after = before.withPreferences(after.preferences());
        Said last = before.last().get();
        // A routine's intro is said once: "repeat" on its first step is the step.
        if (last instanceof Said.Step step && step.preface() == Preface.INTRO) {
            last = new Said.Step(step.routine(), step.step(), Preface.NONE);
        }
        return respond(last);
    }

    /** The emergency answer: never slowed or quietened, never waiting on memory, and it ends the session. */
    public Optional<Response> emergency() {
        return respond(catalog.reply(Key.EMERGENCY), true);
    }

    private Reply render(Said said) {
        Preferences preferences = preferences();
        if (said instanceof Said.Step step) {
            return RoutineRenderer.step(catalog, step.routine(), step.step(), preface(step), preferences);
        }
        if (said instanceof Said.Play play) {
            return RoutineRenderer.play(catalog, play.routine(), play.from(), preferences).reply();
        }
        Said.Answer answer = (Said.Answer) said;
        return catalog.reply(answer.key(), answer.values(), preferences.holdSeconds());
    }

    private String preface(Said.Step step) {
        return switch (step.preface()) {
            case NONE -> null;
            case INTRO -> step.routine().intro() == null ? null : catalog.render(step.routine().intro(), Map.of());
            case LOST -> catalog.phrase(Phrase.RESTARTED, Map.of());
            case FIRST -> catalog.phrase(Phrase.FIRST, Map.of());
        };
    }

    /** Says {@code said}, and shows it on a screen if the device has one and it is a routine step or relief. */
    private Optional<Response> respond(Said said) {
        Reply reply = render(said);
        return respond(reply, false, screen(said, reply));
    }

    private Optional<Response> respond(Reply reply, boolean emergency) {
        return respond(reply, emergency, Optional.empty());
    }

    /**
     * What a screen shows for an answer: a routine step, its drawing and a countdown that starts when its spoken
     * hold does; a relief script, its steps. Only for devices that declare APL; nothing for anything else.
     */
    private Optional<Directive> screen(Said said, Reply reply) {
        if (!Screens.supported(envelope())) {
            return Optional.empty();
        }
        if (said instanceof Said.Step step) {
            Routine routine = step.routine();
            int hold = preferences().hold(routine.steps().get(step.step()).holdSeconds());
            RoutineStep shown = RoutineStep.of(routine, step.step(), hold, catalog);
            String preface = preface(step);
            long before = shown.millisBeforeHold() + (preface == null ? 0 : HoldRenderer.estimateMillis(preface));
            // Spoken slower, the words before and between the holds last longer; the holds themselves do not.
            double pace = preferences().slow() ? 1 / Preferences.SLOW_RATE : 1;
            return Optional.of(screens.routineStep(catalog, new RoutineStep(shown.routineId(), shown.routineTitle(),
                    shown.index(), shown.count(), shown.stepName(), shown.holdSeconds(), shown.holds(),
                    Math.round(before * pace), Math.round(shown.millisBetweenHolds() * pace))));
        }
        if (said instanceof Said.Answer answer && Key.byId(answer.key()).filter(Key::relief).isPresent()) {
            return Optional.of(screens.relief(answer.key(), reply.cardTitle(), reply.cardText()));
        }
        return Optional.empty();
    }

    private Optional<Response> respond(Reply reply, boolean emergency, Optional<Directive> screen) {
        return respond(reply, emergency, screen, response -> { });
    }

    /**
     * Says {@code key}, then hands the person to Alexa, who asks them by voice for the permission {@code scope}.
     * Alexa then sends the skill a {@code Connections.Response} carrying {@code token} back, in this session.
     */
    public Optional<Response> askPermission(Key key, Map<String, String> values, String scope, String token) {
        Said said = new Said.Answer(key.id(), values);
        after = after.withLast(Optional.of(said));
        Directive askFor = com.amazon.ask.model.interfaces.connections.SendRequestDirective.builder()
                .withName("AskFor")
                .withPayload(Map.of("@type", "AskForPermissionsConsentRequest", "@version", "1", "permissionScope", scope))
                .withToken(token)
                .build();
        // Alexa's dialogue follows, and then the skill's answer to it: the session neither ends nor listens here.
        return respond(render(said), false, Optional.empty(),
                response -> response.addDirective(askFor).withShouldEndSession(null));
    }

    /** Says {@code key}, with the Alexa app's card that asks for the permission {@code scope} instead of its own. */
    public Optional<Response> sayWithConsentCard(Key key, Map<String, String> values, String scope) {
        Said said = new Said.Answer(key.id(), values);
        after = after.withLast(Optional.of(said)).withQuestion(Optional.empty());
        return respond(render(said), false, Optional.empty(),
                response -> response.withAskForPermissionsConsentCard(java.util.List.of(scope)));
    }

    private Optional<Response> respond(Reply reply, boolean emergency, Optional<Directive> screen,
            java.util.function.Consumer<ResponseBuilder> extra) {
        Preferences preferences = emergency ? Preferences.DEFAULT : preferences();
        ResponseBuilder response = input.getResponseBuilder()
                .withSpeech(preferences.apply(reply.speech()))
                .withSimpleCard(reply.cardTitle(), reply.cardText());
        // On a screen, every answer replaces what was shown (a countdown still running, say): a step or relief has
        // its own screen, anything else shows its card.
        screen.or(() -> Screens.supported(envelope())
                ? Optional.of(screens.relief("", reply.cardTitle(), reply.cardText())) : Optional.empty())
                .ifPresent(response::addDirective);
        if (reply.keepsSessionOpen() && !emergency) {
            response.withReprompt(preferences.apply(reply.reprompt())).withShouldEndSession(false);
        } else {
            response.withShouldEndSession(true);
        }
        extra.accept(response);
        carry(input, Optional.of(after));
        return response.build();
    }

    /** An answer without speech that leaves the conversation as it was (a screen event that is no button of ours). */
    public Optional<Response> unchanged() {
        carry(input, Optional.of(before));
        return input.getResponseBuilder().build();
    }

    /** An answer without speech for a request after which no turn of this session follows: it carries no state. */
    public static Optional<Response> ending(HandlerInput input) {
        carry(input, Optional.empty());
        return input.getResponseBuilder().build();
    }

    /**
     * Sends back only what the skill owns: its conversation, as the code writes it, never what the request carried
     * (Alexa echoes session attributes, so a forged one would otherwise come back, however large).
     */
    private static void carry(HandlerInput input, Optional<Conversation> state) {
        Map<String, Object> attributes = sessionAttributes(input);
        if (attributes != null) {
            attributes.clear();
            state.ifPresent(conversation -> attributes.put(Conversation.ATTRIBUTE, conversation.toAttribute()));
        }
    }

    private static Map<String, Object> sessionAttributes(HandlerInput input) {
        return input.getRequestEnvelope().getSession() == null ? null : input.getAttributesManager().getSessionAttributes();
    }
}
