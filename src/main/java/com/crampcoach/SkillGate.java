package com.crampcoach;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.crampcoach.log.RequestLog;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The skill's front door. It refuses, with one clear reason, anything that is not a request envelope
 * for this skill (both the context's and, when there is one, the session's application ID must be this
 * skill's), telling a request for another skill from a malformed one; answers request types the SDK does not know (a newer Alexa) with an empty response
 * instead of an error; and logs one JSON object per request ({@link RequestLog}): its ID, type, intent,
 * locale, duration and outcome. No utterance, slot value, user or device ID is ever logged.
 */
public final class SkillGate implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {

    /** Strict: one JSON value and nothing after it, within Jackson's limits on depth and lengths. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Alexa sends "1.0". A 1.x is taken as compatible; another major version is a format this code does not know. */
    private static final Pattern VERSION = Pattern.compile("1\\.[0-9]{1,3}");
    private static final JacksonJsonMarshaller<ResponseEnvelope> MARSHALLER = JacksonJsonMarshaller.forType(ResponseEnvelope.class);

    private final String skillId;
    private final AlexaSkill<RequestEnvelope, ResponseEnvelope> skill;

    public SkillGate(String skillId, AlexaSkill<RequestEnvelope, ResponseEnvelope> skill) {
        this.skillId = skillId;
        this.skill = skill;
    }

    /** Thrown for a request the skill refuses; Lambda reports it as a failed invocation. */
    public static final class Rejected extends AskSdkException {
        private final boolean forAnotherSkill;

        public Rejected(String reason, boolean forAnotherSkill) {
            super(reason);
            this.forAnotherSkill = forAnotherSkill;
        }

        /** True if the request was well formed but for another skill; false if it was malformed. */
        public boolean forAnotherSkill() {
            return forAnotherSkill;
        }
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        RequestLog log = new RequestLog(context, System.nanoTime());
        JsonNode envelope;
        try {
            envelope = JSON.readTree(request.getRawRequest());
        } catch (IOException e) {
            throw reject(log, null, "the request is not valid JSON", false);
        }
        if (envelope == null || !envelope.isObject()) {
            throw reject(log, null, "the request is not a JSON object", false);
        }
        if (!envelope.path("version").isTextual() || !VERSION.matcher(envelope.path("version").asText()).matches()) {
            throw reject(log, envelope, "the request is not a version 1 request envelope", false);
        }
        JsonNode applicationId = envelope.at("/context/System/application/applicationId");
        if (!applicationId.isTextual()) {
            throw reject(log, envelope, "the request names no skill (context.System.application.applicationId)", false);
        }
        JsonNode sessionApplicationId = envelope.at("/session/application/applicationId");
        if (!sessionApplicationId.isMissingNode() && !sessionApplicationId.isTextual()) {
            throw reject(log, envelope, "the request's session.application.applicationId is not text", false);
        }
        // Context and session must both name this skill: a request naming another in either is not ours.
        if (!applicationId.asText().equals(skillId)
                || sessionApplicationId.isTextual() && !sessionApplicationId.asText().equals(skillId)) {
            throw reject(log, envelope, "the request is for another skill", true);
        }
        if (!envelope.at("/request/type").isTextual()) {
            throw reject(log, envelope, "the request has no request.type", false);
        }
        SkillResponse<ResponseEnvelope> response;
        try {
            // The entry rides along as the SDK's context, so that the catch-all can record a failure in it.
            response = skill.execute(request, log);
        } catch (AskSdkException e) {
            // The SDK could not read the envelope into its model: a malformed request, refused cleanly.
            throw reject(log, envelope, "the request does not match Alexa's request format", false);
        }
        if (context == Primer.CONTEXT) {
            return response;
        }
        if (response == null) {
            log.write(RequestLog.Level.INFO, envelope, "ignored", null);
            return new BaseSkillResponse<>(MARSHALLER, ResponseEnvelope.builder().withVersion("1.0").build());
        }
        if (log.hasFailed()) {
            log.write(RequestLog.Level.ERROR, envelope, "failed", null);
        } else {
            log.write(RequestLog.Level.INFO, envelope, "answered", null);
        }
        return response;
    }

    private static Rejected reject(RequestLog log, JsonNode envelope, String reason, boolean forAnotherSkill) {
        // INFO, like any request's entry: the caller is told why; locally, the command line's one line says it.
        log.write(RequestLog.Level.INFO, envelope, "rejected", reason);
        return new Rejected("Rejected: " + reason, forAnotherSkill);
    }
}
