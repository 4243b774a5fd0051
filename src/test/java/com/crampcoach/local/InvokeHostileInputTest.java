package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invoke} against a corpus of hostile inputs made from a real envelope: truncations, trailing junk,
 * type confusions, nesting and numbers beyond the parser's limits, wrong versions, missing fields, too much
 * input. Every one exits 2 with exactly one line on stderr and nothing on stdout: never a stack trace, never
 * exit 1 (which means "for another skill").
 */
class InvokeHostileInputTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode envelope() throws Exception {
        return (ObjectNode) SkillHarness.JSON.readTree(Path.of("events/calf-cramp.json").toFile());
    }

    private static byte[] with(Consumer<ObjectNode> change) throws Exception {
        ObjectNode envelope = envelope();
        change.accept(envelope);
        return SkillHarness.JSON.writeValueAsBytes(envelope);
    }

    private static ObjectNode at(ObjectNode envelope, String pointer) {
        return (ObjectNode) envelope.at(pointer);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** The hostile inputs, by name: each must be refused as malformed. */
    private static Map<String, byte[]> corpus() throws Exception {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        byte[] real = SkillHarness.JSON.writeValueAsBytes(envelope());
        String text = new String(real, StandardCharsets.UTF_8);

        for (int cut = 0; cut < real.length; cut += Math.max(1, real.length / 60)) {
            corpus.put("truncated at byte " + cut, java.util.Arrays.copyOf(real, cut));
        }
        corpus.put("truncated by one byte", java.util.Arrays.copyOf(real, real.length - 1));

        for (String junk : List.of(" x", "}", "]", ",", " {}", " null", "\u0000", text, " // comment")) {
            corpus.put("junk after the envelope: " + junk.substring(0, Math.min(junk.length(), 12)), bytes(text + junk));
        }

        for (String value : List.of("[]", "null", "42", "\"envelope\"", "true", "", " ", "{}")) {
            corpus.put("not an envelope: " + value, bytes(value));
        }
        corpus.put("not UTF-8", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', (byte) 0xC3, '}'});

        Map<String, JsonNode> confusions = new LinkedHashMap<>();
        confusions.put("number", NODES.numberNode(7));
        confusions.put("string", NODES.textNode("x"));
        confusions.put("array", NODES.arrayNode().add(1));
        confusions.put("boolean", NODES.booleanNode(true));
        for (String pointer : List.of("/request", "/request/intent", "/request/intent/slots", "/session",
                "/session/attributes", "/context", "/context/System", "/context/System/device", "/context/System/user")) {
            int slash = pointer.lastIndexOf('/');
            String parent = pointer.substring(0, slash);
            String field = pointer.substring(slash + 1);
            confusions.forEach((kind, value) -> {
                if (!(kind.equals("string") && pointer.equals("/request/intent/slots"))) {
                    try {
                        corpus.put("type confusion: " + pointer + " is a " + kind,
                                with(e -> at(e, parent.isEmpty() ? "" : parent).set(field, value)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        corpus.put("type confusion: request.type is an object", with(e -> at(e, "/request").putObject("type")));
        corpus.put("type confusion: applicationId is a number", with(e -> at(e, "/context/System/application").put("applicationId", 7)));
        corpus.put("type confusion: session applicationId is an array",
                with(e -> at(e, "/session/application").putArray("applicationId").add("x")));

        corpus.put("nesting beyond the parser's limit", bytes(text.substring(0, text.length() - 1) + ",\"x\":" + nested(1500) + "}"));
        corpus.put("nesting only", bytes(nested(100_000)));
        corpus.put("a number of 2000 digits", bytes(text.substring(0, text.length() - 1) + ",\"x\":1" + "0".repeat(2000) + "}"));
        corpus.put("a field name of 60000 characters",
                bytes(text.substring(0, text.length() - 1) + ",\"" + "n".repeat(60_000) + "\":1}"));
        corpus.put("over the input cap", bytes(text.substring(0, text.length() - 1) + ",\"x\":\"" + "a".repeat(Envelopes.MAX_BYTES) + "\"}"));

        for (String version : List.of("2.0", "", "one", "1.0.0.0.0")) {
            corpus.put("wrong version: " + version, with(e -> e.put("version", version)));
        }
        corpus.put("wrong version: a number", with(e -> e.put("version", 1.0)));
        corpus.put("no version", with(e -> e.remove("version")));

        corpus.put("missing request", with(e -> e.remove("request")));
        corpus.put("missing request.type", with(e -> at(e, "/request").remove("type")));
        corpus.put("missing context", with(e -> e.remove("context")));
        corpus.put("missing applicationId", with(e -> at(e, "/context/System/application").remove("applicationId")));
        return corpus;
    }

    @Test
    void every_hostile_input_exits_2_with_one_line_on_stderr_and_nothing_on_stdout() throws Exception {
        Map<String, byte[]> corpus = corpus();
        List<String> wrong = new ArrayList<>();
        PrintStream realErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        int i = 0;
        try {
            // Anything written to the process's stderr (a log line with a stack trace, say) is caught here too.
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> input : corpus.entrySet()) {
                Path file = dir.resolve("hostile-" + i++ + ".json");
                Files.write(file, input.getValue());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();

                int status;
                try {
                    status = Main.run(new String[] {"invoke", file.toString()},
                            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    wrong.add(input.getKey() + " -> threw " + e);
                    continue;
                }

                String said = err.toString(StandardCharsets.UTF_8);
                // Plain words: never the parser's own vocabulary (its classes, options or token names).
                if (said.matches("(?s).*(jackson|Jackson|Deserialization|JsonNode|START_|END_|VALUE_|\\(code ).*")) {
                    wrong.add(input.getKey() + " -> the parser's words: " + said);
                }
                if (status != 2 || out.size() != 0 || !said.startsWith("error: " + file + ": ")
                        || said.lines().count() != 1 || !said.endsWith(System.lineSeparator())) {
                    wrong.add(input.getKey() + " -> exit " + status + ", stderr " + said.substring(0, Math.min(300, said.length())));
                }
            }
        } finally {
            System.setErr(realErr);
        }

        assertThat(wrong).as("inputs not refused with exit 2 and one line").isEmpty();
        assertThat(logs.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(corpus).hasSizeGreaterThan(100);
    }

    @Test
    void on_lambda_the_gate_refuses_the_same_inputs_as_malformed_not_as_for_another_skill() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, byte[]> input : corpus().entrySet()) {
            if (input.getKey().equals("over the input cap")) {
                continue; // Lambda caps payloads itself, and Alexa's are small: only the local commands need a cap
            }
            try {
                SkillHarness.send(input.getValue());
                wrong.add(input.getKey() + " -> answered");
            } catch (com.crampcoach.SkillGate.Rejected e) {
                if (e.forAnotherSkill()) {
                    wrong.add(input.getKey() + " -> refused as for another skill");
                }
            } catch (RuntimeException e) {
                wrong.add(input.getKey() + " -> threw " + e);
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void the_real_command_prints_one_line_and_exits_2_for_input_beyond_the_parsers_limits() throws Exception {
        String text = new String(SkillHarness.JSON.writeValueAsBytes(envelope()), StandardCharsets.UTF_8);
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        kinds.put("deep", bytes(text.substring(0, text.length() - 1) + ",\"x\":" + nested(1500) + "}"));
        kinds.put("long number", bytes(text.substring(0, text.length() - 1) + ",\"x\":1" + "0".repeat(2000) + "}"));
        kinds.put("trailing junk", bytes(text + text));
        kinds.put("unreadable by the SDK", with(e -> at(e, "/request").put("intent", "CalfCrampIntent")));
        kinds.put("too large", new byte[Envelopes.MAX_BYTES + 1]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (Map.Entry<String, byte[]> kind : kinds.entrySet()) {
            Path file = dir.resolve(kind.getKey().replace(' ', '-') + ".json");
            Files.write(file, kind.getValue());
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "invoke", "-").redirectInput(file.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(kind.getKey() + ": " + err).isEqualTo(2);
            assertThat(err).as(kind.getKey()).startsWith("error: standard input: ").hasLineCount(1);
            assertThat(out).as(kind.getKey()).isEmpty();
        }
    }
}
