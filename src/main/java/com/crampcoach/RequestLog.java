package com.crampcoach;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
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
    /** Every character outside ASCII is written as an escape: no terminal control, bidi override or line separator survives. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** Enough frames to find the failing line; a stack is never allowed to flood the log. */
    private static final int MAX_FRAMES = 8;
    private static final int MAX_CAUSES = 3;

    /** A log entry's level, as Lambda reads it from the {@code level} field. */
    public enum Level { INFO, ERROR }

    private final Object lambdaContext;
    private final long startNanos;
    private Throwable failure;

    RequestLog(Object lambdaContext, long startNanos) {
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

    boolean hasFailed() {
        return failure != null;
    }

    /**
     * Writes this request's entry: its Alexa request ID, type, intent and locale (each capped), what became of it,
     * and how long it took. {@code envelope} may be null (a request that is not JSON); {@code reason} explains a refusal.
     */
    void write(Level level, JsonNode envelope, String outcome, String reason) {
        if (!enabled(level)) {
            return;
        }
        JsonNode request = envelope == null ? MissingNode.getInstance() : envelope.path("request");
        ObjectNode entry = JSON.createObjectNode();
        entry.put("timestamp", Instant.now().toString());
        entry.put("level", level.name());
        entry.put("logger", "request");
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
            entry.set("error", error(failure, 0));
        }
        print(entry);
    }

    /** Text from the request as it may be logged: cut at {@value Logging#MAX_FIELD_CHARS} characters; null if absent or not text. */
    private static String text(JsonNode value) {
        return value.isTextual() ? Logging.cap(value.asText()) : null;
    }

    private static ObjectNode error(Throwable throwable, int depth) {
        ObjectNode error = JSON.createObjectNode();
        error.put("type", throwable.getClass().getName());
        // A message can quote what caused it, the request included: capped, and escaped by the JSON writer.
        error.put("message", Logging.cap(throwable.getMessage()));
        ArrayNode frames = error.putArray("frames");
        StackTraceElement[] stack = throwable.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, MAX_FRAMES); i++) {
            frames.add(stack[i].toString());
        }
        Throwable cause = throwable.getCause();
        if (cause != null && cause != throwable && depth < MAX_CAUSES) {
            error.set("cause", error(cause, depth + 1));
        }
        return error;
    }

    private static boolean enabled(Level level) {
        return switch (level) {
            case INFO -> LEVELS.isInfoEnabled();
            case ERROR -> LEVELS.isErrorEnabled();
        };
    }

    private static void print(ObjectNode entry) {
        String line;
        try {
            line = JSON.writeValueAsString(entry) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a log entry of strings and numbers cannot fail to serialise", e);
        }
        // Looked up at each write, not kept: the stream is whatever standard error is now. One write per entry.
        PrintStream err = System.err;
        err.print(line);
        err.flush();
    }
}
