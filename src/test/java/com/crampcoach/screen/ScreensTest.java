package com.crampcoach.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.ContentException;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreensTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Content CONTENT = Content.load();
    private static final Catalog EN_US = CONTENT.forLocale("en-US");
    private static final Screens SCREENS = Screens.load();

    /** The launch event of events/ (a device with no screen), with {@code interfaces} as its supported interfaces. */
    private static RequestEnvelope envelope(String interfaces) throws IOException {
        JsonNode launch = JSON.readTree(Files.readString(Path.of("events/launch.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) launch.path("context").path("System").path("device"))
                .set("supportedInterfaces", JSON.readTree(interfaces));
        return new JacksonSerializer().deserialize(launch.toString(), RequestEnvelope.class);
    }

    private static JsonNode json(Object directive) {
        return JSON.valueToTree(directive);
    }

    private static Routine routine(String id) {
        return EN_US.routine(id).orElseThrow();
    }

    @Test
    void a_device_that_declares_APL_gets_screens() throws IOException {
        assertTrue(Screens.supported(envelope("{\"Alexa.Presentation.APL\": {\"runtime\": {\"maxVersion\": \"2024.2\"}}}")));
    }

    @Test
    void a_device_without_APL_gets_nothing_even_with_other_interfaces() throws IOException {
        assertFalse(Screens.supported(envelope("{}")));
        assertFalse(Screens.supported(envelope("{\"AudioPlayer\": {}, \"Display\": {}}")));
        assertFalse(Screens.supported(envelope("{\"Alexa.Presentation.APLT\": {}}")));
        assertFalse(Screens.supported(null));
        assertFalse(Screens.supported(RequestEnvelope.builder().build()));
    }

    @Test
    void a_routine_step_is_a_RenderDocument_with_its_drawing_name_place_and_hold() {
        RoutineStep step = RoutineStep.of(routine("calf"), 0, 45, EN_US);
        JsonNode directive = json(SCREENS.routineStep(EN_US, step));

        assertEquals("Alexa.Presentation.APL.RenderDocument", directive.path("type").asText());
        assertEquals(Screens.STEP_TOKEN, directive.path("token").asText());
        assertEquals("APL", directive.path("document").path("type").asText());
        assertEquals("Seated, one leg straight, a towel looped round the ball of the foot, toes drawn toward the shin",
                directive.path("document").path("graphics").path("stretch").path("description").asText());
        JsonNode screen = directive.path("datasources").path("screen");
        assertEquals("The towel stretch", screen.path("name").asText());
        assertEquals("Calf routine", screen.path("title").asText());
        assertEquals("1 of 3", screen.path("position").asText());
        assertEquals(45_000, screen.path("holdMs").asLong(), "the user's hold, not the content's 30 s");
        assertEquals(1, screen.path("holds").asInt());
        assertTrue(screen.path("leadMs").asLong() > 2_000, "the instruction is spoken before the hold");
        assertTrue(screen.path("drawing").asBoolean());
        assertEquals("Next", screen.path("buttons").path("next").asText());
        assertEquals("Repeat", screen.path("buttons").path("repeat").asText());
        assertEquals("Pause", screen.path("buttons").path("pause").asText());
    }

    @Test
    void a_step_done_on_each_side_counts_two_holds_with_the_other_side_words_between() {
        Routine bedtime = routine("bedtime");
        RoutineStep step = RoutineStep.of(bedtime, 1, 30, EN_US);
        assertEquals(2, step.holds());
        assertEquals("the hamstring stretch", step.stepName());
        assertTrue(step.millisBetweenHolds() > 1_000, "the other side's instruction takes time to say");
        JsonNode screen = json(SCREENS.routineStep(EN_US, step)).path("datasources").path("screen");
        assertEquals("2 of 3", screen.path("position").asText());
        assertEquals(2, screen.path("holds").asInt());
        assertEquals(step.millisBetweenHolds(), screen.path("gapMs").asLong());
    }

    @Test
    void repetitions_are_holds_too_with_the_rest_and_the_words_between_them() {
        RoutineStep step = RoutineStep.of(routine("back"), 0, 20, EN_US);
        assertEquals(2, step.holds());
        // "And relax." (2 words), the 5 s rest, "And once more." (3 words), at the hold renderer's 0.4 s a word
        assertEquals(800 + 5_000 + 1_200, step.millisBetweenHolds());
    }

    @Test
    void each_step_gets_its_own_drawing() {
        Routine calf = routine("calf");
        String first = json(SCREENS.routineStep(EN_US, RoutineStep.of(calf, 0, 30, EN_US)))
                .path("document").path("graphics").toString();
        String last = json(SCREENS.routineStep(EN_US, RoutineStep.of(calf, 2, 30, EN_US)))
                .path("document").path("graphics").toString();
        assertFalse(first.equals(last));
        assertTrue(last.contains("Facing a wall"));
    }

    @Test
    void a_relief_answer_shows_its_card_a_line_to_a_line() {
        Reply calf = EN_US.reply("relief.calf");
        JsonNode directive = json(SCREENS.relief("relief.calf", calf.cardTitle(), calf.cardText()));
        assertEquals(Screens.RELIEF_TOKEN, directive.path("token").asText());
        JsonNode screen = directive.path("datasources").path("screen");
        assertEquals(calf.cardTitle(), screen.path("title").asText());
        assertEquals("1. Stretch the calf, whichever way you can:", screen.path("lines").path(0).asText());
        assertEquals(calf.cardText().strip().split("\n").length, screen.path("lines").size());
        assertTrue(screen.path("drawing").asBoolean());
    }

    @Test
    void a_relief_answer_without_a_drawing_sends_no_graphics_even_after_one_with() {
        SCREENS.relief("relief.calf", "Calf cramp", "1. Stretch.");
        JsonNode directive = json(SCREENS.relief("relief.general", "A cramp", "1. Stretch it gently."));
        assertTrue(directive.path("document").path("graphics").isMissingNode(), directive.path("document").toString());
        assertFalse(directive.path("datasources").path("screen").path("drawing").asBoolean());
    }

    @Test
    void the_words_come_from_the_requests_locale() {
        Catalog other = new Catalog("en-GB", Map.of(), Map.of(), Map.of("screen.position", "step {step} of {total}",
                "screen.next", "On", "screen.repeat", "Again", "screen.pause", "Wait"), java.util.List.of(), null);
        JsonNode screen = json(SCREENS.routineStep(other, RoutineStep.of(routine("desk"), 2, 30, EN_US)))
                .path("datasources").path("screen");
        assertEquals("step 3 of 3", screen.path("position").asText());
        assertEquals("On", screen.path("buttons").path("next").asText());
    }

    @Test
    void a_step_that_is_not_in_its_routine_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new RoutineStep("calf", "Calf routine", 3, 3, "x", 30, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RoutineStep("calf", "Calf routine", 0, 3, "x", 0, 1, 0, 0));
    }

    @Test
    void a_document_that_is_not_valid_JSON_fails_at_load_naming_file_and_line() {
        Map<String, String> files = Map.of("step.json", "{\"type\": \"APL\",\n \"mainTemplate\": {}\n,}",
                "relief.json", "{}", "drawings.json", "{}");
        ContentException failure = assertThrows(ContentException.class, () -> Screens.read(name ->
                files.containsKey(name) ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null));
        assertTrue(failure.getMessage().startsWith("content/screens/step.json: not valid JSON, line 3"),
                failure.getMessage());
    }

    @Test
    void a_missing_document_fails_at_load() {
        ContentException failure = assertThrows(ContentException.class, () -> Screens.read(name -> null));
        assertEquals("content/screens/step.json: missing", failure.getMessage());
    }

    /** Alexa caps a whole response (120 KB; older documentation says 24 KB): a screen must leave room for the words. */
    @Test
    void every_screen_stays_far_below_the_response_limit() throws IOException {
        int largest = 0;
        for (Routine routine : EN_US.routines()) {
            for (int i = 0; i < routine.steps().size(); i++) {
                largest = Math.max(largest, JSON.writeValueAsBytes(
                        SCREENS.routineStep(EN_US, RoutineStep.of(routine, i, 45, EN_US))).length);
            }
        }
        for (String key : SCREENS.drawings().relief().keySet()) {
            Reply reply = EN_US.reply(key);
            largest = Math.max(largest, JSON.writeValueAsBytes(
                    SCREENS.relief(key, reply.cardTitle(), reply.cardText())).length);
        }
        assertTrue(largest > 1_000 && largest < 12_000, "largest directive: " + largest + " bytes");
    }
}
