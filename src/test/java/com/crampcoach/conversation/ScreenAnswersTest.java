package com.crampcoach.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.screen.Screens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        ObjectNode request = person.envelopes.intent(intent);
        if (apl) {
            ((ObjectNode) request.at("/context/System/device/supportedInterfaces"))
                    .putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2024.2");
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
        assertThat(shown.path("name").asText()).isEqualTo("The massage");
        assertThat(shown.path("position").asText()).isEqualTo("2 of 3");
        assertThat(shown.path("holdMs").asLong()).isEqualTo(20_000);
        assertThat(step.at("/document/graphics").size() + step.at("/document/graphics/stretch").size()).isPositive();
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
        assertThat(screen(relief).at("/datasources/screen/title").asText()).isEqualTo("Calf cramp");
        assertThat(relief.at("/response/card/title").asText()).isEqualTo("Calf cramp");
    }

    @Test
    void a_device_without_a_screen_and_answers_that_are_not_steps_or_relief_get_no_directive() {
        assertThat(send("CalfCrampIntent", false).at("/response/directives").isMissingNode()).isTrue();
        assertThat(send("EmergencyIntent", true).at("/response/directives").isMissingNode()).isTrue();
        assertThat(send("AMAZON.HelpIntent", true).at("/response/directives").isMissingNode()).isTrue();
    }
}
