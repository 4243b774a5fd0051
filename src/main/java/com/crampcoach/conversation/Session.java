package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.crampcoach.content.Catalog;
import java.util.Map;
import java.util.Optional;

/** The session attributes: the conversation the last response carried, and the one this response carries. */
final class Session {

    private Session() {
    }

    /** The conversation as this request brings it back (see {@link Conversation#read}). */
    static Conversation carried(HandlerInput input, Catalog catalog) {
        return Conversation.read(attributes(input), catalog);
    }

    /**
     * Sends back only what the skill owns: its conversation, as the code writes it, never what the request carried
     * (Alexa echoes session attributes, so a forged one would otherwise come back, however large).
     */
    static void carry(HandlerInput input, Optional<Conversation> state) {
        Map<String, Object> attributes = attributes(input);
        if (attributes != null) {
            attributes.clear();
            state.ifPresent(conversation -> attributes.put(Conversation.ATTRIBUTE, conversation.toAttribute()));
        }
    }

    private static Map<String, Object> attributes(HandlerInput input) {
        return input.getRequestEnvelope().getSession() == null ? null : input.getAttributesManager().getSessionAttributes();
    }
}
