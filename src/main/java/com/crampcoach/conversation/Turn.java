package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.content.Reply;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its answer: picks the content for the request's locale, reads the session state,
 * and turns a content key into Alexa's response. Handlers speak keys through it, never sentences.
 */
public final class Turn {

    private final HandlerInput input;
    private final Catalog catalog;
    private final SessionState state;

    private Turn(HandlerInput input, Catalog catalog, SessionState state) {
        this.input = input;
        this.catalog = catalog;
        this.state = state;
    }

    public static Turn of(HandlerInput input, Content content) {
        Catalog catalog = content.forLocale(input.getRequest().getLocale());
        Map<String, Object> attributes = input.getRequestEnvelope().getSession() == null
                ? null
                : input.getAttributesManager().getSessionAttributes();
        return new Turn(input, catalog, SessionState.read(attributes, catalog));
    }

    public SessionState state() {
        return state;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** How this person likes to be spoken to, as far as this session knows. */
    public Preferences preferences() {
        return Preferences.from(attributes().get(Preferences.ATTRIBUTE));
    }

    /** Remembers preferences for the rest of the session. */
    public void usePreferences(Preferences preferences) {
        attributes().put(Preferences.ATTRIBUTE, preferences.toMap());
    }

    /** This session's attributes, or an empty map outside a session; what is put here comes back next turn. */
    public Map<String, Object> attributes() {
        return input.getRequestEnvelope().getSession() == null
                ? new java.util.HashMap<>()
                : input.getAttributesManager().getSessionAttributes();
    }

    public Optional<Response> say(String key) {
        return say(key, Map.of());
    }

    /**
     * Speaks the prompt {@code key} with its card. A prompt that asks a question keeps the session open
     * and remembers itself for "repeat" and its offer for "yes"; any other prompt ends the session.
     */
    public RequestEnvelope envelope() {
        return input.getRequestEnvelope();
    }

    /** When the request was made, by Alexa's timestamp (UTC), or now if it has none. */
    public java.time.Instant requestTime() {
        java.time.OffsetDateTime timestamp = input.getRequest().getTimestamp();
        return timestamp == null ? java.time.Instant.now() : timestamp.toInstant();
    }

    public Optional<Response> say(String key, Map<String, String> values) {
        Reply reply = catalog.reply(key, values);
        // "Repeat" re-renders a key without the values it was given: only remember answers that need none.
        return say(values.isEmpty() ? reply : new Reply(null, reply.speech(), reply.reprompt(), reply.cardTitle(),
                reply.cardText(), reply.offer(), reply.decline()));
    }

    /** Speaks a prompt whose "yes" leads to {@code offer}, an action the code chose ({@code name:argument}). */
    public Optional<Response> offer(String key, Map<String, String> values, String offer) {
        Reply reply = catalog.reply(key, values);
        return say(new Reply(null, reply.speech(), reply.reprompt(), reply.cardTitle(), reply.cardText(), offer,
                reply.decline()));
    }

    /** Speaks an answer the code assembled (a routine step, say); its key, if any, is what "repeat" says. */
    public Optional<Response> say(Reply reply) {
        // An emergency is never said slowly or quietly, whatever the person chose for the night.
        Preferences preferences = reply.key() != null && reply.key().startsWith(Keys.EMERGENCY)
                ? Preferences.DEFAULT : preferences();
        ResponseBuilder response = input.getResponseBuilder()
                .withSpeech(preferences.apply(reply.speech()))
                .withSimpleCard(reply.cardTitle(), reply.cardText());
        if (reply.keepsSessionOpen()) {
            response.withReprompt(preferences.apply(reply.reprompt())).withShouldEndSession(false);
            if (input.getRequestEnvelope().getSession() != null) {
                attributes().put(SessionState.ATTRIBUTE,
                        new SessionState(reply.key(), reply.offer(), reply.decline()).toAttribute());
            }
        } else {
            response.withShouldEndSession(true);
        }
        return response.build();
    }
}
