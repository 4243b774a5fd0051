package com.crampcoach.screen;

import com.amazon.ask.model.Request;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import java.util.List;
import java.util.Optional;

/**
 * A touch on a routine step's screen, which should do what saying it does: it arrives as an
 * {@code Alexa.Presentation.APL.UserEvent} from the document {@link Screens#STEP_TOKEN} with one argument, the word.
 */
public enum Button {
    NEXT("next"), REPEAT("repeat"), PAUSE("pause");

    private final String argument;

    Button(String argument) {
        this.argument = argument;
    }

    /** The word the document's SendEvent sends for this button. */
    public String argument() {
        return argument;
    }

    /**
     * A touch: the button, and the routine step whose screen it was on ({@code routineId} null and {@code step} -1
     * when the event did not say).
     */
    public record Press(Button button, String routineId, int step) {
    }

    /**
     * The button a request is a touch on; empty for any other request, for a UserEvent from another document, and for
     * arguments that are not one known word, optionally followed by a routine id and a step index (input like any
     * other, so never trusted: the caller checks the routine and step against the content).
     */
    public static Optional<Press> pressed(Request request) {
        if (!(request instanceof UserEvent event) || !Screens.STEP_TOKEN.equals(event.getToken())) {
            return Optional.empty();
        }
        List<Object> arguments = event.getArguments();
        if (arguments == null || (arguments.size() != 1 && arguments.size() != 3)) {
            return Optional.empty();
        }
        String routineId = null;
        int step = -1;
        if (arguments.size() == 3) {
            if (!(arguments.get(1) instanceof String id) || !id.matches("[a-z][a-z0-9-]{0,39}")
                    || !(arguments.get(2) instanceof Number index) || index.intValue() < 0 || index.intValue() > 99) {
                return Optional.empty();
            }
            routineId = id;
            step = index.intValue();
        }
        for (Button button : values()) {
            if (button.argument.equals(arguments.get(0))) {
                return Optional.of(new Press(button, routineId, step));
            }
        }
        return Optional.empty();
    }
}
