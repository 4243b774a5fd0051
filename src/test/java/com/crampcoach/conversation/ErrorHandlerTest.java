package com.crampcoach.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.util.JacksonSerializer;
import com.crampcoach.Config;
import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.crampcoach.local.Envelopes;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catch-all, behind a handler that always throws: whoever waits for an answer (a launch, an intent) hears the
 * apology from content; a request nobody hears (a session's end) gets an empty response.
 */
class ErrorHandlerTest {

    private static final Content CONTENT = Content.load();
    private static final String APOLOGY = CONTENT.forLocale("en-US").reply(Key.ERROR).speech();

    private final Envelopes envelopes = new Envelopes(Config.DEVELOPMENT_SKILL_ID, "en-US");
    private final Skill failing = new CustomSkillBuilder()
            .addRequestHandlers(new RequestHandler() {
                @Override
                public boolean canHandle(HandlerInput input) {
                    return true;
                }

                @Override
                public Optional<Response> handle(HandlerInput input) {
                    throw new IllegalStateException("a handler failed");
                }
            })
            .addExceptionHandler(new ErrorHandler(new Parts(CONTENT, com.crampcoach.memory.Memory.none(), com.crampcoach.screen.Screens.load())))
            .build();

    private Response invoke(JsonNode request) {
        return failing.invoke(new JacksonSerializer().deserialize(request.toString(), RequestEnvelope.class)).getResponse();
    }

    @Test
    void a_launch_that_fails_hears_the_apology_and_may_ask_again() {
        Response response = invoke(envelopes.launch());

        assertThat(((SsmlOutputSpeech) response.getOutputSpeech()).getSsml()).contains(APOLOGY);
        assertThat(response.getShouldEndSession()).isFalse();
    }

    @Test
    void an_intent_that_fails_hears_the_apology() {
        Response response = invoke(envelopes.intent("AMAZON.HelpIntent"));

        assertThat(((SsmlOutputSpeech) response.getOutputSpeech()).getSsml()).contains(APOLOGY);
    }

    @ParameterizedTest
    @CsvSource({"en-US, 911", "en-GB, 999", "en-CA, 911", "en-AU, 000", "en-IN, 112"})
    void a_failed_turn_still_names_the_local_emergency_number_first(String locale, String number) {
        Response response = invoke(new Envelopes(Config.DEVELOPMENT_SKILL_ID, locale).intent("CalfCrampIntent"));

        assertThat(((SsmlOutputSpeech) response.getOutputSpeech()).getSsml().replaceAll("<[^>]+>", ""))
                .startsWith("In an emergency, call " + number + " now.");
    }

    @Test
    void a_session_end_that_fails_says_nothing() {
        Response response = invoke(envelopes.sessionEnded("USER_INITIATED"));

        assertThat(response.getOutputSpeech()).isNull();
        assertThat(response.getReprompt()).isNull();
    }
}
