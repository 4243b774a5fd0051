package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.alexa.AlexaApiStandIn;
import com.crampcoach.conversation.Companion;
import com.crampcoach.local.UtteranceMatcher;
import com.crampcoach.memory.LocalDynamo;
import com.crampcoach.memory.LoopbackProxy;
import com.crampcoach.memory.Memory;
import com.crampcoach.memory.UserTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Alexa, my calf is cramping", said without the skill's name: Alexa first asks the skill whether it can answer
 * ({@code CanFulfillIntentRequest}). Sent through the real handler, with its table behind a recording proxy and
 * Alexa's API a recording stand-in, to show the answer has no side effects.
 */
class NameFreeTest {

    private final LoopbackProxy table;
    private final AlexaApiStandIn alexaApi;
    private final CrampCoachHandler skill;
    private final SkillHarness person;

    NameFreeTest() throws Exception {
        table = new LoopbackProxy(LocalDynamo.port());
        skill = LocalDynamo.skill(new Memory(new UserTable(LocalDynamo.client(table.endpoint()), LocalDynamo.TABLE,
                Clock.systemUTC()), LocalDynamo.GENEROUS));
        person = SkillHarness.of(skill, "amzn1.ask.account.name-free-person");
        alexaApi = new AlexaApiStandIn();
    }

    @AfterEach
    void stop() throws Exception {
        alexaApi.close();
        table.close();
    }

    /** Alexa's question for {@code intent}, with a body part said as {@code said} (resolved to {@code id}, or not). */
    private JsonNode ask(String intent, String said, String id) {
        return ask(intent, said, id, null);
    }

    private JsonNode ask(String intent, String said, String id, String symptom) {
        Map<String, UtteranceMatcher.SlotFill> slots = new HashMap<>();
        if (said != null) {
            slots.put("bodyPart", new UtteranceMatcher.SlotFill("BodyPart", said, id, id == null ? null : said));
        }
        if (symptom != null) {
            slots.put("symptom", new UtteranceMatcher.SlotFill("Symptom", "and i can't breathe", symptom, "x"));
        }
        ObjectNode request = person.envelopes.intent(new UtteranceMatcher.Match(intent, slots));
        ((ObjectNode) request.path("request")).put("type", "CanFulfillIntentRequest");
        ((ObjectNode) request.path("request")).remove("dialogState");
        alexaApi.reachedBy(request);
        return person.mine(request);
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource({
        "CalfCrampIntent,,,YES",
        "BackSpasmIntent,,,YES",
        "NightCrampsIntent,,,YES",
        "SeeDoctorIntent,,,YES",
        "CrampIntent,,,YES",
        "CrampIntent,calf,CALF,YES",
        "CrampIntent,hammy,HAMSTRING,YES",
        "CrampIntent,thigh,THIGH,YES",
        "CrampIntent,bum,BUTTOCK,MAYBE",
        "CrampIntent,elbow,,MAYBE",
        "CrampIntent,tummy,STOMACH,NO",
        "EmergencyIntent,,,NO",
        "StartRoutineIntent,,,NO",
        "DeleteDataIntent,,,NO",
        "AMAZON.StopIntent,,,NO",
        "PlayMusicIntent,,,NO",
    })
    void answers_what_it_can_help_with_and_nothing_else(String intent, String said, String id, String verdict) {
        JsonNode answer = ask(intent, said, id);

        assertThat(answer.at("/response/canFulfillIntent/canFulfill").asText()).isEqualTo(verdict);
        if (said != null) {
            JsonNode slot = answer.at("/response/canFulfillIntent/slots/bodyPart");
            assertThat(slot.path("canUnderstand").asText()).isEqualTo(id == null ? "MAYBE" : "YES");
            assertThat(slot.path("canFulfill").asText()).isEqualTo(verdict.equals("YES") ? "YES" : "NO");
        }
        // Nothing observable: no speech, no card, no screen, nothing kept for a session.
        assertThat(answer.at("/response/outputSpeech").isMissingNode()).isTrue();
        assertThat(answer.at("/response/card").isMissingNode()).isTrue();
        assertThat(answer.at("/response/directives").isMissingNode()).isTrue();
        assertThat(answer.path("sessionAttributes").isEmpty()).isTrue();
        assertThat(table.requests()).as("the table").isEmpty();
        assertThat(alexaApi.requests()).as("Alexa's API").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"EMERGENCY_BREATHING,NO", "EMERGENCY_CHEST,NO", "REDFLAG_SWELLING,YES"})
    void a_cramp_said_with_an_emergency_is_left_to_alexa(String symptom, String verdict) {
        JsonNode answer = ask("CalfCrampIntent", null, null, symptom);

        assertThat(answer.at("/response/canFulfillIntent/canFulfill").asText()).isEqualTo(verdict);
        assertThat(table.requests()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"foot,FOOT,YES", "tummy,STOMACH,NO", "bum,BUTTOCK,MAYBE"})
    void a_second_part_said_with_a_cramp_is_judged_as_a_part(String said, String id, String verdict) {
        ObjectNode request = person.envelopes.intent(new UtteranceMatcher.Match("CrampIntent", Map.of(
                "bodyPart", new UtteranceMatcher.SlotFill("BodyPart", "calf", "CALF", "calf"),
                Companion.OTHER_PART, new UtteranceMatcher.SlotFill("BodyPart", said, id, said))));
        ((ObjectNode) request.path("request")).put("type", "CanFulfillIntentRequest");
        ((ObjectNode) request.path("request")).remove("dialogState");

        JsonNode answer = person.mine(request);

        assertThat(answer.at("/response/canFulfillIntent/canFulfill").asText()).isEqualTo(verdict);
        assertThat(answer.at("/response/canFulfillIntent/slots/otherPart/canFulfill").asText())
                .isEqualTo(verdict.equals("YES") ? "YES" : "NO");
    }

    @Test
    void the_same_intent_said_by_name_is_answered_as_ever() {
        ObjectNode request = person.envelopes.intent(new UtteranceMatcher.Match("CalfCrampIntent", Map.of()));

        assertThat(SkillHarness.speech(person.mine(request))).contains("calf");
    }
}
