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
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
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

    /** How a conditional put ended. */
    enum Put {
        /** DynamoDB answered: written. */
        WRITTEN,
        /** DynamoDB answered: not written, the item is no longer the one read. */
        CONFLICT,
        /** No answer (timeout, connection lost, a server error): it may or may not have been written. */
        UNKNOWN
    }

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
        } catch (IOException | RuntimeException e) {
            return Lookup.failed(e.getClass().getSimpleName());
        }
    }

    /** Writes {@code data} over the item {@code read}, if the item is still that one, recording {@code writeId}. */
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
                b.tableName(table).item(item).overrideConfiguration(within(budget));
                if (read.version() == 0) {
                    b.conditionExpression("attribute_not_exists(userId)");
                } else {
                    b.conditionExpression("version = :read").expressionAttributeValues(
                            Map.of(":read", AttributeValue.fromN(String.valueOf(read.version()))));
                }
            });
            return Put.WRITTEN;
        } catch (ConditionalCheckFailedException e) {
            return Put.CONFLICT;
        } catch (RuntimeException e) {
            return Put.UNKNOWN;
        }
    }

    /** Deletes the user's item; returns whether DynamoDB said it is gone (deleting twice does no harm). */
    boolean delete(String userId, Duration budget) {
        try {
            client.get().deleteItem(b -> b.tableName(table).key(key(userId)).overrideConfiguration(within(budget)));
            return true;
        } catch (RuntimeException e) {
            return false;
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
