package com.crampcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Builds request envelopes shaped like the ones Alexa sends, for the local chat and the tests:
 * launch, intent (with slots and entity resolution) and session-ended requests.
 */
public final class Envelopes {

    /** The largest request envelope the local commands take: Alexa's are a few kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String skillId;
    private final String locale;
    private String sessionId;
    private boolean newSession = true;
    private JsonNode attributes = JSON.createObjectNode();
    private String userId = "amzn1.ask.account.LOCAL-DEVELOPER";

    public Envelopes(String skillId, String locale) {
        this.skillId = skillId;
        this.locale = locale;
        startSession();
    }

    /** Requests from now on come from this Alexa user (one per person in the tests of memory). */
    public Envelopes asUser(String user) {
        this.userId = user;
        return this;
    }

    /** The next request opens a new session with no attributes. */
    public void startSession() {
        sessionId = "amzn1.echo-api.session.local-" + UUID.randomUUID();
        newSession = true;
        attributes = JSON.createObjectNode();
    }

    /** Carries the session attributes of a response into the next request, as Alexa does. */
    public void continueSession(JsonNode responseEnvelope) {
        newSession = false;
        JsonNode returned = responseEnvelope.path("sessionAttributes");
        attributes = returned.isObject() ? returned.deepCopy() : JSON.createObjectNode();
    }

    public ObjectNode launch() {
        ObjectNode request = request("LaunchRequest");
        return envelope(request);
    }

    public ObjectNode intent(UtteranceMatcher.Match match) {
        ObjectNode request = request("IntentRequest");
        ObjectNode intent = request.putObject("intent");
        intent.put("name", match.intent());
        intent.put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        match.slots().forEach((name, fill) -> slots.set(name, slot(name, fill)));
        return envelope(request);
    }

    public ObjectNode intent(String name) {
        return intent(new UtteranceMatcher.Match(name, Map.of()));
    }

    public ObjectNode sessionEnded(String reason) {
        ObjectNode request = request("SessionEndedRequest");
        request.put("reason", reason);
        return envelope(request);
    }

    private ObjectNode slot(String name, UtteranceMatcher.SlotFill fill) {
        ObjectNode slot = JSON.createObjectNode();
        slot.put("name", name);
        slot.put("confirmationStatus", "NONE");
        if (fill == null) {
            return slot;
        }
        slot.put("source", "USER");
        if (fill.type().startsWith("AMAZON.")) {
            // A built-in type's value is what Alexa made of the words ("21:30"), with no entity resolution.
            slot.put("value", fill.resolved() ? fill.id() : fill.said());
            return slot;
        }
        slot.put("value", fill.said());
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + fill.type());
        authority.putObject("status").put("code", fill.resolved() ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
        if (fill.resolved()) {
            ObjectNode value = authority.putArray("values").addObject().putObject("value");
            value.put("name", fill.name());
            value.put("id", fill.id());
        }
        return slot;
    }

    private ObjectNode request(String type) {
        ObjectNode request = JSON.createObjectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request.local-" + UUID.randomUUID());
        request.put("timestamp", Instant.now().toString());
        request.put("locale", locale);
        return request;
    }

    private ObjectNode envelope(ObjectNode request) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", newSession);
        session.put("sessionId", sessionId);
        session.putObject("application").put("applicationId", skillId);
        session.set("attributes", attributes.deepCopy());
        session.putObject("user").put("userId", userId);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", userId);
        ObjectNode device = system.putObject("device");
        device.put("deviceId", "amzn1.ask.device.LOCAL-DEVICE");
        device.putObject("supportedInterfaces");
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        envelope.set("request", request);
        return envelope;
    }
}
