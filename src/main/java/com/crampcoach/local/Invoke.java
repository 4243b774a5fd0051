package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.Logging;
import com.crampcoach.SkillGate;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code invoke [FILE|-]}: one request envelope in, the exact response envelope out, through the same
 * handler class Lambda runs, configured like every local command ({@link Config#local}). Input that is
 * not a request envelope the skill can read exits 2, a request for another skill exits 1: each with one
 * line on stderr.
 */
final class Invoke {

    /** Strict like the gate: one JSON value, nothing after it, within Jackson's limits. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** How much of a parser's message is shown: enough to say what is wrong, on one line. */
    private static final int MESSAGE_CHARS = 300;

    private Invoke() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            err.println("error: invoke takes one file (or - for standard input)");
            return 2;
        }
        String source = args.length == 0 ? "-" : args[0];
        String name = source.equals("-") ? "standard input" : source;
        byte[] input;
        try (InputStream in = source.equals("-") ? System.in : Files.newInputStream(Path.of(source))) {
            input = in.readNBytes(Envelopes.MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read " + Logging.field(name) + ": " + Logging.field(e.getMessage()));
            return 2;
        }
        if (input.length > Envelopes.MAX_BYTES) {
            err.println("error: " + Logging.field(name) + ": over " + Envelopes.MAX_BYTES / 1024
                    + " KiB, too large for a request envelope");
            return 2;
        }
        String problem = envelopeProblem(input);
        if (problem != null) {
            err.println("error: " + Logging.field(name) + ": " + problem);
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
            err.println("error: " + Logging.field(name) + ": " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("error: the skill failed on this request: " + Logging.field(e));
            return 1;
        }
        out.println(response.toString(StandardCharsets.UTF_8));
        return 0;
    }

    /** Why these bytes are not a request envelope, in one line, or null if they look like one. */
    static String envelopeProblem(byte[] input) {
        JsonNode root;
        try {
            root = JSON.readTree(input);
        } catch (JsonProcessingException e) {
            // Over Jackson's limits (nesting, number or string length) there is no location.
            JsonLocation at = e.getLocation();
            return "not valid JSON (" + Logging.field(e.getOriginalMessage(), MESSAGE_CHARS)
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ")";
        } catch (IOException e) {
            return "not valid JSON (" + Logging.field(e.getMessage(), MESSAGE_CHARS) + ")";
        }
        if (root == null || !root.isObject()) {
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
}
