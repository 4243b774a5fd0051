package com.crampcoach;

import com.crampcoach.local.Envelopes;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Drives the real Lambda handler with request envelopes, as Alexa would, and reads its answers. */
public final class SkillHarness {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final CrampCoachHandler HANDLER = new CrampCoachHandler(Config.development());

    public final Envelopes envelopes = new Envelopes(Config.DEVELOPMENT_SKILL_ID, "en-US");
    private final UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.forLocale("en-US"));

    /** Sends raw bytes through the handler; returns the response envelope (an empty object if none). */
    public static JsonNode send(byte[] request) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HANDLER.handleRequest(new ByteArrayInputStream(request), out, null);
            return out.size() == 0 ? JSON.createObjectNode() : JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode send(JsonNode request) {
        try {
            return send(JSON.writeValueAsBytes(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode send(String requestJson) {
        return send(requestJson.getBytes(StandardCharsets.UTF_8));
    }

    /** One turn in this harness's session: the utterance is matched like the local chat does. */
    public JsonNode say(String utterance) {
        return carry(send(envelopes.intent(matcher.match(utterance))));
    }

    public JsonNode launch() {
        return carry(send(envelopes.launch()));
    }

    public JsonNode intent(String name) {
        return carry(send(envelopes.intent(name)));
    }

    private JsonNode carry(JsonNode response) {
        envelopes.continueSession(response);
        return response;
    }

    public static String speech(JsonNode response) {
        return response.path("response").path("outputSpeech").path("ssml").asText();
    }

    public static String reprompt(JsonNode response) {
        return response.path("response").path("reprompt").path("outputSpeech").path("ssml").asText();
    }

    public static boolean endsSession(JsonNode response) {
        return response.path("response").path("shouldEndSession").asBoolean(true);
    }
}
