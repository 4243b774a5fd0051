package com.crampcoach.log;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's log entry: a single JSON object on one line of standard error, which Lambda's JSON log format
 * keeps as fields (it does not wrap a line that is already a JSON object, and it filters by its {@code level}).
 *
 * <p>The gate makes one per request and hands it to the skill as the SDK's context, so that the catch-all can
 * record a failure in the same entry. Only named fields are logged: never the user, the session or a slot.
 */
public final class RequestLog {

    /** Decides which levels are written: the level {@code LOG_LEVEL} set (see {@link Logging#configure}). */
    private static final Logger LEVELS = LoggerFactory.getLogger("request");

    /** A log entry's level, as Lambda reads it from the {@code level} field. */
    public enum Level { INFO, ERROR }

    private final Object lambdaContext;
    private final long startNanos;
    private Throwable failure;

    public RequestLog(Object lambdaContext, long startNanos) {
        this.lambdaContext = lambdaContext;
        this.startNanos = startNanos;
    }

    /** The entry of the request {@code input} belongs to, when the gate is logging it. */
    public static Optional<RequestLog> of(HandlerInput input) {
        return input.getContext() instanceof RequestLog log ? Optional.of(log) : Optional.empty();
    }

    /** The request failed with {@code throwable}: its entry is written at ERROR, with the exception's type, message and frames. */
    public void failed(Throwable throwable) {
        this.failure = throwable;
    }

    public boolean hasFailed() {
        return failure != null;
    }

    /**
     * Writes this request's entry: its Alexa request ID, type, intent and locale (each capped), what became of it,
     * and how long it took. {@code envelope} may be null (a request that is not JSON); {@code reason} explains a refusal.
     */
    public void write(Level level, JsonNode envelope, String outcome, String reason) {
        if (!enabled(level)) {
            return;
        }
        JsonNode request = envelope == null ? MissingNode.getInstance() : envelope.path("request");
        ObjectNode entry = JsonLine.entry(level.name(), "request");
        entry.put("requestId", text(request.path("requestId")));
        if (lambdaContext instanceof Context lambda) {
            // The key the Java runtime gives its own JSON entries: one query finds both.
            entry.put("AWSRequestId", Logging.cap(lambda.getAwsRequestId()));
        }
        entry.put("type", text(request.path("type")));
        entry.put("intent", text(request.path("intent").path("name")));
        entry.put("locale", text(request.path("locale")));
        entry.put("outcome", outcome);
        if (reason != null) {
            entry.put("reason", reason);
        }
        entry.put("durationMs", Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0);
        if (failure != null) {
            entry.set("error", JsonLine.error(failure));
        }
        JsonLine.print(entry);
    }

    /** Text from the request as it may be logged: cut at {@value Logging#MAX_FIELD_CHARS} characters; null if absent or not text. */
    private static String text(JsonNode value) {
        return value.isTextual() ? Logging.cap(value.asText()) : null;
    }

    private static boolean enabled(Level level) {
        return switch (level) {
            case INFO -> LEVELS.isInfoEnabled();
            case ERROR -> LEVELS.isErrorEnabled();
        };
    }
}
