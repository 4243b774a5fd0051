package com.crampcoach.local;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import com.crampcoach.screen.RoutineStep;
import com.crampcoach.screen.Screens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the RenderDocument directives the skill sends for every routine step and every relief answer with a drawing
 * (en-US), one JSON file each, for tools/screens/check.sh to validate and render. Beside each directive, under
 * {@code expect}, it writes what must be seen: the texts, and for a step its hold, so the renderer's countdown can be
 * checked against the content rather than against the document's own arithmetic.
 *
 * <pre>java -cp target/cramp-coach.jar com.crampcoach.local.ScreenSamples OUT_DIR</pre>
 */
public final class ScreenSamples {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int HOLD_SECONDS = 30; // the default hold; the step's own length is in the content

    private ScreenSamples() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ScreenSamples OUT_DIR");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Catalog catalog = Content.load().forLocale(Content.DEFAULT_LOCALE);
        Screens screens = Screens.load();
        int written = 0;
        for (Routine routine : catalog.routines()) {
            for (int i = 0; i < routine.steps().size(); i++) {
                RoutineStep step = RoutineStep.of(routine, i, HOLD_SECONDS,
                        catalog.phrase("routine.other-side", Map.of()));
                ObjectNode directive = JSON.valueToTree(screens.routineStep(catalog, step));
                ObjectNode screen = (ObjectNode) directive.path("datasources").path("screen");
                ObjectNode expect = directive.putObject("expect");
                expect.putPOJO("texts", List.of(screen.path("name").asText(), screen.path("position").asText()));
                expect.put("holdMs", step.holdSeconds() * 1000L);
                expect.put("leadMs", step.millisBeforeHold());
                expect.putPOJO("buttons", List.of(
                        Map.of("label", screen.path("buttons").path("next").asText(), "argument", "next"),
                        Map.of("label", screen.path("buttons").path("repeat").asText(), "argument", "repeat"),
                        Map.of("label", screen.path("buttons").path("pause").asText(), "argument", "pause")));
                JSON.writeValue(out.resolve("step-" + routine.id() + "-" + (i + 1) + ".json").toFile(), directive);
                written++;
            }
        }
        for (String key : screens.drawings().relief().keySet().stream().sorted().toList()) {
            Reply reply = catalog.reply(key);
            ObjectNode directive = JSON.valueToTree(screens.relief(key, reply.cardTitle(), reply.cardText()));
            String firstLine = directive.path("datasources").path("screen").path("lines").path(0).asText();
            directive.putObject("expect").putPOJO("texts", List.of(reply.cardTitle().strip(), firstLine));
            JSON.writeValue(out.resolve(key.replace('.', '-') + ".json").toFile(), directive);
            written++;
        }
        System.out.println("screens: " + written + " directives written to " + out);
    }
}
