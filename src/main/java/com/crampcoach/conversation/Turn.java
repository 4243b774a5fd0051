package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.crampcoach.alexa.ReminderApi;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Key;
import com.crampcoach.conversation.Conversation.Place;
import com.crampcoach.conversation.Conversation.Question;
import com.crampcoach.screen.Screens;
import java.util.Optional;

/**
 * One request, read: where the person is ({@link Conversation}), who they are ({@link Person}), the intent's slots
 * and the locale's content. An intent's action reads it and returns an {@link Answer}; {@link #respond} hands that
 * to the {@link Responder}. Actions speak keys, never sentences.
 */
public final class Turn {

    private final HandlerInput input;
    private final Catalog catalog;
    private final Person person;
    private final Screens screens;
    private final Conversation before;
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
    }

    /** The request's turn, for its person as {@link Person.Interceptor} set them up. */
    public static Turn of(HandlerInput input, Parts parts) {
        Person person = Person.of(input).orElseThrow(() -> new IllegalStateException("no Person.Interceptor ran"));
        return new Turn(input, catalog(input, parts), person, parts.screens(), parts.reminders(), person.carried());
    }

    /**
     * A turn whose person is read from nothing stored (the error answer never waits on storage), whatever the
     * request's person read before the error.
     */
    public static Turn withoutStorage(HandlerInput input, Parts parts) {
        Parts none = parts.withoutMemory();
        Catalog catalog = catalog(input, none);
        Conversation carried = Session.carried(input, catalog);
        return new Turn(input, catalog, new Person(input.getRequestEnvelope(), none.memory(), none.zones(), carried),
                none.screens(), none.reminders(), carried);
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

    // --------------------------------------------------------------------------------------------- the answer

    /** Alexa's response to this turn: what the action decided, in the person's settings, with the next turn's state. */
    public Optional<Response> respond(Answer answer) {
        return responder.respond(answer, before);
    }

    /** An answer without speech for a request after which no turn of this session follows: it carries no state. */
    public static Optional<Response> ending(HandlerInput input) {
        Session.carry(input, Optional.empty());
        return input.getResponseBuilder().build();
    }
}
