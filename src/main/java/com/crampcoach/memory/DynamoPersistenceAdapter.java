package com.crampcoach.memory;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.exception.PersistenceException;
import com.amazon.ask.model.RequestEnvelope;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The ASK SDK's persistence, on the AWS SDK for Java v2 (the SDK's own adapter is built on the
 * end-of-life v1). One item per user: the user's ID as key, the attributes as a JSON document, a
 * version number for conditional writes (so two devices saving at once cannot lose an update) and a
 * TTL attribute, so that what is stored expires {@value #KEEP_DAYS} days after it was last written.
 */
public final class DynamoPersistenceAdapter implements PersistenceAdapter {

    /** The attribute that carries an item's version through a read-modify-write. */
    public static final String VERSION = "_version";
    static final int KEEP_DAYS = 180;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoClient client;
    private final String table;
    private final Clock clock;

    public DynamoPersistenceAdapter(DynamoClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    /** Thrown when another write got there first; read again and retry. */
    public static final class ConcurrentUpdate extends PersistenceException {
        ConcurrentUpdate() {
            super("the user's data changed since it was read");
        }
    }

    @Override
    public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
        try {
            GetItemResponse response = client.get().getItem(GetItemRequest.builder()
                    .tableName(table).key(key(envelope)).consistentRead(true).build());
            if (!response.hasItem() || response.item().isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> attributes = new LinkedHashMap<>(
                    JSON.readValue(response.item().get("data").s(), new TypeReference<Map<String, Object>>() { }));
            attributes.put(VERSION, Long.parseLong(response.item().get("version").n()));
            return Optional.of(attributes);
        } catch (IOException | RuntimeException e) {
            throw new PersistenceException("reading the user's data failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {
        Map<String, Object> data = new HashMap<>(attributes);
        Object read = data.remove(VERSION);
        long version = read instanceof Number n ? n.longValue() : 0;
        Map<String, AttributeValue> item = new HashMap<>(key(envelope));
        try {
            item.put("data", AttributeValue.fromS(JSON.writeValueAsString(data)));
        } catch (IOException e) {
            throw new PersistenceException("the user's data could not be written as JSON", e);
        }
        item.put("version", AttributeValue.fromN(String.valueOf(version + 1)));
        item.put("expiresAt", AttributeValue.fromN(String.valueOf(
                clock.instant().plus(Duration.ofDays(KEEP_DAYS)).getEpochSecond())));
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table).item(item);
        if (version == 0) {
            put.conditionExpression("attribute_not_exists(userId)");
        } else {
            put.conditionExpression("version = :read").expressionAttributeValues(
                    Map.of(":read", AttributeValue.fromN(String.valueOf(version))));
        }
        try {
            client.get().putItem(put.build());
        } catch (ConditionalCheckFailedException e) {
            throw new ConcurrentUpdate();
        } catch (RuntimeException e) {
            throw new PersistenceException("saving the user's data failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void deleteAttributes(RequestEnvelope envelope) {
        try {
            client.get().deleteItem(DeleteItemRequest.builder().tableName(table).key(key(envelope)).build());
        } catch (RuntimeException e) {
            throw new PersistenceException("deleting the user's data failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Map<String, AttributeValue> key(RequestEnvelope envelope) {
        String userId = envelope.getContext().getSystem().getUser().getUserId();
        if (userId == null || userId.isBlank()) {
            throw new PersistenceException("the request has no user ID");
        }
        return Map.of("userId", AttributeValue.fromS(userId));
    }
}
