package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.HoldRenderer;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import com.crampcoach.memory.Memory;
import com.crampcoach.screen.Screens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the RenderDocument directives the skill sends for every routine step and every relief answer with a drawing
 * (en-US), one JSON file each, for tools/screens/check.sh to validate and render. They come from the real handler,
 * asked as a device with a screen would ask, so what is checked is what is sent. Beside each directive, under
 * {@code expect}, it writes what must be seen: the texts, and for a step its hold as the content gives it, so the
 * renderer's countdown is checked against the content rather than against the document's own arithmetic.
 *
 * <pre>java -cp target/cramp-coach.jar com.crampcoach.local.ScreenSamples OUT_DIR</pre>
 */
public final class ScreenSamples {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScreenSamples() {
    }

    public static void main(String[] args) throws IOException {
        com.crampcoach.log.Logging.configure("warn");
        if (args.length != 1) {
            System.err.println("usage: ScreenSamples OUT_DIR");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Catalog catalog = Content.load().forLocale(Content.DEFAULT_LOCALE);
        Screen device = new Screen();
        int written = 0;
        for (Routine routine : catalog.routines()) {
            device.envelopes.startSession();
            JsonNode response = device.say("start the " + routine.id() + " routine");
            for (int i = 0; i < routine.steps().size(); i++) {
                if (i > 0) {
                    response = device.send(device.envelopes.intent("AMAZON.NextIntent"));
                }
                ObjectNode directive = directive(response, routine.id() + " step " + (i + 1));
                JsonNode screen = directive.path("datasources").path("screen");
                ObjectNode expect = directive.putObject("expect");
                expect.putPOJO("texts", List.of(screen.path("name").asText(), screen.path("position").asText()));
                expect.put("holdMs", routine.steps().get(i).holdSeconds() * 1000L);
                // From the content, not from the directive: the intro (first step) and the instruction.
                long lead = HoldRenderer.estimateMillis(catalog.render(routine.steps().get(i).instruction(), Map.of()));
                if (i == 0 && routine.intro() != null) {
                    lead += HoldRenderer.estimateMillis(catalog.render(routine.intro(), Map.of()));
                }
                expect.put("leadMs", lead);
                expect.put("routine", routine.id());
                expect.put("step", i);
                expect.putPOJO("buttons", List.of(
                        Map.of("label", screen.path("buttons").path("next").asText(), "argument", "next"),
                        Map.of("label", screen.path("buttons").path("repeat").asText(), "argument", "repeat"),
                        Map.of("label", screen.path("buttons").path("pause").asText(), "argument", "pause")));
                JSON.writeValue(out.resolve("step-" + routine.id() + "-" + (i + 1) + ".json").toFile(), directive);
                written++;
            }
        }
        for (String key : Screens.load().drawings().relief().keySet().stream().sorted().toList()) {
            device.envelopes.startSession();
            String part = key.substring("relief.".length());
            ObjectNode directive = directive(device.say(part.equals("night") ? "cramps at night" : "cramp in my " + part), key);
            Reply reply = catalog.reply(key);
            String firstLine = directive.path("datasources").path("screen").path("lines").path(0).asText();
            directive.putObject("expect").putPOJO("texts", List.of(reply.cardTitle().strip(), firstLine));
            JSON.writeValue(out.resolve(key.replace('.', '-') + ".json").toFile(), directive);
            written++;
        }
        System.out.println("screens: " + written + " directives written to " + out);
    }

    private static ObjectNode directive(JsonNode response, String what) {
        JsonNode directive = response.at("/response/directives/0");
        if (!(directive instanceof ObjectNode sent) || !"Alexa.Presentation.APL.RenderDocument".equals(directive.path("type").asText())) {
            throw new IllegalStateException("no screen for " + what + ": " + response);
        }
        return sent;
    }

    /** A device with a screen talking to the real handler, one session at a time. */
    private static final class Screen {
        private final Envelopes envelopes = new Envelopes(Config.DEVELOPMENT_SKILL_ID, Content.DEFAULT_LOCALE);
        private final UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.forLocale(Content.DEFAULT_LOCALE));
        private final CrampCoachHandler handler = new CrampCoachHandler(Config.development(), Memory.none());

        JsonNode say(String words) throws IOException {
            return send(envelopes.intent(matcher.match(words)));
        }

        JsonNode send(ObjectNode request) throws IOException {
            ((ObjectNode) request.at("/context/System/device/supportedInterfaces"))
                    .putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2024.2");
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), answer, null);
            JsonNode response = JSON.readTree(answer.toByteArray());
            envelopes.continueSession(response);
            return response;
        }
    }
}
