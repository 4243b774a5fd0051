package com.crampcoach.conversation;

import static com.crampcoach.SkillHarness.endsSession;
import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The Next, Repeat and Pause buttons on a screen do what saying them does, through the same dialogue. */
class ScreenButtonsTest {

    private final SkillHarness person = new SkillHarness();

    /** A touch on a button, as Alexa sends it: an APL UserEvent in the open session, its argument the button. */
    private JsonNode touch(Object... arguments) {
        ObjectNode request = person.envelopes.intent("AMAZON.NextIntent");
        ObjectNode event = (ObjectNode) request.path("request");
        event.put("type", "Alexa.Presentation.APL.UserEvent");
        event.remove("intent");
        event.put("token", "cramp-coach-step");
        var list = event.putArray("arguments");
        for (Object argument : arguments) {
            list.addPOJO(argument);
        }
        JsonNode response = person.mine(request);
        person.envelopes.continueSession(response);
        return response;
    }

    private static String title(JsonNode response) {
        return response.at("/response/card/title").asText();
    }

    @Test
    void next_repeat_and_pause_buttons_move_through_a_routine_like_the_words() {
        person.say("start the calf routine");

        assertThat(title(touch("next"))).isEqualTo(Words.stepTitle("en-US", "calf", 1));
        assertThat(title(touch("repeat"))).isEqualTo(Words.stepTitle("en-US", "calf", 1));
        JsonNode paused = touch("pause");
        assertThat(speech(paused)).contains(Words.firstSentence(Words.said("en-US", Key.ROUTINE_PAUSED, Words.place("en-US", "calf", 1))));
        assertThat(endsSession(paused)).isTrue();
    }

    @Test
    void an_unknown_or_missing_button_gets_an_empty_answer_and_the_place_is_kept() {
        person.say("start the calf routine");

        for (JsonNode response : new JsonNode[] {touch("explode"), touch(), touch(42), touch("next", "next"), touch("back")}) {
            assertThat(response.at("/response/outputSpeech").isMissingNode()).isTrue();
        }
        assertThat(title(person.say("next"))).isEqualTo(Words.stepTitle("en-US", "calf", 1));
    }
}
