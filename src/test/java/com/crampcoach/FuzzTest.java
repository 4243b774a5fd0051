package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.crampcoach.content.SsmlRules;
import com.crampcoach.local.Envelopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of request envelopes, generated from real ones and mutated, through the real handler.
 * Each must come back as a response Alexa accepts, or be refused cleanly by the gate: never another
 * exception. Seeded, so a failure can be replayed: set -Dfuzz.seed=N (and -Dfuzz.count=N).
 */
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final int COUNT = Integer.getInteger("fuzz.count", 10_000);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD = {"", " ", "\u0000", "\uD83D\uDE2B ow", "\u202Eevil", "ca\u0301lf", "<speak>&",
        "'; DROP TABLE", "null", "ä\u00A0ö", "\uFFFF", "%s%n", "{{name}}", "relief.calf", "routine:calf", "../../etc/passwd"};

    @Test
    void mutated_requests_are_answered_within_alexas_limits_or_cleanly_refused() throws Exception {
        Random random = new Random(SEED);
        List<JsonNode> seeds = seeds();
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < COUNT; i++) {
            JsonNode request = seeds.get(random.nextInt(seeds.size())).deepCopy();
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                request = mutate(request, random);
            }
            byte[] body = random.nextInt(50) == 0
                    ? truncate(SkillHarness.JSON.writeValueAsBytes(request), random)
                    : SkillHarness.JSON.writeValueAsBytes(request);
            JsonNode response;
            try {
                response = SkillHarness.send(body);
            } catch (SkillGate.Rejected e) {
                refused++;
                continue;
            } catch (RuntimeException e) {
                String shown = new String(body, StandardCharsets.UTF_8);
                fail("seed " + SEED + ", request " + i + " threw " + e + " for "
                        + shown.substring(0, Math.min(shown.length(), 2000)), e);
                return;
            }
            assertValid(response, "seed " + SEED + ", request " + i);
            answered++;
        }
        System.out.printf("fuzz: seed %d, %d requests: %d answered, %d refused%n", SEED, COUNT, answered, refused);
        assertThat(answered + refused).isEqualTo(COUNT);
        assertThat(answered).as("most mutations still reach the skill").isGreaterThan(COUNT / 4);
    }

    private static void assertValid(JsonNode envelope, String what) {
        assertThat(envelope.path("version").asText()).as(what).isEqualTo("1.0");
        JsonNode response = envelope.path("response");
        for (String path : List.of("/outputSpeech/ssml", "/reprompt/outputSpeech/ssml")) {
            JsonNode ssml = response.at(path);
            if (!ssml.isMissingNode()) {
                assertThat(SsmlRules.problems(ssml.asText())).as(what + " " + path).isEmpty();
            }
        }
        assertThat(response.at("/card/content").asText("")).as(what).hasSizeLessThanOrEqualTo(8000)
                .doesNotContain("Exception").doesNotContain("at com.");
        assertThat(response.at("/outputSpeech/ssml").asText("")).as(what).doesNotContain("Exception");
        // A request the gate lets through is one the handlers must answer: the apology means one of them threw.
        for (String apology : APOLOGIES) {
            assertThat(response.at("/outputSpeech/ssml").asText("")).as(what + ": the error apology").doesNotContain(apology);
        }
    }

    /** The catch-all's apology in every locale: a handler that threw, which a mutated request must never cause. */
    private static final List<String> APOLOGIES = Content.load().locales().stream()
            .map(locale -> Content.load().forLocale(locale).reply(Key.ERROR).speech()).distinct().toList();

    /** Real envelopes: the shipped events and one of each kind the local chat builds. */
    private static List<JsonNode> seeds() throws Exception {
        List<JsonNode> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("events"))) {
            for (Path file : files.sorted().toList()) {
                if (!file.getFileName().toString().equals("other-skill.json")) {
                    seeds.add(SkillHarness.JSON.readTree(file.toFile()));
                }
            }
        }
        Envelopes envelopes = new Envelopes(Config.DEVELOPMENT_SKILL_ID, "en-GB");
        for (String intent : List.of("AMAZON.NextIntent", "AMAZON.YesIntent", "StartRoutineIntent", "AMAZON.RepeatIntent")) {
            ObjectNode request = envelopes.intent(intent);
            ((ObjectNode) request.at("/session/attributes")).set("routine",
                    SkillHarness.JSON.valueToTree(Map.of("v", 1, "id", "bedtime", "step", 1, "play", false)));
            ((ObjectNode) request.at("/session/attributes")).set("coach",
                    SkillHarness.JSON.valueToTree(Map.of("v", 1, "last", "relief.calf", "offer", "routine:calf")));
            seeds.add(request);
        }
        return seeds;
    }

    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(8)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, oddValue(random));
                case 2 -> object.put(name, "x".repeat(random.nextInt(200_000)));
                case 3 -> object.set(name, deep(random.nextInt(300)));
                case 4 -> object.put(name, ODD[random.nextInt(ODD.length)]);
                case 5 -> object.set(name + ODD[random.nextInt(ODD.length)], oddValue(random));
                case 6 -> object.put("version", random.nextBoolean() ? "2.0" : "");
                default -> object.set(name, NODES.nullNode());
            }
        } else if (target instanceof ArrayNode array) {
            array.add(oddValue(random));
        }
        return root;
    }

    private static JsonNode oddValue(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.arrayNode().add(ODD[random.nextInt(ODD.length)]);
            case 3 -> NODES.objectNode().put("v", random.nextInt(3)).put("step", random.nextInt(10) - 3);
            case 4 -> NODES.numberNode(random.nextDouble() * 1e308);
            case 5 -> NODES.nullNode();
            default -> NODES.textNode(ODD[random.nextInt(ODD.length)]);
        };
    }

    private static JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = NODES.objectNode().set("n", node);
        }
        return node;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    private static byte[] truncate(byte[] body, Random random) {
        return java.util.Arrays.copyOf(body, random.nextInt(Math.max(1, body.length)));
    }
}
