package com.crampcoach.memory;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.Action;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.Turn;
import java.util.Optional;

/** "Delete my data": asks yes or no first; yes removes everything stored for the user. */
public final class DeleteDataHandler implements IntentHandler {

    private final Content content;
    private final Memory memory;

    public DeleteDataHandler(Content content, Memory memory) {
        this.content = content;
        this.memory = memory;
    }

    @Override
    public String intentName() {
        return "DeleteDataIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Turn.of(input, content).say(memory.available() ? Keys.DELETE_CONFIRM : Keys.MEMORY_UNAVAILABLE);
    }

    /** The action the confirmation's "yes" runs. */
    public static Action delete(Memory memory) {
        return (turn, argument) -> {
            turn.usePreferences(com.crampcoach.conversation.Preferences.DEFAULT);
            return turn.say(memory.delete(turn.envelope()) ? Keys.DELETED : Keys.DELETE_FAILED);
        };
    }
}
