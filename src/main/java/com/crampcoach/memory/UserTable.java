package com.crampcoach.memory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The user table in DynamoDB, on the AWS SDK for Java v2. One item per user: the user's ID as key, what is
 * remembered as a JSON document, a version number for conditional writes (so two writes from the same
 * read can never both land), the IDs of the last few writes (so a write whose answer was lost is
 * recognised instead of applied again), and a TTL attribute, so that an item expires {@value #KEEP_DAYS}
 * days after it was last written. Every call is bounded by the time its caller has left.
 */
public final class UserTable {

    static final int KEEP_DAYS = 180;
    /** How many write IDs an item keeps: more than a person's writes during one retried request. */
    static final int RECENT_WRITES = 8;
    /** A key no Alexa user can have (their IDs start with amzn1.ask.account.): priming reads it, never writes it. */
    public static final String RESERVED_KEY = "cramp-coach:priming";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoClient client;
    private final String table;
    private final Clock clock;

    public UserTable(DynamoClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    /** A user's item as read: what is remembered, its version (0: no item) and its recent write IDs. */
    record Item(Map<String, Object> data, long version, List<String> writes) {
        static final Item NONE = new Item(Map.of(), 0, List.of());
    }

    /** How one attempt of a conditional put ended. */
    enum Result {
        /** DynamoDB answered: written. */
        WRITTEN,
        /** DynamoDB answered: not written, the item is no longer the one read. */
        CONFLICT,
        /** DynamoDB answered: not written, too many requests just now (worth another try after a pause). */
        THROTTLED,
        /** DynamoDB answered: not written, and trying again will not change that (access, validation, size). */
        REFUSED,
        /** No answer (timeout, connection lost) or a server error: it may or may not have been written. */
        UNKNOWN
    }

    /**
     * A put's result, with what the service said: its HTTP status and error code (0 and the exception's class
     * name when no answer came). Never the service's message: it may quote the item.
     */
    record Put(Result result, int status, String code) {
        static final Put WRITTEN = new Put(Result.WRITTEN, 200, "");
    }

    /** The error codes DynamoDB throttles with (some are sent with status 400, so the status alone cannot tell). */
    static final Set<String> THROTTLING = Set.of("ProvisionedThroughputExceededException", "ThrottlingException",
            "RequestLimitExceeded", "Throttling");

    /**
     * A put is sent once per call: {@link Memory} retries it itself, because only it knows whether an earlier
     * attempt may have applied. The SDK's own retries would hide that (a timeout after a server error, say).
     */
    private static final SdkPlugin SEND_ONCE = config -> config.overrideConfiguration(
            config.overrideConfiguration().toBuilder().retryStrategy(AwsRetryStrategy.doNotRetry()).build());

    Clock clock() {
        return clock;
    }

    Lookup<Item> get(String userId, Duration budget) {
        try {
            GetItemResponse response = client.get().getItem(b -> b.tableName(table).key(key(userId))
                    .consistentRead(true).overrideConfiguration(within(budget)));
            if (!response.hasItem() || response.item().isEmpty()) {
                return Lookup.none();
            }
            Map<String, AttributeValue> item = response.item();
            Map<String, Object> data = JSON.readValue(item.get("data").s(), new TypeReference<LinkedHashMap<String, Object>>() { });
            List<String> writes = item.containsKey("writes")
                    ? item.get("writes").l().stream().map(AttributeValue::s).toList() : List.of();
            return Lookup.found(new Item(data, Long.parseLong(item.get("version").n()), writes));
        } catch (IOException e) {
            return Lookup.failed("unreadable item: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            Put failure = failure(e);
            return Lookup.failed("status=" + failure.status() + " code=" + failure.code());
        }
    }

    /**
     * Writes {@code data} over the item {@code read}, if the item is still that one, recording {@code writeId}.
     * Sent once: the same call again (same item, data and write ID) is idempotent, since it is conditional on the
     * version read, so it can neither apply twice nor overwrite a newer write.
     */
    Put put(String userId, Item read, Map<String, Object> data, String writeId, Duration budget) {
        List<String> writes = new ArrayList<>(read.writes());
        writes.add(writeId);
        List<AttributeValue> recent = writes.subList(Math.max(0, writes.size() - RECENT_WRITES), writes.size())
                .stream().map(AttributeValue::fromS).toList();
        Map<String, AttributeValue> item = new HashMap<>(key(userId));
        try {
            item.put("data", AttributeValue.fromS(JSON.writeValueAsString(data)));
        } catch (IOException e) {
            throw new IllegalArgumentException("the user's data could not be written as JSON", e);
        }
        item.put("version", AttributeValue.fromN(String.valueOf(read.version() + 1)));
        item.put("writes", AttributeValue.fromL(recent));
        item.put("expiresAt", AttributeValue.fromN(String.valueOf(
                clock.instant().plus(Duration.ofDays(KEEP_DAYS)).getEpochSecond())));
        try {
            client.get().putItem(b -> {
                b.tableName(table).item(item).overrideConfiguration(within(budget).toBuilder().addPlugin(SEND_ONCE).build());
                if (read.version() == 0) {
                    b.conditionExpression("attribute_not_exists(userId)");
                } else {
                    b.conditionExpression("version = :read").expressionAttributeValues(
                            Map.of(":read", AttributeValue.fromN(String.valueOf(read.version()))));
                }
            });
            return Put.WRITTEN;
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    /** What a failed call says: whether it certainly did not apply, and the service's status and error code. */
    static Put failure(RuntimeException e) {
        if (e instanceof ConditionalCheckFailedException conflict) {
            return new Put(Result.CONFLICT, conflict.statusCode(), "ConditionalCheckFailedException");
        }
        if (e instanceof SdkServiceException service) {
            int status = service.statusCode();
            String code = service instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                    && aws.awsErrorDetails().errorCode() != null ? aws.awsErrorDetails().errorCode() : "-";
            boolean throttled = service.isThrottlingException() || THROTTLING.contains(code);
            if (throttled) {
                return new Put(Result.THROTTLED, status, code);
            }
            // A 4xx is the service's answer that the request was not applied; a 5xx may come after it was.
            return new Put(status >= 400 && status < 500 ? Result.REFUSED : Result.UNKNOWN, status, code);
        }
        return new Put(Result.UNKNOWN, 0, e.getClass().getSimpleName());
    }

    /** Deletes the user's item; says whether DynamoDB said it is gone (deleting twice does no harm), or why not. */
    Put delete(String userId, Duration budget) {
        try {
            client.get().deleteItem(b -> b.tableName(table).key(key(userId)).overrideConfiguration(within(budget)));
            return Put.WRITTEN;
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    /** The whole call, the SDK's retries included, ends within {@code budget}. */
    private static AwsRequestOverrideConfiguration within(Duration budget) {
        return AwsRequestOverrideConfiguration.builder().apiCallTimeout(budget).build();
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of("userId", AttributeValue.fromS(userId));
    }
}
