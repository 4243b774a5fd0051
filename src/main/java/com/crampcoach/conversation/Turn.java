package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.crampcoach.alexa.ReminderApi;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Key;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import com.crampcoach.content.RoutineRenderer;
import com.crampcoach.conversation.Conversation.Place;
import com.crampcoach.conversation.Conversation.Preface;
import com.crampcoach.conversation.Conversation.Question;
import com.crampcoach.conversation.Conversation.Said;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.screen.Screens;
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
    private final Person person;
    private final Screens screens;
    private final Conversation before;
    private Conversation after;
    private final ReminderApi reminders;
    private final Responder responder;

    private Turn(HandlerInput input, Catalog catalog, Person person, Screens screens, ReminderApi reminders,
            Conversation before) {
        this.input = input;
        this.person = person;
        this.reminders = reminders;
        this.catalog = catalog;
        this.screens = screens;
        this.responder = new Responder(input, catalog, screens, person);
        this.before = before;
        // A new answer replaces the question; where the person is in a routine stays until an action moves it.
        this.after = before.withQuestion(Optional.empty());
    }

    /** The request's turn, for its person as {@link Person.Interceptor} set them up. */
    public static Turn of(HandlerInput input, Parts parts) {
        Person person = Person.of(input).orElseThrow(() -> new IllegalStateException("no Person.Interceptor ran"));
        return of(input, parts, person);
    }

    /**
     * A turn whose person is read from nothing stored (the error answer never waits on storage), whatever the
     * request's person read before the error.
     */
    public static Turn withoutStorage(HandlerInput input, Parts parts) {
        Parts none = parts.withoutMemory();
        Catalog catalog = catalog(input, none);
        return new Turn(input, catalog, new Person(input.getRequestEnvelope(), none.memory(), none.zones(),
                Session.carried(input, catalog)), none.screens(), none.reminders(), Session.carried(input, catalog));
    }

    private static Turn of(HandlerInput input, Parts parts, Person person) {
        Catalog catalog = catalog(input, parts);
        return new Turn(input, catalog, person, parts.screens(), parts.reminders(), Session.carried(input, catalog));
    }

    private static Catalog catalog(HandlerInput input, Parts parts) {
        return parts.content().forLocale(input.getRequest().getLocale());
    }

    // ---------------------------------------------------------------------------------------------- the request

    public Catalog catalog() {
        return catalog;
    }

    /** The person asking: their record, settings, time zone and clock. */
    public Person person() {
        return person;
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
        return new Turn(input, catalog, person, screens, reminders, here);
    }

    /** Leaves the routine: the next turn finds no place. */
    public void leaveRoutine() {
        after = after.withPlace(Optional.empty());
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
        Reply before = responder.render(first.id(), values);
        Reply after = responder.render(then.id(), thenValues);
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
        after = before;
        return respond(responder.render(key.id(), values), false);
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
        Reply step = responder.render(said);
        Reply asked = responder.render(question.id(), Map.of());
        Reply both = new Reply(step.speech() + " " + asked.speech(), asked.reprompt(), step.cardTitle(), step.cardText());
        return responder.respond(both, false, responder.screen(said, step), response -> { }, after);
    }

    /** Plays a routine without stopping from step {@code from}, in as few answers as Alexa allows. */
    public Optional<Response> play(Routine routine, int from) {
        RoutineRenderer.Chunk chunk = RoutineRenderer.play(catalog, routine, from, person.preferences());
        after = after.withLast(Optional.of(new Said.Play(routine, from))).withPlace(chunk.next() < 0
                ? Optional.empty() : Optional.of(new Place(routine, chunk.next(), true, false)));
        return respond(chunk.reply(), false);
    }

    /** Says the last answer again, exactly, with its values (a routine's intro aside); its question stays pending. */
    public Optional<Response> repeat() {
        if (before.last().isEmpty()) {
            return say(Key.FALLBACK);
        }
        after = before;
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
        return responder.respond(responder.render(said), false, Optional.empty(),
                response -> response.addDirective(askFor).withShouldEndSession(null), after);
    }

    /** Says {@code key}, with the Alexa app's card that asks for the permission {@code scope} instead of its own. */
    public Optional<Response> sayWithConsentCard(Key key, Map<String, String> values, String scope) {
        Said said = new Said.Answer(key.id(), values);
        after = after.withLast(Optional.of(said)).withQuestion(Optional.empty());
        return responder.respond(responder.render(said), false, Optional.empty(),
                response -> response.withAskForPermissionsConsentCard(java.util.List.of(scope)), after);
    }

    /** An answer without speech that leaves the conversation as it was (a screen event that is no button of ours). */
    public Optional<Response> unchanged() {
        Session.carry(input, Optional.of(before));
        return input.getResponseBuilder().build();
    }

    /** An answer without speech for a request after which no turn of this session follows: it carries no state. */
    public static Optional<Response> ending(HandlerInput input) {
        Session.carry(input, Optional.empty());
        return input.getResponseBuilder().build();
    }

    private Optional<Response> respond(Said said) {
        return responder.respond(said, after);
    }

    private Optional<Response> respond(Reply reply, boolean emergency) {
        return responder.respond(reply, emergency, Optional.empty(), response -> { }, after);
    }
}
