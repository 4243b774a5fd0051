package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Key;
import com.crampcoach.log.Logging;
import com.crampcoach.log.RequestLog;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one catch-all: records what failed in the request's log entry (written at ERROR by the gate) and, where the user is waiting for an
 * answer, speaks a calm apology from content. Never a stack trace in speech or cards.
 */
public final class ErrorHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private final Parts parts;

    public ErrorHandler(Parts parts) {
        this.parts = parts;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        Request request = input.getRequest();
        RequestLog.of(input).ifPresentOrElse(log -> log.failed(throwable), () -> {
            // Outside the gate (a skill built on its own) there is no request entry to carry the failure.
            String intent = request instanceof IntentRequest i && i.getIntent() != null ? i.getIntent().getName() : "-";
            LOG.error("Request {} ({}, intent {}) failed", Logging.field(request.getRequestId()),
                    Logging.field(request.getType()), Logging.field(intent), throwable);
        });
        if (request instanceof IntentRequest || request instanceof LaunchRequest) {
            return Turn.withoutStorage(input, parts).respond(Answer.say(Key.ERROR));
        }
        return Turn.ending(input);
    }
}
