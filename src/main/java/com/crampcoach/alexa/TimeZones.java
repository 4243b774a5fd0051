package com.crampcoach.alexa;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.ups.UpsServiceClient;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person's time zone: the device's setting, read from the Alexa Settings API (it needs no permission) at the
 * {@code apiEndpoint} the request names, with its {@code apiAccessToken}. Asked only when a date is needed, never
 * on the way to a relief or an emergency answer, and within {@link #DEADLINE}.
 */
public final class TimeZones {

    /** How long a request waits for the zone before going on without it. */
    public static final Duration DEADLINE = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(TimeZones.class);

    private final ApiClient client;

    public TimeZones(ApiClient client) {
        this.client = client;
    }

    /** The skill's: the JDK's HTTP client within {@link #DEADLINE}, made on its first call (see {@link JdkApiClient}). */
    public static TimeZones standard() {
        return new TimeZones(new JdkApiClient(DEADLINE));
    }

    /**
     * The device's zone; empty when the request carries no API access (as in a local run), or the API is slow,
     * refuses, fails or names no zone Java knows.
     */
    public Optional<ZoneId> of(RequestEnvelope envelope) {
        Optional<ApiAccess> access = ApiAccess.of(envelope);
        if (access.isEmpty() || access.get().deviceId().isEmpty()) {
            return Optional.empty();
        }
        UpsServiceClient settings = new UpsServiceClient(access.get().configuration(client));
        try {
            return Optional.of(ZoneId.of(settings.getSystemTimeZone(access.get().deviceId().get())));
        } catch (ServiceException e) {
            LOG.warn("time zone not read: status={}", e.getStatusCode());
        } catch (DateTimeException | NullPointerException e) {
            LOG.warn("time zone not read: {}", e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            // A timeout or a refused connection: the date is told in UTC rather than the answer waiting.
            LOG.warn("time zone not read: {}", e.getClass().getSimpleName());
        }
        return Optional.empty();
    }
}
