package com.crampcoach.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;

/**
 * A log entry as Lambda's JSON log format keeps it: one JSON object on one line of standard error, with a
 * {@code level} it filters by. Shared by the request entries ({@link RequestLog}) and every other log line
 * ({@link JsonLogger}), so that both have the same shape and the same limits.
 */
final class JsonLine {

    /** Every character outside ASCII is written as an escape: no terminal control, bidi override or line separator survives. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** Enough frames to find the failing line; a stack is never allowed to flood the log. */
    private static final int MAX_FRAMES = 8;
    private static final int MAX_CAUSES = 3;

    private JsonLine() {
    }

    /** A new entry: its time, level and logger; the caller adds the rest. */
    static ObjectNode entry(String level, String logger) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("timestamp", Instant.now().toString());
        entry.put("level", level);
        entry.put("logger", logger);
        return entry;
    }

    /** A throwable as an entry holds it: its type, capped message, first frames and causes. */
    static ObjectNode error(Throwable throwable) {
        return error(throwable, 0);
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

    static void print(ObjectNode entry) {
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
