package com.crampcoach.alexa;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.services.ApacheHttpApiClient;
import java.time.Duration;
import java.util.Arrays;

/**
 * What asking Alexa's Settings API for the time zone costs, cold (the first call in a new JVM, as after a Lambda
 * cold start without SnapStart: classes loaded, client made, connection opened) and warm (later calls), through
 * {@link TimeZones} against the loopback {@link AlexaApiStandIn}, with either API client:
 * {@code jdk} (the skill's {@link JdkApiClient}) or {@code apache} (the SDK's {@code ApacheHttpApiClient}, in test
 * scope only). Run each in a JVM of its own:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.crampcoach.alexa.ApiClientCost -Dexec.args=jdk}
 */
public final class ApiClientCost {

    private static final int WARM = 200;

    private ApiClientCost() {
    }

    public static void main(String[] args) {
        String which = args.length == 0 ? "jdk" : args[0];
        // The JDK's HttpServer writes headers and body apart; without TCP_NODELAY, delayed acknowledgement adds
        // about 40 ms to every loopback answer, whichever client asks, and hides the clients' own cost.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (AlexaApiStandIn alexa = new AlexaApiStandIn().zone("America/Los_Angeles")) {
            RequestEnvelope envelope = envelope(alexa);
            long start = System.nanoTime();
            ApiClient client = switch (which) {
                case "jdk" -> new JdkApiClient(Duration.ofSeconds(5));
                case "apache" -> ApacheHttpApiClient.standard();
                default -> throw new IllegalArgumentException("jdk or apache, not " + which);
            };
            TimeZones zones = new TimeZones(client);
            String zone = zones.of(envelope).orElseThrow().getId();
            long cold = System.nanoTime() - start;
            long[] warm = new long[WARM];
            for (int i = 0; i < WARM; i++) {
                long t = System.nanoTime();
                zones.of(envelope).orElseThrow();
                warm[i] = System.nanoTime() - t;
            }
            Arrays.sort(warm);
            System.out.printf("%s: %s; cold %.1f ms (client made, first call); warm median %.2f ms, p90 %.2f ms of %d%n",
                    which, zone, cold / 1e6, warm[WARM / 2] / 1e6, warm[WARM * 9 / 10] / 1e6, WARM);
        }
        System.exit(0);
    }

    private static RequestEnvelope envelope(AlexaApiStandIn alexa) {
        SystemState system = SystemState.builder()
                .withApiEndpoint(alexa.endpoint())
                .withApiAccessToken(AlexaApiStandIn.TOKEN)
                .withDevice(com.amazon.ask.model.Device.builder().withDeviceId("device-1").build())
                .build();
        return RequestEnvelope.builder()
                .withContext(com.amazon.ask.model.Context.builder().withSystem(system).build())
                .build();
    }
}
