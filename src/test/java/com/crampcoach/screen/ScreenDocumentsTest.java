package com.crampcoach.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the APL documents must do that a renderer cannot show: the rules of issue 13 read off the JSON itself. */
class ScreenDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document(String name) throws IOException {
        try (InputStream in = ScreenDocumentsTest.class.getClassLoader().getResourceAsStream(Screens.FOLDER + name)) {
            return JSON.readTree(in);
        }
    }

    private static void collect(JsonNode node, String field, List<JsonNode> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                if (entry.getKey().equals(field)) {
                    found.add(entry.getValue());
                }
                collect(entry.getValue(), field, found);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, field, found));
        }
    }

    private static List<JsonNode> all(JsonNode node, String field) {
        List<JsonNode> found = new ArrayList<>();
        collect(node, field, found);
        return found;
    }

    @Test
    void the_countdown_reads_elapsed_time_on_each_tick_never_a_count_of_ticks() throws IOException {
        JsonNode step = document("step.json");
        List<JsonNode> handlers = all(step, "handleTick");
        assertEquals(1, handlers.size());
        JsonNode setNow = handlers.get(0).path(0).path("commands").path(0);
        assertEquals("SetValue", setNow.path("type").asText());
        assertEquals("now", setNow.path("property").asText());
        assertEquals("${elapsedTime}", setNow.path("value").asText());
        assertEquals("${elapsedTime}", step.path("onMount").path(0).path("value").asText(), "the start is a time too");
    }

    @Test
    void the_screen_stays_on_for_the_words_before_the_hold_and_every_hold() throws IOException {
        JsonNode lock = document("step.json").path("onMount").path(1);
        assertTrue(lock.path("screenLock").asBoolean());
        assertEquals("${screen.leadMs + screen.holds * screen.holdMs + (screen.holds - 1) * screen.gapMs}",
                lock.path("delay").asText());
    }

    @Test
    void the_buttons_send_next_repeat_and_pause_as_user_events() throws IOException {
        JsonNode step = document("step.json");
        List<String> sent = new ArrayList<>();
        all(step, "argument").forEach(argument -> sent.add(argument.asText()));
        assertEquals(java.util.Arrays.stream(Button.values()).map(Button::argument).toList(), sent,
                "the words Button.pressed knows");
        JsonNode onPress = step.path("layouts").path("StepButton").path("item").path("onPress").path(0);
        assertEquals("SendEvent", onPress.path("type").asText());
        // The word, then the step the screen shows, so that a touch on a screen that outlived its session still means it.
        assertEquals("[\"${argument}\",\"${screen.routine}\",\"${screen.step}\"]", onPress.path("arguments").toString());
    }

    @Test
    void no_document_holds_a_word_of_its_own_every_text_comes_from_the_datasource() throws IOException {
        Pattern boundOnly = Pattern.compile("(\\$\\{[^}]*}|[\\s:])*");
        for (String name : List.of("step.json", "relief.json")) {
            for (JsonNode text : all(document(name), "text")) {
                String outside = text.asText().replaceAll("'[^']*'", "");
                assertTrue(boundOnly.matcher(outside).matches(), name + ": a text that is not bound: " + text);
            }
        }
    }

    @Test
    void the_documents_import_nothing_so_nothing_is_fetched_and_no_image_needs_hosting() throws IOException {
        for (String name : List.of("step.json", "relief.json")) {
            JsonNode document = document(name);
            assertTrue(document.path("import").isMissingNode(), name);
            assertTrue(all(document, "source").stream().allMatch(source -> source.asText().equals("stretch")), name);
        }
    }
}
