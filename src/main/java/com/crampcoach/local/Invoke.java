package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code invoke [FILE|-]}: one request envelope in, the exact response envelope out, through the same
 * handler class Lambda runs. The skill ID is {@code SKILL_ID} if set, else the development ID.
 */
final class Invoke {

    private Invoke() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            err.println("error: invoke takes one file (or - for standard input)");
            return 2;
        }
        String source = args.length == 0 ? "-" : args[0];
        byte[] input;
        try {
            input = source.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read " + (source.equals("-") ? "standard input" : source) + ": " + e.getMessage());
            return 2;
        }
        String problem = envelopeProblem(input);
        if (problem != null) {
            err.println("error: " + (source.equals("-") ? "standard input" : source) + ": " + problem);
            return 2;
        }
        String skillId = System.getenv("SKILL_ID");
        Config local = Config.local(System.getenv());
        Config config = skillId == null || skillId.isBlank() ? local : new Config(skillId, local.tableName(), local.env());
        try {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            new CrampCoachHandler(config).handleRequest(new ByteArrayInputStream(input), response, null);
            out.println(response.toString(java.nio.charset.StandardCharsets.UTF_8));
            return 0;
        } catch (Exception e) {
            err.println("error: the skill refused the request: " + oneLine(e));
            return 1;
        }
    }

    /** Why these bytes are not a request envelope, or null if they look like one. */
    static String envelopeProblem(byte[] input) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(input);
        } catch (JsonProcessingException e) {
            return "not valid JSON (" + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ")";
        } catch (IOException e) {
            return "not valid JSON (" + e.getMessage() + ")";
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

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
