package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillGate;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code invoke [FILE|-]}: one request envelope in, the exact response envelope out, through the same
 * handler class Lambda runs, configured like every local command ({@link Config#local}). Input that is
 * not a request envelope the skill can read exits 2, a request for another skill exits 1: each with one
 * line on stderr.
 */
final class Invoke {

    /** Strict like the gate: one JSON value, nothing after it (checked below), within Jackson's limits. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How much of the input an error quotes: enough to find the place. */
    private static final int EXCERPT_BYTES = 24;

    private Invoke() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, Map.of());
            if (options.words().size() > 1) {
                throw new Options.Invalid("invoke takes one file (or - for standard input), not " + options.words().size());
            }
        } catch (Options.Invalid e) {
            return e.report(err, "invoke");
        }
        String source = options.words().isEmpty() ? "-" : options.words().get(0);
        String name = source.equals("-") ? "standard input" : source;
        byte[] input;
        try (InputStream in = source.equals("-") ? System.in : Files.newInputStream(Path.of(source))) {
            input = in.readNBytes(Envelopes.MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            err.println("error: cannot read " + Main.printable(name) + ": there is no such file");
            return 2;
        } catch (AccessDeniedException e) {
            err.println("error: cannot read " + Main.printable(name) + ": permission denied");
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read " + Main.printable(name) + ": " + Main.printable(String.valueOf(e.getMessage())));
            return 2;
        }
        if (input.length > Envelopes.MAX_BYTES) {
            err.println("error: " + Main.printable(name) + ": over " + Envelopes.MAX_BYTES / 1024
                    + " KiB, too large for a request envelope");
            return 2;
        }
        String problem = envelopeProblem(input);
        if (problem != null) {
            err.println("error: " + Main.printable(name) + ": " + problem);
            return 2;
        }
        Config config;
        try {
            config = Config.local(System.getenv());
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            new CrampCoachHandler(config).handleRequest(new ByteArrayInputStream(input), response, null);
        } catch (SkillGate.Rejected e) {
            if (e.forAnotherSkill()) {
                err.println("error: the skill refused the request: " + e.getMessage());
                return 1;
            }
            err.println("error: " + Main.printable(name) + ": " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("error: the skill failed on this request: " + Main.printable(String.valueOf(e)));
            return 1;
        }
        out.println(response.toString(StandardCharsets.UTF_8));
        return 0;
    }

    /** Why these bytes are not a request envelope, in one line of plain words, or null if they look like one. */
    static String envelopeProblem(byte[] input) {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(input)) {
            try {
                root = JSON.readTree(parser);
            } catch (JsonProcessingException e) {
                return notJson(e, input);
            }
            if (root != null) {
                // Just after the value: where anything more than one JSON value starts.
                JsonLocation end = parser.currentLocation();
                boolean more;
                try {
                    more = parser.nextToken() != null;
                } catch (JsonProcessingException e) {
                    more = true; // what follows is not even JSON
                }
                if (more) {
                    // The location is just past the value's last character: the column that character is in is one before.
                    return "the JSON value ends at line " + end.getLineNr() + ", column " + (end.getColumnNr() - 1) + ", but more follows: '" + excerpt(input, end.getByteOffset(), true) + "'";
                }
            }
        } catch (IOException e) {
            return "not valid JSON (" + Main.printable(e.getMessage()) + ")";
        }
        if (root == null) {
            return "empty: there is no JSON in it";
        }
        if (!root.isObject()) {
            return "not a JSON object";
        }
        if (!root.path("request").path("type").isTextual()) {
            return "not a request envelope (no request.type)";
        }
        if (!root.path("context").path("System").path("application").path("applicationId").isTextual()) {
            return "not a request envelope (no context.System.application.applicationId)";
        }
        return null;
    }

    /** What is wrong with input that is not JSON, and where, without the parser's own vocabulary. */
    private static String notJson(JsonProcessingException e, byte[] input) {
        if (e instanceof StreamConstraintsException) {
            return "not a request envelope: beyond the JSON parser's limits (nesting too deep, or a number, string or name too long)";
        }
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "not valid JSON";
        }
        String before = "'" + excerpt(input, at.getByteOffset(), false) + "'";
        if (e instanceof JsonEOFException) {
            return "not valid JSON: it stops at " + place(at) + " with a string, array or object still open, after " + before;
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.contains("UTF-8") || original.contains("UTF-16") || original.contains("UTF-32")) {
            return "not valid JSON: not UTF-8 text (at " + place(at) + ")";
        }
        return "not valid JSON at " + place(at) + ", just after " + before;
    }

    private static String place(JsonLocation at) {
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Up to {@value #EXCERPT_BYTES} bytes of the input that end (or, {@code after}, start) at a byte offset, printable. */
    private static String excerpt(byte[] input, long offset, boolean after) {
        int at = (int) Math.max(0, Math.min(offset, input.length));
        int from = after ? at : Math.max(0, at - EXCERPT_BYTES);
        int to = after ? Math.min(input.length, at + EXCERPT_BYTES) : at;
        String text = new String(input, from, to - from, StandardCharsets.UTF_8);
        return Main.printable(after ? text.stripLeading() : text.strip());
    }
}
