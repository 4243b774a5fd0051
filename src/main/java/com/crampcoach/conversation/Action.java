package com.crampcoach.conversation;

import com.amazon.ask.model.Response;
import java.util.Optional;

/**
 * Where a "yes" or a "no" can lead besides another answer: an answer's {@code offer} or {@code decline}
 * written as {@code name:argument} (such as {@code routine:calf}) runs the action of that name. The
 * argument comes back from the session, so an action checks it like any input.
 */
@FunctionalInterface
public interface Action {

    Optional<Response> run(Turn turn, String argument);
}
