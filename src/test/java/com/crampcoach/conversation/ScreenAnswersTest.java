package com.crampcoach.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.HoldRenderer;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Preferences;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.crampcoach.screen.Screens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a device that declares APL, a routine step and a relief answer also carry a RenderDocument: the step's
 * screen with its countdown set to the hold the person hears, the relief answer's steps. Every other device, and
 * every other answer, gets exactly what it got before: no directive.
 */
class ScreenAnswersTest {

    private final SkillHarness person = new SkillHarness();

    /** {@code intent} sent in this person's session from a device with a screen (or without, {@code apl} false). */
    private JsonNode send(String intent, boolean apl) {
        return send(person.envelopes.intent(intent), apl ? "2024.2" : null);
    }

    /** {@code request} sent from a device whose APL runtime is {@code version} (null: no screen). */
    private JsonNode send(ObjectNode request, String version) {
        if (version != null) {
            ((ObjectNode) request.at("/context/System/device/supportedInterfaces"))
                    .putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", version);
        }
        JsonNode response = person.mine(request);
        person.envelopes.continueSession(response);
        return response;
    }

    private static JsonNode screen(JsonNode response) {
        JsonNode directive = response.at("/response/directives/0");
        assertThat(directive.path("type").asText()).isEqualTo("Alexa.Presentation.APL.RenderDocument");
        return directive;
    }

    @Test
    void a_routine_step_on_a_screen_shows_its_name_its_place_and_a_countdown_of_the_hold_heard() {
        person.say("start the calf routine");

        JsonNode step = screen(send("AMAZON.NextIntent", true));

        assertThat(step.path("token").asText()).isEqualTo(Screens.STEP_TOKEN);
        JsonNode shown = step.at("/datasources/screen");
        String spoken = Words.stepName("en-US", "calf", 1); // "the massage", shown with a capital letter
        assertThat(shown.path("name").asText()).isEqualTo(Character.toUpperCase(spoken.charAt(0)) + spoken.substring(1));
        assertThat(shown.path("position").asText()).isEqualTo("2 of 3");
        assertThat(shown.path("holdMs").asLong()).isEqualTo(20_000);
        assertThat(step.at("/document/graphics/stretch/type").asText()).as("the drawing, inlined").isEqualTo("AVG");
    }

    @Test
    void the_countdown_follows_the_hold_length_the_person_chose() {
        person.say("start the calf routine");
        person.say("make the holds longer");

        assertThat(screen(send("AMAZON.RepeatIntent", true)).at("/datasources/screen/holdMs").asLong()).isEqualTo(45_000);
    }

    @Test
    void a_relief_answer_on_a_screen_shows_its_card_and_keeps_the_card_for_the_app() {
        JsonNode relief = send("CalfCrampIntent", true);

        assertThat(screen(relief).path("token").asText()).isEqualTo(Screens.RELIEF_TOKEN);
        assertThat(screen(relief).at("/datasources/screen/title").asText()).isEqualTo(Words.reply("en-US", Key.RELIEF_CALF).cardTitle());
        assertThat(relief.at("/response/card/title").asText()).isEqualTo(Words.reply("en-US", Key.RELIEF_CALF).cardTitle());
    }

    @Test
    void a_device_without_a_screen_or_with_an_older_apl_gets_no_directive() {
        assertThat(send("CalfCrampIntent", false).at("/response/directives").isMissingNode()).isTrue();
        assertThat(send(person.envelopes.intent("CalfCrampIntent"), "1.4").at("/response/directives").isMissingNode())
                .isTrue();
        assertThat(screen(send(person.envelopes.intent("CalfCrampIntent"), "2025.1")).path("token").asText())
                .isEqualTo(Screens.RELIEF_TOKEN);
    }

    @Test
    void any_other_answer_replaces_a_running_countdown_with_its_card() {
        person.say("start the calf routine");
        send("AMAZON.NextIntent", true);

        for (String intent : new String[] {"EmergencyIntent", "AMAZON.HelpIntent"}) {
            JsonNode card = screen(send(intent, true));
            assertThat(card.path("token").asText()).as(intent).isEqualTo(Screens.RELIEF_TOKEN);
            assertThat(card.at("/datasources/screen/title").asText()).as(intent).isNotBlank();
        }
        assertThat(screen(send("EmergencyIntent", true)).at("/datasources/screen/title").asText()).isEqualTo("Call 911 now");
    }

    @Test
    void a_touch_on_a_screen_that_outlived_its_session_acts_on_the_step_it_shows() {
        person.say("start the calf routine");
        person.envelopes.startSession();
        ObjectNode touch = person.envelopes.intent("AMAZON.NextIntent");
        ObjectNode event = (ObjectNode) touch.path("request");
        event.put("type", "Alexa.Presentation.APL.UserEvent");
        event.remove("intent");
        event.put("token", Screens.STEP_TOKEN);
        event.putArray("arguments").add("next").add("calf").add(1);

        JsonNode step = send(touch, "2024.2");

        assertThat(step.at("/response/card/title").asText()).isEqualTo(Words.stepTitle("en-US", "calf", 2));
        assertThat(screen(step).at("/datasources/screen/step").asInt()).isEqualTo(2);
    }

    private static int wordCount(String ssml) {
        String text = ssml.replaceAll("<[^>]*>", " ").trim();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** {@code intent} with words in the symptom's place that match no value, from a device with a screen. */
    private JsonNode withUnmatchedSymptom(String intent, Map<String, UtteranceMatcher.SlotFill> slots) {
        Map<String, UtteranceMatcher.SlotFill> all = new LinkedHashMap<>(slots);
        all.put("symptom", new UtteranceMatcher.SlotFill("Symptom", "my toe feels funny", null, null));
        return send(person.envelopes.intent(new UtteranceMatcher.Match(intent, all)), "2024.2");
    }

    @Test
    void the_local_number_said_first_is_shown_first_on_a_relief_screen() {
        JsonNode lines = screen(withUnmatchedSymptom("CalfCrampIntent", Map.of())).at("/datasources/screen/lines");

        assertThat(lines.get(0).asText()).isEqualTo("If anything more than a cramp is wrong, call 911 now.");
        assertThat(lines.get(1).asText()).isNotBlank();
    }

    @Test
    void the_countdown_waits_for_the_local_number_said_first() {
        person.say("start a routine");
        long plain = screen(send(person.envelopes.intent(new UtteranceMatcher(InteractionModel.forLocale("en-US"))
                .match("calf")), "2024.2")).at("/datasources/screen/leadMs").asLong();
        person.say("stop");
        person.say("start a routine");
        JsonNode step = screen(withUnmatchedSymptom("CrampIntent",
                Map.of("bodyPart", new UtteranceMatcher.SlotFill("BodyPart", "calf", "CALF", "calf"))));

        assertThat(step.at("/datasources/screen/position").asText()).as("the calf routine started").isEqualTo("1 of 3");
        assertThat(step.at("/datasources/screen/leadMs").asLong()).isEqualTo(plain
                + HoldRenderer.estimateMillis(Words.phrase("en-US", Phrase.SAFETY_FIRST, Map.of())));
    }

    @Test
    void the_countdown_waits_for_every_word_said_between_two_holds() {
        person.say("start the back release");
        JsonNode shown = screen(send("AMAZON.RepeatIntent", true)).at("/datasources/screen");
        // The release, a five-second rest, then "once more": each word at 0.4 s, as the hold renderer counts.
        String release = Words.release("en-US");
        String again = Words.phrase("en-US", Phrase.AGAIN, Map.of());
        assertThat(shown.path("gapMs").asLong()).isEqualTo(wordCount(release) * 400L + 5000 + wordCount(again) * 400L);
    }

    @Test
    void the_countdown_starts_after_the_intro_and_later_when_spoken_slower() {
        ObjectNode start = person.envelopes.intent(new UtteranceMatcher(InteractionModel.forLocale("en-US"))
                .match("start the back release"));
        long withIntro = screen(send(start, "2024.2")).at("/datasources/screen/leadMs").asLong();
        JsonNode again = screen(send("AMAZON.RepeatIntent", true)).at("/datasources/screen");
        long lead = again.path("leadMs").asLong();
        String intro = Words.in("en-US").render(Words.routine("en-US", "back").intro(), Map.of());
        assertThat(withIntro).as("the intro is said before the first hold").isEqualTo(lead + HoldRenderer.estimateMillis(intro));

        person.say("speak slower");
        JsonNode slow = screen(send("AMAZON.RepeatIntent", true)).at("/datasources/screen");

        // Spoken slower, the words before and between the holds take longer; the holds themselves do not.
        assertThat(again.path("gapMs").asLong()).isPositive();
        assertThat(slow.path("leadMs").asLong()).isEqualTo(Math.round(lead / Preferences.SLOW_RATE));
        assertThat(slow.path("gapMs").asLong()).isEqualTo(Math.round(again.path("gapMs").asLong() / Preferences.SLOW_RATE));
        assertThat(slow.path("holdMs").asLong()).isEqualTo(again.path("holdMs").asLong());
    }
}
