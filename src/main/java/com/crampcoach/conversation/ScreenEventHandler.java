package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.crampcoach.Logging;
import com.crampcoach.content.Content;
import com.crampcoach.memory.Memory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button touched on a screen ({@code Alexa.Presentation.APL.UserEvent}, sent with one argument: "next",
 * "repeat", "pause", "back"): does exactly what saying it does, through the same dialogue. Any other event
 * gets an empty response.
 */
public final class ScreenEventHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenEventHandler.class);
    /** What each button means, as the intent the same words would be. */
    static final Map<String, String> BUTTONS = Map.of("next", "AMAZON.NextIntent", "repeat", "AMAZON.RepeatIntent",
            "pause", "AMAZON.PauseIntent", "back", "AMAZON.PreviousIntent");

    private final Content content;
    private final Memory memory;
    private final Dialogue dialogue;

    public ScreenEventHandler(Content content, Memory memory, Dialogue dialogue) {
        this.content = content;
        this.memory = memory;
        this.dialogue = dialogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof UserEvent;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        List<Object> arguments = ((UserEvent) input.getRequest()).getArguments();
        Object button = arguments == null || arguments.isEmpty() ? null : arguments.get(0);
        String intent = button instanceof String name ? BUTTONS.get(name) : null;
        if (intent == null) {
            LOG.warn("Screen event with unknown arguments: {}", Logging.field(String.valueOf(arguments)));
            return input.getResponseBuilder().build();
        }
        return dialogue.answer(intent, Turn.of(input, content, memory));
    }
}
