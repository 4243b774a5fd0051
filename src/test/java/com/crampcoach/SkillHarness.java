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

    public final Envelopes envelopes;
    private final UtteranceMatcher matcher;
    private final CrampCoachHandler handler;

    /** A person talking to the skill as the tests usually build it: without memory. */
    public SkillHarness() {
        this(HANDLER);
    }

    /** A person talking to a skill of the test's own making (with memory, say). */
    public SkillHarness(CrampCoachHandler handler) {
        this(handler, "en-US");
    }

    /** One session of the person {@code user} (another night, another device), with a skill of the test's making. */
    public static SkillHarness of(CrampCoachHandler handler, String user) {
        SkillHarness person = new SkillHarness(handler);
        person.envelopes.asUser(user);
        return person;
    }

    /** A person talking in another locale (en-GB, say), with that locale's model and content. */
    public SkillHarness(String locale) {
        this(HANDLER, locale);
    }

    private SkillHarness(CrampCoachHandler handler, String locale) {
        this.handler = handler;
        this.envelopes = new Envelopes(Config.DEVELOPMENT_SKILL_ID, locale);
        this.matcher = new UtteranceMatcher(InteractionModel.forLocale(locale));
    }

    /** Sends raw bytes through the handler; returns the response envelope (an empty object if none). */
    public static JsonNode send(byte[] request) {
        return send(HANDLER, request);
    }

    public static JsonNode send(CrampCoachHandler handler, byte[] request) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(request), out, null);
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
        return carry(mine(envelopes.intent(matcher.match(utterance))));
    }

    public JsonNode launch() {
        return carry(mine(envelopes.launch()));
    }

    public JsonNode intent(String name) {
        return carry(mine(envelopes.intent(name)));
    }

    /** One turn in this harness's session: the intent and slots as given, as Alexa would resolve them. */
    public JsonNode intent(UtteranceMatcher.Match match) {
        return carry(mine(envelopes.intent(match)));
    }

    /** Sends a request through this person's skill without carrying its session on. */
    public JsonNode mine(JsonNode request) {
        try {
            return send(handler, JSON.writeValueAsBytes(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
