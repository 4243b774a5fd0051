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
     * The button a request is a touch on; empty for any other request, for a UserEvent from another document, and for
     * arguments that are not exactly one known word (input like any other, so never trusted).
     */
    public static Optional<Button> pressed(Request request) {
        if (!(request instanceof UserEvent event) || !Screens.STEP_TOKEN.equals(event.getToken())) {
            return Optional.empty();
        }
        List<Object> arguments = event.getArguments();
        if (arguments == null || arguments.size() != 1) {
            return Optional.empty();
        }
        for (Button button : values()) {
            if (button.argument.equals(arguments.get(0))) {
                return Optional.of(button);
            }
        }
        return Optional.empty();
    }
}
