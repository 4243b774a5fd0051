package com.crampcoach;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The skill's front door. It refuses, with one clear reason, anything that is not a request envelope
 * for this skill (both the context's and, when there is one, the session's application ID must be this
 * skill's), telling a request for another skill from a malformed one; answers request types the SDK does not know (a newer Alexa) with an empty response
 * instead of an error; and logs one JSON line per request: its ID, type, intent, locale, latency and
 * outcome, each field from the request capped and escaped. No utterance, user or device ID is ever logged.
 */
public final class SkillGate implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {

    private static final Logger LOG = LoggerFactory.getLogger("request");
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
        long start = System.nanoTime();
        JsonNode envelope;
        try {
            envelope = JSON.readTree(request.getRawRequest());
        } catch (IOException e) {
            throw reject(null, "the request is not valid JSON", start);
        }
        if (envelope == null || !envelope.isObject()) {
            throw reject(null, "the request is not a JSON object", start);
        }
        if (!envelope.path("version").isTextual() || !VERSION.matcher(envelope.path("version").asText()).matches()) {
            throw reject(envelope, "the request is not a version 1 request envelope", start);
        }
        JsonNode applicationId = envelope.at("/context/System/application/applicationId");
        if (!applicationId.isTextual()) {
            throw reject(envelope, "the request names no skill (context.System.application.applicationId)", start);
        }
        JsonNode sessionApplicationId = envelope.at("/session/application/applicationId");
        if (!sessionApplicationId.isMissingNode() && !sessionApplicationId.isTextual()) {
            throw reject(envelope, "the request's session.application.applicationId is not text", start);
        }
        if (!applicationId.asText().equals(skillId)
                || sessionApplicationId.isTextual() && !sessionApplicationId.asText().equals(skillId)) {
            throw foreign(envelope, start);
        }
        if (!envelope.at("/request/type").isTextual()) {
            throw reject(envelope, "the request has no request.type", start);
        }
        SkillResponse<ResponseEnvelope> response;
        try {
            response = skill.execute(request, context);
        } catch (AskSdkException e) {
            // The SDK could not read the envelope into its model: a malformed request, refused cleanly.
            throw reject(envelope, "the request does not match Alexa's request format", start);
        }
        if (context == Primer.CONTEXT) {
            return response;
        }
        if (response == null) {
            log(envelope, "ignored", start);
            return new BaseSkillResponse<>(MARSHALLER, ResponseEnvelope.builder().withVersion("1.0").build());
        }
        log(envelope, "answered", start);
        return response;
    }

    private static Rejected reject(JsonNode envelope, String reason, long start) {
        log(envelope, "rejected: " + reason, start);
        return new Rejected("Rejected: " + reason, false);
    }

    /** Context and session must both name this skill: a request naming another in either is not ours. */
    private static Rejected foreign(JsonNode envelope, long start) {
        String reason = "the request is for another skill";
        log(envelope, "rejected: " + reason, start);
        return new Rejected("Rejected: " + reason, true);
    }

    private static void log(JsonNode envelope, String outcome, long start) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        JsonNode request = envelope == null ? JSON.missingNode() : envelope.path("request");
        ObjectNode line = JSON.createObjectNode();
        // Fields from the request are capped and escaped: a request must not be able to forge or flood the log.
        line.put("requestId", Logging.field(request.path("requestId").asText(null)));
        line.put("type", Logging.field(request.path("type").asText(null)));
        line.put("intent", Logging.field(request.path("intent").path("name").asText(null)));
        line.put("locale", Logging.field(request.path("locale").asText(null)));
        line.put("latencyMs", Math.round((System.nanoTime() - start) / 10_000.0) / 100.0);
        line.put("outcome", outcome);
        LOG.info(line.toString());
    }
}
