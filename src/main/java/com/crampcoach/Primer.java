package com.crampcoach;

import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.crampcoach.conversation.Conversation;
import com.crampcoach.screen.Screens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Warms the skill before a SnapStart snapshot with a fixed set of requests of its own, built here from one
 * template: launch, the relief scripts (one on a device with a screen), a routine started and a routine's
 * next step in today's session format, the memory intents, help, fallback, stop, an emergency and a session's
 * end, in every locale, through the real skill. The snapshot then holds loaded classes and compiled hot paths,
 * and the first request runs warm code.
 *
 * <p>Priming leaves no trace: the requests carry no API access token (so no Alexa service can be called) and a
 * user no person can be, the skill that answers them has no memory, the answers are thrown away, and the gate
 * does not log them.
 */
public final class Primer {

    /** The context object priming passes: the gate does not log requests that carry it. */
    static final Object CONTEXT = new Object();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Not an Alexa account: the template's user and device, which no person can be. */
    private static final String USER = "amzn1.ask.account.PRIMING";
    private static final String DEVICE = "amzn1.ask.device.PRIMING";

    /** A priming request: the path it is for (see {@link #KINDS}), its locale, and the envelope. */
    public record Request(String path, String locale, byte[] envelope) {
    }

    /** One kind of priming request: the path it warms, and how the template becomes its request. */
    private record Kind(String path, UnaryOperator<ObjectNode> request) {
    }

    /** Every path priming warms. The names say where the answer must come from (PrimerTest holds each to it). */
    private static final List<Kind> KINDS = List.of(
            new Kind("launch", r -> type(r, "LaunchRequest")),
            new Kind("relief.calf", r -> intent(r, "CalfCrampIntent")),
            new Kind("relief.calf.screen", r -> screen(intent(r, "CalfCrampIntent"))),
            new Kind("relief.back", r -> intent(r, "BackSpasmIntent")),
            new Kind("relief.night", r -> intent(r, "NightCrampsIntent")),
            new Kind("relief.hamstring", r -> slot(intent(r, "CrampIntent"), "bodyPart", "BodyPart", "hamstring", "HAMSTRING")),
            new Kind("doctor", r -> intent(r, "SeeDoctorIntent")),
            new Kind("routine.start.bedtime", r -> slot(intent(r, "StartRoutineIntent"), "routine", "RoutineName", "bedtime",
                    "BEDTIME")),
            new Kind("routine.bedtime.step.2", r -> attributes(intent(r, "AMAZON.NextIntent"), Conversation.atStep("bedtime", 0))),
            new Kind("memory.settings", r -> intent(r, "SpeakSlowerIntent")),
            new Kind("memory.log", r -> intent(r, "LogCrampIntent")),
            new Kind("memory.count", r -> intent(r, "CrampCountIntent")),
            new Kind("help", r -> intent(r, "AMAZON.HelpIntent")),
            new Kind("fallback", r -> intent(r, "AMAZON.FallbackIntent")),
            new Kind("stop", r -> intent(r, "AMAZON.StopIntent")),
            new Kind("emergency", r -> intent(r, "EmergencyIntent")),
            new Kind("session-ended", r -> {
                request(type(r, "SessionEndedRequest")).put("reason", "USER_INITIATED");
                return r;
            }));

    private Primer() {
    }

    /** The priming requests' envelopes, every kind in each locale, for this skill. */
    public static List<byte[]> requests(String skillId, List<String> locales) {
        return named(skillId, locales).stream().map(Request::envelope).toList();
    }

    /** The priming requests with the path each is for, every kind in each locale, for this skill. */
    public static List<Request> named(String skillId, List<String> locales) {
        List<Request> requests = new ArrayList<>();
        int number = 0;
        for (String locale : locales) {
            for (Kind kind : KINDS) {
                ObjectNode request = kind.request().apply(template(skillId, locale, ++number));
                requests.add(new Request(kind.path(), locale, bytes(request)));
            }
        }
        return List.copyOf(requests);
    }

    /** One priming request's envelope, by its path (such as {@code relief.calf}): for the local benchmark. */
    public static byte[] request(String path, String skillId, String locale) {
        return named(skillId, List.of(locale)).stream().filter(r -> r.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no priming request for " + path)).envelope();
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

    /** A new session's intent request as Alexa sends it, with no API token and a device without a screen. */
    private static ObjectNode template(String skillId, String locale, int number) {
        ObjectNode envelope = JSON.createObjectNode().put("version", "1.0");
        ObjectNode session = envelope.putObject("session").put("new", true)
                .put("sessionId", "amzn1.echo-api.session.priming-" + number);
        session.putObject("application").put("applicationId", skillId);
        session.putObject("attributes");
        session.putObject("user").put("userId", USER);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", USER);
        system.putObject("device").put("deviceId", DEVICE).putObject("supportedInterfaces");
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        envelope.putObject("request").put("type", "IntentRequest")
                .put("requestId", "amzn1.echo-api.request.priming-" + number)
                .put("timestamp", "2026-01-01T00:00:00Z").put("locale", locale);
        return envelope;
    }

    private static ObjectNode type(ObjectNode envelope, String type) {
        request(envelope).put("type", type);
        return envelope;
    }

    private static ObjectNode request(ObjectNode envelope) {
        return (ObjectNode) envelope.get("request");
    }

    private static ObjectNode intent(ObjectNode envelope, String name) {
        request(envelope).putObject("intent").put("name", name).put("confirmationStatus", "NONE").putObject("slots");
        return envelope;
    }

    /** A slot whose words resolved to {@code id} of the skill's slot type {@code type}. */
    private static ObjectNode slot(ObjectNode envelope, String name, String type, String words, String id) {
        String skillId = envelope.at("/context/System/application/applicationId").asText();
        ObjectNode slot = ((ObjectNode) envelope.at("/request/intent/slots")).putObject(name);
        slot.put("name", name).put("value", words).put("confirmationStatus", "NONE").put("source", "USER");
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                .put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + type);
        authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
        authority.putArray("values").addObject().putObject("value").put("name", words).put("id", id);
        return envelope;
    }

    /** The session goes on, with these attributes (the skill's own format: see {@link Conversation#atStep}). */
    private static ObjectNode attributes(ObjectNode envelope, Map<String, Object> attributes) {
        ObjectNode session = (ObjectNode) envelope.get("session");
        session.put("new", false);
        session.set("attributes", JSON.valueToTree(attributes));
        return envelope;
    }

    /** The device has a screen: the answer carries its APL document. */
    private static ObjectNode screen(ObjectNode envelope) {
        ((ObjectNode) envelope.at("/context/System/device/supportedInterfaces")).putObject("Alexa.Presentation.APL")
                .putObject("runtime").put("maxVersion", Screens.APL_VERSION);
        return envelope;
    }

    private static byte[] bytes(ObjectNode envelope) {
        try {
            return JSON.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope of strings cannot fail to serialise", e);
        }
    }
}
