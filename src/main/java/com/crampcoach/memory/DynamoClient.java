package com.crampcoach.memory;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB client, created on first use: a relief answer never waits for it. Timeouts are short
 * because Alexa waits about 8 seconds for everything; when DynamoDB is slow or down, the skill answers
 * without what it would have remembered.
 */
public final class DynamoClient {

    /** One attempt may take this long; the whole call, retry included, {@link #CALL_TIMEOUT}. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(600);
    static final Duration CALL_TIMEOUT = Duration.ofMillis(1500);

    private final Map<String, String> env;
    private volatile DynamoDbClient client;

    public DynamoClient(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public DynamoDbClient get() {
        DynamoDbClient existing = client;
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            if (client == null) {
                client = create();
            }
            return client;
        }
    }

    private DynamoDbClient create() {
        var builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofMillis(400))
                        .socketTimeout(ATTEMPT_TIMEOUT)
                        .build())
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(ATTEMPT_TIMEOUT).apiCallTimeout(CALL_TIMEOUT));
        String endpoint = env.get("DYNAMODB_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            // A DynamoDB on this machine (DynamoDB Local): any credentials and region will do.
            return builder.endpointOverride(URI.create(endpoint))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build();
        }
        return builder.region(Region.of(env.getOrDefault("AWS_REGION", "us-east-1")))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .build();
    }
}
