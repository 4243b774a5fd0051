package com.crampcoach.memory;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB client, created on first use: a relief answer never waits for it. The deployed client
 * ({@link #standard}) finds its credentials and endpoint the way every AWS tool does: the SDK's default
 * credentials chain (on Lambda with SnapStart, the container credentials endpoint) and, when set,
 * {@code AWS_ENDPOINT_URL_DYNAMODB} (a DynamoDB Local, say). Its attempts are short; {@link Memory} bounds
 * each whole operation.
 */
public final class DynamoClient {

    /**
     * One HTTP attempt may take this long. The SDK retries a read within what is left of {@link Memory#DEADLINE};
     * a write is sent once per call and {@link Memory} retries it, knowing what may have applied.
     */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(700);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(400);

    private final Supplier<DynamoDbClient> factory;
    private volatile DynamoDbClient client;

    /** A client made by {@code factory} on first use (tests make their own, with their own timeouts). */
    public DynamoClient(Supplier<DynamoDbClient> factory) {
        this.factory = factory;
    }

    /**
     * The deployed client. Only the region is read from {@code env} ({@code AWS_REGION}, always set on
     * Lambda; us-east-1 otherwise); credentials and endpoint are left to the SDK, which reads the process's
     * own environment.
     */
    public static DynamoClient standard(Map<String, String> env) {
        return new DynamoClient(() -> builder(env).build());
    }

    /** The deployed client's builder: its HTTP client, timeouts and region (the fault tests add an endpoint). */
    static DynamoDbClientBuilder builder(Map<String, String> env) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(ATTEMPT_TIMEOUT)
                        .build())
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(ATTEMPT_TIMEOUT))
                .region(Region.of(env.getOrDefault("AWS_REGION", "us-east-1")));
    }

    public DynamoDbClient get() {
        DynamoDbClient existing = client;
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            if (client == null) {
                client = factory.get();
            }
            return client;
        }
    }
}
