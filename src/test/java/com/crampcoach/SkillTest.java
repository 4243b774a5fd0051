package com.crampcoach;

import static com.crampcoach.SkillHarness.endsSession;
import static com.crampcoach.SkillHarness.reprompt;
import static com.crampcoach.SkillHarness.send;
import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.crampcoach.content.Reply;
import com.crampcoach.content.SsmlRules;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The skill end to end: request envelopes in, through the Lambda handler, response envelopes out. */
class SkillTest {

    private static final InteractionModel MODEL = InteractionModel.forLocale("en-US");
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)ms\"/>");

    private final SkillHarness alexa = new SkillHarness();

    private static String title(Key key) {
        return Words.reply("en-US", key).cardTitle();
    }

    @Test
    void a_calf_cramp_gets_the_instruction_first_then_a_thirty_second_hold_with_cues_and_a_card() {
        JsonNode response = alexa.say("what do I do for a calf cramp");

        String speech = speech(response);
        Reply calf = Words.reply("en-US", Key.RELIEF_CALF);
        assertThat(speech).isEqualTo("<speak>" + calf.speech() + "</speak>");
        // The instruction comes before the hold, and the hold counts down to its release.
        String instruction = Words.firstSentence(calf.speech());
        assertThat(instruction).doesNotContain("<break");
        assertThat(speech).containsSubsequence(instruction, Words.cue("en-US", 20), Words.cue("en-US", 10),
                Words.release("en-US"));
        assertThat(holdMillis(speech)).isBetween(25_000L, 30_000L); // silence; the cues' words fill the rest
        assertThat(response.at("/response/card/title").asText()).isEqualTo(calf.cardTitle());
        assertThat(response.at("/response/card/content").asText()).isEqualTo(calf.cardText());
        assertThat(endsSession(response)).isFalse();
        assertThat(reprompt(response)).isEqualTo("<speak>" + calf.reprompt() + "</speak>");
    }

    @Test
    void an_emergency_is_told_to_call_911_in_the_first_sentence_and_again_last_then_stops_listening() {
        for (String said : List.of("I can't breathe", "my chest hurts", "my speech is slurred",
                "dark urine after a workout", "I have a cramp and a high fever", "the numbness is spreading")) {
            JsonNode response = new SkillHarness().say(said);
            // Kept in words on purpose: safety rests on the number itself being said first, whatever content says.
            assertThat(speech(response)).as(said)
                    .startsWith("<speak><s>Call <sub alias=\"nine one one\">911</sub> now, from a phone.</s>")
                    .endsWith("<s>Call <sub alias=\"nine one one\">911</sub> now.</s></speak>");
            // Ends the session on purpose (see content/en-US/safety.xml): the person should be dialling.
            assertThat(endsSession(response)).as(said).isTrue();
            assertThat(response.at("/response/reprompt").isMissingNode()).as(said).isTrue();
        }
    }

    @Test
    void yes_after_the_calf_script_starts_the_full_calf_routine() {
        alexa.say("my calf is cramping");

        JsonNode response = alexa.say("yes");

        Reaches.start("calf").check(response, "en-US", "yes to the routine");
        assertThat(speech(response)).contains(Words.release("en-US"));
        assertThat(response.at("/response/card/title").asText()).isEqualTo(Words.stepTitle("en-US", "calf", 0));
    }

    @Test
    void no_after_an_offer_closes_calmly() {
        alexa.say("charley horse");

        JsonNode response = alexa.say("no thanks");

        Reaches.key(Key.DECLINED).check(response, "en-US", "no thanks");
        assertThat(endsSession(response)).isTrue();
    }

    @Test
    void a_back_spasm_gets_the_knee_hug_a_hold_heat_and_the_red_flag_pointer() {
        JsonNode response = alexa.say("my back just seized up");

        Reaches.key(Key.RELIEF_BACK).check(response, "en-US", "a back spasm");
        assertThat(speech(response)).contains(Words.release("en-US"));
    }

    @Test
    void night_cramps_get_relief_then_why_then_prevention_then_the_bedtime_offer() {
        Reaches.key(Key.RELIEF_NIGHT).check(alexa.say("cramps keep waking me up at night"), "en-US", "night cramps");
    }

    @Test
    void a_cramp_in_a_named_body_part_routes_to_that_script() {
        // "Thigh" alone asks front or back (issue 18): the two need opposite stretches.
        assertThat(response("my thigh is cramping").at("/response/card/title").asText()).isEqualTo(title(Key.THIGH_WHICH));
        assertThat(response("the front of my thigh is cramping").at("/response/card/title").asText()).isEqualTo(title(Key.RELIEF_QUADRICEPS));
        assertThat(response("the back of my thigh is cramping").at("/response/card/title").asText()).isEqualTo(title(Key.RELIEF_HAMSTRING));
        assertThat(response("cramp in my foot").at("/response/card/title").asText()).isEqualTo(title(Key.RELIEF_FOOT));
        assertThat(response("my shoulders").at("/response/card/title").asText()).isEqualTo(title(Key.RELIEF_NECK));
        assertThat(response("my lower back is cramping").at("/response/card/title").asText()).isEqualTo(title(Key.RELIEF_BACK));
    }

    @Test
    void an_unrecognised_body_part_gets_general_relief_and_one_question() {
        JsonNode response = alexa.say("my elbow is cramping");

        Reaches.key(Key.RELIEF_GENERAL).check(response, "en-US", "an elbow");
        // Kept in words on purpose: the way to the emergency number must survive any rewording.
        assertThat(speech(response)).contains("call <sub alias=\"nine one one\">911</sub> now");
        assertThat(endsSession(response)).isFalse();

        JsonNode answer = alexa.say("my calf");
        Reaches.key(Key.RELIEF_CALF).check(answer, "en-US", "then my calf");
    }

    @Test
    void a_cramp_with_no_body_part_at_all_asks_where_it_is() {
        ObjectNode request = alexa.envelopes.intent("CrampIntent");
        ((ObjectNode) request.at("/request/intent/slots")).putObject("bodyPart").put("name", "bodyPart");

        JsonNode response = send(request);

        Reaches.key(Key.RELIEF_GENERAL).check(response, "en-US", "a cramp nowhere");
    }

    @Test
    void launch_says_it_is_not_a_doctor_then_asks_where_the_cramp_is_and_keeps_listening() {
        JsonNode response = alexa.launch();

        Reply launch = Words.reply("en-US", Key.LAUNCH);
        assertThat(speech(response)).isEqualTo("<speak>" + launch.speech() + "</speak>");
        assertThat(reprompt(response)).isEqualTo("<speak>" + launch.reprompt() + "</speak>");
        assertThat(endsSession(response)).isFalse();
    }

    @Test
    void repeat_says_the_last_answer_again() {
        String first = speech(alexa.say("my hamstring"));

        assertThat(speech(alexa.say("say that again"))).isEqualTo(first);
    }

    @Test
    void stop_cancel_and_go_home_end_the_session_calmly() {
        for (String intent : List.of("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")) {
            JsonNode response = alexa.intent(intent);
            Reaches.key(Key.GOODBYE).check(response, "en-US", intent);
            assertThat(endsSession(response)).as(intent).isTrue();
        }
    }

    @Test
    void an_intent_the_skill_does_not_know_gets_the_fallback_answer() {
        String fallback = speech(new SkillHarness().intent("AMAZON.FallbackIntent"));

        JsonNode response = alexa.intent("SomeFutureIntent");

        assertThat(speech(response)).isEqualTo(fallback).contains("my calf");
        assertThat(endsSession(response)).isFalse();
    }

    @Test
    void the_fallback_suggests_something_useful_rather_than_not_understanding() {
        String speech = speech(alexa.say("what's the weather like on mars"));

        assertThat(speech).doesNotContainIgnoringCase("don't understand").contains("where the cramp is");
    }

    @Test
    void the_session_ended_request_gets_no_speech() {
        JsonNode response = send(alexa.envelopes.sessionEnded("EXCEEDED_MAX_REPROMPTS"));

        assertThat(response.at("/response/outputSpeech").isMissingNode()).isTrue();
        assertThat(response.path("version").asText()).isEqualTo("1.0");
    }

    @Test
    void tampered_session_state_is_ignored_and_the_conversation_carries_on() {
        for (String tampered : List.of("\"garbage\"", "{\"v\":99,\"offer\":\"relief.calf.more\"}",
                "{\"v\":1,\"offer\":\"no.such.key\",\"last\":42}", "[1,2,3]", "{\"v\":\"1\"}")) {
            ObjectNode request = alexa.envelopes.intent("AMAZON.YesIntent");
            ((ObjectNode) request.at("/session/attributes")).set("coach", parse(tampered));

            JsonNode response = send(request);

            assertThat(speech(response)).as(tampered).contains("where the cramp is");
        }
    }

    @Test
    void without_a_table_memory_features_say_plainly_that_this_setup_cannot_keep_them() {
        assertThat(speech(new SkillHarness().say("make the holds longer"))).contains("can't save settings");
        assertThat(speech(new SkillHarness().say("delete my data"))).contains("can't keep a log or settings");
        assertThat(speech(new SkillHarness().say("log a calf cramp"))).contains("can't keep a log or settings");
        assertThat(speech(new SkillHarness().say("how many cramps this week"))).contains("can't keep a log or settings");
    }

    @Test
    void requests_that_are_not_a_person_talking_get_an_empty_response() {
        for (String type : List.of("System.ExceptionEncountered", "Alexa.Presentation.APL.UserEvent",
                "Connections.Response", "AudioPlayer.PlaybackStarted", "PlaybackController.NextCommandIssued",
                "Alexa.Some.FutureRequest")) {
            ObjectNode request = alexa.envelopes.launch();
            ((ObjectNode) request.path("request")).put("type", type);

            JsonNode response = send(request);

            assertThat(response.path("version").asText()).as(type).isEqualTo("1.0");
            assertThat(response.at("/response/outputSpeech").isMissingNode()).as(type).isTrue();
        }
    }

    @Test
    void an_envelope_without_an_intent_or_with_nonsense_types_is_refused_or_answered_calmly() {
        ObjectNode noIntent = alexa.envelopes.intent("CalfCrampIntent");
        ((ObjectNode) noIntent.path("request")).remove("intent");
        assertThat(speech(send(noIntent))).contains("where the cramp is");

        ObjectNode nonsense = alexa.envelopes.intent("CalfCrampIntent");
        ((ObjectNode) nonsense.path("request")).putArray("intent").add(1);
        assertThatThrownBy(() -> send(nonsense)).isInstanceOf(SkillGate.Rejected.class)
                .hasMessageContaining("Alexa's request format");

        assertThatThrownBy(() -> send("{\"version\": \"1.0\", \"request\": ")).isInstanceOf(SkillGate.Rejected.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void a_request_for_another_skill_is_refused() {
        ObjectNode request = alexa.envelopes.intent("CalfCrampIntent");
        ((ObjectNode) request.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.someone-else");

        assertThatThrownBy(() -> send(request)).hasMessageContaining("Rejected: the request is for another skill");
    }

    @Test
    void every_intent_of_the_model_answers_with_a_response_alexa_accepts() {
        List<JsonNode> requests = new ArrayList<>();
        for (InteractionModel.Intent intent : MODEL.intents()) {
            requests.add(alexa.envelopes.intent(intent.name()));
        }
        UtteranceMatcher matcher = new UtteranceMatcher(MODEL);
        for (InteractionModel.SlotValue part : MODEL.types().get("BodyPart")) {
            requests.add(alexa.envelopes.intent(matcher.match("my " + part.name() + " is cramping")));
        }
        requests.add(alexa.envelopes.launch());

        for (JsonNode request : requests) {
            String what = request.at("/request/intent/name").asText(request.at("/request/type").asText());
            JsonNode response = send(request).path("response");
            String speech = response.at("/outputSpeech/ssml").asText();
            assertThat(SsmlRules.problems(speech)).as(what).isEmpty();
            assertThat(speech).as(what).doesNotContain("went wrong");
            if (response.has("reprompt")) {
                assertThat(SsmlRules.problems(response.at("/reprompt/outputSpeech/ssml").asText())).as(what).isEmpty();
            }
            assertThat(response.at("/card/title").asText()).as(what).isNotBlank();
            assertThat(response.at("/card/content").asText()).as(what).isNotBlank().doesNotContain("<")
                    .hasSizeLessThanOrEqualTo(8000);
        }
    }

    @Test
    void the_model_and_the_handlers_agree_both_ways() {
        var modelIntents = MODEL.intents().stream().map(InteractionModel.Intent::name).collect(Collectors.toSet());

        assertThat(SkillFactory.handledIntents(Content.load())).containsExactlyInAnyOrderElementsOf(modelIntents);
    }

    @Test
    void a_failure_inside_a_handler_gets_a_calm_apology_without_details() {
        var skill = new com.amazon.ask.builder.CustomSkillBuilder()
                .addRequestHandlers(new com.amazon.ask.dispatcher.request.handler.RequestHandler() {
                    @Override
                    public boolean canHandle(com.amazon.ask.dispatcher.request.handler.HandlerInput input) {
                        return true;
                    }

                    @Override
                    public java.util.Optional<com.amazon.ask.model.Response> handle(
                            com.amazon.ask.dispatcher.request.handler.HandlerInput input) {
                        throw new IllegalStateException("database exploded at com.crampcoach.Secret");
                    }
                })
                .addExceptionHandler(new com.crampcoach.conversation.ErrorHandler(new com.crampcoach.conversation.Parts(Content.load(), com.crampcoach.memory.Memory.none(), com.crampcoach.screen.Screens.load())))
                .build();
        var envelope = new com.amazon.ask.util.JacksonSerializer()
                .deserialize(alexa.envelopes.intent("CalfCrampIntent").toString(), com.amazon.ask.model.RequestEnvelope.class);

        var response = skill.invoke(envelope).getResponse();

        String speech = ((com.amazon.ask.model.ui.SsmlOutputSpeech) response.getOutputSpeech()).getSsml();
        assertThat(speech).contains("Sorry, something went wrong").doesNotContain("exploded").doesNotContain("Exception");
    }

    @Test
    void the_shipped_events_are_answered_and_the_other_skill_event_is_refused() throws Exception {
        try (var files = Files.list(Path.of("events"))) {
            for (Path file : files.sorted().toList()) {
                byte[] body = Files.readAllBytes(file);
                if (file.getFileName().toString().equals("other-skill.json")) {
                    assertThatThrownBy(() -> send(body)).as(file.toString()).hasMessageContaining("Rejected: the request is for another skill");
                } else {
                    JsonNode response = send(body);
                    assertThat(response.path("version").asText()).as(file.toString()).isEqualTo("1.0");
                    assertThat(speech(response)).as(file.toString()).doesNotContain("went wrong");
                }
            }
        }
    }

    @Test
    void without_a_skill_id_the_function_refuses_to_start() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of())).hasMessageContaining("SKILL_ID is not set");
    }

    private JsonNode response(String utterance) {
        return new SkillHarness().say(utterance);
    }

    private static JsonNode parse(String json) {
        try {
            return SkillHarness.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long holdMillis(String speech) {
        long total = 0;
        Matcher m = BREAK.matcher(speech);
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }
}
