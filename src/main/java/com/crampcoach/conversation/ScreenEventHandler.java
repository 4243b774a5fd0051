package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.crampcoach.log.Logging;
import com.crampcoach.screen.Button;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button touched on a routine step's screen ({@code Alexa.Presentation.APL.UserEvent} from that document, with
 * one argument: "next", "repeat" or "pause"): does exactly what saying it does, through the same dialogue. Any
 * other event gets an empty response.
 */
public final class ScreenEventHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenEventHandler.class);

    private final Parts parts;
    private final Dialogue dialogue;

    public ScreenEventHandler(Parts parts, Dialogue dialogue) {
        this.parts = parts;
        this.dialogue = dialogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof UserEvent;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<Button.Press> press = Button.pressed(input.getRequest());
        if (press.isEmpty()) {
            LOG.warn("Screen event that is no button of ours: {}",
                    Logging.field(String.valueOf(((UserEvent) input.getRequest()).getArguments())));
            return Turn.of(input, parts).respond(Answer.unchanged());
        }
        Turn turn = shownOn(Turn.of(input, parts), press.get());
        return turn.respond(dialogue.answer(intent(press.get().button()), turn));
    }

    /**
     * The turn at the step whose screen was touched: a screen can outlive its session (the last step, a pause, an
     * emergency) or lag behind it, and a touch means the step the person sees. A step we do not have changes nothing.
     */
    private static Turn shownOn(Turn turn, Button.Press press) {
        return turn.catalog().routine(press.routineId())
                .filter(routine -> press.step() >= 0 && press.step() < routine.steps().size())
                .map(routine -> turn.at(new Conversation.Place(routine, press.step(), false, false)))
                .orElse(turn);
    }

    /** The intent the same words would be. */
    static String intent(Button button) {
        return switch (button) {
            case NEXT -> "AMAZON.NextIntent";
            case REPEAT -> "AMAZON.RepeatIntent";
            case PAUSE -> "AMAZON.PauseIntent";
        };
    }
}
