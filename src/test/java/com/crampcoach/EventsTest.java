package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crampcoach.content.Key;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request envelopes in {@code events/} (for {@code sam local invoke -e} and the README) stay true: each one,
 * sent through the real handler, reaches the answer its name says. A new event needs an expectation here.
 */
class EventsTest {

    private static final Map<String, Reaches> EVENTS = Map.ofEntries(
            Map.entry("launch.json", Reaches.key(Key.LAUNCH)),
            Map.entry("calf-cramp.json", Reaches.key(Key.RELIEF_CALF)),
            Map.entry("back-spasm.json", Reaches.key(Key.RELIEF_BACK)),
            Map.entry("night-cramps.json", Reaches.key(Key.RELIEF_NIGHT)),
            Map.entry("cramp-hamstring.json", Reaches.key(Key.RELIEF_HAMSTRING)),
            Map.entry("cramp-unknown-body-part.json", Reaches.key(Key.RELIEF_GENERAL)),
            Map.entry("causes.json", Reaches.key(Key.CAUSES)),
            Map.entry("heat-or-ice.json", Reaches.key(Key.HEAT_OR_ICE)),
            Map.entry("prevention.json", Reaches.key(Key.PREVENTION)),
            Map.entry("see-doctor.json", Reaches.key(Key.DOCTOR)),
            Map.entry("emergency.json", Reaches.key(Key.EMERGENCY)),
            Map.entry("fallback.json", Reaches.key(Key.FALLBACK)),
            Map.entry("help.json", Reaches.key(Key.HELP)),
            Map.entry("stop.json", Reaches.key(Key.GOODBYE)),
            Map.entry("start-bedtime-routine.json", Reaches.start("bedtime")),
            // "Next" in a session at the bedtime routine's first step: the second step.
            Map.entry("routine-next.json", Reaches.step("bedtime", 1)),
            Map.entry("session-ended.json", Reaches.silence()),
            Map.entry("name-free-calf-cramp.json", Reaches.canFulfill("YES")),
            // No permission yet: Alexa is asked to ask for it, and no API is called.
            Map.entry("reminder-set-asks-permission.json", Reaches.key(Key.REMINDER_PERMISSION, Map.of("time", "10 p.m."))),
            Map.entry("reminder-permission-denied.json", Reaches.key(Key.REMINDER_DENIED)));

    /** The one event that must be refused: a request for another skill. */
    private static final String FOREIGN = "other-skill.json";

    private static List<Path> events() throws IOException {
        try (var files = Files.list(Path.of("events"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void every_event_has_an_expectation_and_every_expectation_an_event() throws IOException {
        List<String> names = events().stream().map(file -> file.getFileName().toString()).toList();

        assertThat(names).as("events/ (a new event needs an expectation in EventsTest)")
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(EVENTS.keySet().stream(), java.util.stream.Stream.of(FOREIGN)).toList());
    }

    @Test
    void every_event_reaches_the_answer_its_name_says() throws IOException {
        for (Path file : events()) {
            String name = file.getFileName().toString();
            if (name.equals(FOREIGN)) {
                continue;
            }
            JsonNode event = SkillHarness.JSON.readTree(file.toFile());
            JsonNode response = SkillHarness.send(Files.readAllBytes(file));

            EVENTS.get(name).check(response, event.at("/request/locale").asText(), name);
        }
    }

    @Test
    void the_event_for_another_skill_is_refused_as_such() {
        assertThatThrownBy(() -> SkillHarness.send(Files.readAllBytes(Path.of("events", FOREIGN))))
                .isInstanceOfSatisfying(SkillGate.Rejected.class, e -> assertThat(e.forAnotherSkill()).isTrue());
    }
}
