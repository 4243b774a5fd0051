package com.crampcoach.alexa;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiConfiguration;
import com.amazon.ask.model.services.DefaultApiConfiguration;
import com.amazon.ask.model.services.util.JacksonSerializer;
import java.util.Optional;

/**
 * What a request gives the skill to call Alexa's own APIs: the {@code apiEndpoint} to call and the
 * {@code apiAccessToken} to call it with, and the device the request came from. A request without them (a local
 * run, or a hand-written envelope) can ask nothing.
 */
record ApiAccess(String endpoint, String token, Optional<String> deviceId) {

    static Optional<ApiAccess> of(RequestEnvelope envelope) {
        SystemState system = system(envelope);
        if (system == null || blank(system.getApiAccessToken()) || blank(system.getApiEndpoint())) {
            return Optional.empty();
        }
        Optional<String> device = Optional.ofNullable(system.getDevice()).map(d -> d.getDeviceId()).filter(id -> !blank(id));
        return Optional.of(new ApiAccess(system.getApiEndpoint(), system.getApiAccessToken(), device));
    }

    /** The SDK's configuration for a service client calling this endpoint with this token through {@code client}. */
    ApiConfiguration configuration(ApiClient client) {
        return DefaultApiConfiguration.builder()
                .withApiClient(client)
                .withApiEndpoint(endpoint)
                .withAuthorizationValue(token)
                .withSerializer(new JacksonSerializer())
                .build();
    }

    static SystemState system(RequestEnvelope envelope) {
        return envelope.getContext() == null ? null : envelope.getContext().getSystem();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
