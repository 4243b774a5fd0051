package com.crampcoach;

import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Warms the skill before a SnapStart snapshot: runs the request envelopes in {@code events/} (launch,
 * every relief intent, a routine step, help, fallback, an emergency) in every locale through the real
 * skill, so that the snapshot holds loaded classes and compiled hot paths and the user's first request
 * runs warm code.
 *
 * <p>Priming leaves no trace: the envelopes carry no API access token (so no Alexa service can be called),
 * the skill has no persistence, the answers are thrown away, and the gate does not log them.
 */
public final class Primer {

    /** The context object priming passes: the gate does not log requests that carry it. */
    static final Object CONTEXT = new Object();

    private static final ObjectMapper JSON = new ObjectMapper();

    private Primer() {
    }

    /** The priming requests: every event except the one for another skill, in each locale, for this skill. */
    public static List<byte[]> requests(String skillId, List<String> locales) {
        List<byte[]> requests = new ArrayList<>();
        ClassLoader loader = Primer.class.getClassLoader();
        try {
            for (String path : ClassPathFolder.list("events/", "launch.json")) {
                JsonNode event;
                try (InputStream in = loader.getResourceAsStream(path)) {
                    event = JSON.readTree(in);
                }
                String applicationId = event.at("/context/System/application/applicationId").asText();
                if (!applicationId.equals(Config.DEVELOPMENT_SKILL_ID)) {
                    continue;
                }
                for (String locale : locales) {
                    ObjectNode request = event.deepCopy();
                    ((ObjectNode) request.at("/context/System/application")).put("applicationId", skillId);
                    ((ObjectNode) request.at("/context/System")).remove("apiAccessToken");
                    if (request.path("session").isObject()) {
                        ((ObjectNode) request.at("/session/application")).put("applicationId", skillId);
                    }
                    ((ObjectNode) request.path("request")).put("locale", locale);
                    requests.add(JSON.writeValueAsBytes(request));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the priming events", e);
        }
        return requests;
    }

    /** Runs the priming requests {@code rounds} times through the gate; returns how many were answered. */
    static int prime(SkillGate gate, List<byte[]> requests, int rounds) {
        int answered = 0;
        for (int round = 0; round < rounds; round++) {
            for (byte[] request : requests) {
                SkillResponse<ResponseEnvelope> response = gate.execute(new BaseSkillRequest(request), CONTEXT);
                if (response != null && response.isPresent()) {
                    response.writeTo(new ByteArrayOutputStream());
                    answered++;
                }
            }
        }
        return answered;
    }

}
