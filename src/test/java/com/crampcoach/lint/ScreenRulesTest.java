package com.crampcoach.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crampcoach.content.Content;
import com.crampcoach.content.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreenRulesTest {

    private static final Path SCREENS = Path.of("src/main/resources/content/screens");
    private static final Content CONTENT = Content.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> files() throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String name : List.of("step.json", "relief.json", "drawings.json")) {
            files.put(name, Files.readString(SCREENS.resolve(name)));
        }
        return files;
    }

    private static List<Problem> check(Map<String, String> files) {
        List<Problem> problems = new ArrayList<>();
        ScreenRules.check(files, CONTENT, problems::add);
        return problems;
    }

    @Test
    void the_screens_as_shipped_have_no_problem() throws IOException {
        assertEquals(List.of(), check(files()));
    }

    @Test
    void the_build_lints_the_screens_too() throws IOException {
        Path content = Path.of("src/main/resources/content");
        assertTrue(Files.isDirectory(content.resolve("screens")), "the source folder must have its screens");
        Linter.Report report = Linter.lint(content, Path.of("interactionModels/custom"));
        assertTrue(report.ok(), report.problems().toString());
        assertTrue(Linter.lintClassPath().ok(), Linter.lintClassPath().problems().toString());
    }

    @Test
    void a_document_that_is_not_valid_JSON_is_a_problem_with_its_line() throws IOException {
        Map<String, String> files = files();
        files.put("relief.json", files.get("relief.json").replaceFirst("\"theme\": \"dark\",", "\"theme\": \"dark\""));
        List<Problem> problems = check(files);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("content/screens/relief.json", problems.get(0).file());
        assertEquals(6, problems.get(0).line(), problems.get(0).message());
        assertTrue(problems.get(0).message().startsWith("Unexpected character"), problems.get(0).message());
    }

    @Test
    void a_routine_step_without_a_drawing_is_a_problem_at_the_step_in_every_locale() throws IOException {
        Map<String, String> files = files();
        ObjectNode drawings = (ObjectNode) JSON.readTree(files.get("drawings.json"));
        ((ArrayNode) drawings.path("routines").path("calf")).remove(2);
        files.put("drawings.json", drawings.toString());
        List<Problem> problems = check(files);
        assertEquals(CONTENT.locales().size(), problems.size(), problems.toString());
        Problem enUs = problems.stream().filter(problem -> problem.message().startsWith("en-US")).findFirst().orElseThrow();
        assertTrue(enUs.file().endsWith("content/en-US/routine-calf.xml"), enUs.file());
        assertEquals(26, enUs.line());
        assertTrue(enUs.message().contains("step 3 (the wall stretch) has no drawing"), enUs.message());
    }

    @Test
    void a_drawing_named_but_not_drawn_is_a_problem() throws IOException {
        Map<String, String> files = files();
        files.put("drawings.json", files.get("drawings.json").replace("\"relief.back\": \"knee-hug\"",
                "\"relief.back\": \"knee-hugs\""));
        List<Problem> problems = check(files);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("relief.back names drawing \"knee-hugs\", which \"drawings\" does not have",
                problems.get(0).message());
    }

    @Test
    void a_drawing_for_an_answer_that_does_not_exist_is_a_problem() throws IOException {
        Map<String, String> files = files();
        files.put("drawings.json", files.get("drawings.json").replace("\"relief.neck\":", "\"relief.nek\":"));
        assertEquals("a drawing for relief.nek, but en-US has no such answer", check(files).get(0).message());
    }

    @Test
    void a_drawing_that_is_not_an_object_is_a_problem_not_a_crash() throws IOException {
        Map<String, String> files = files();
        ObjectNode drawings = (ObjectNode) JSON.readTree(files.get("drawings.json"));
        ((ObjectNode) drawings.path("drawings")).put("knee-hug", "a knee hug");
        files.put("drawings.json", drawings.toString());
        List<Problem> problems = check(files);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("content/screens/drawings.json", problems.get(0).file());
        assertEquals("drawing \"knee-hug\" must be an object", problems.get(0).message());
    }
}
