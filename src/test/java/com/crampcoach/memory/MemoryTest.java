package com.crampcoach.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The user's memory against a real DynamoDB (DynamoDB Local, started by the build). */
class MemoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);
    private final DynamoClient client = LocalDynamo.client();
    private final Memory memory = LocalDynamo.memory(CLOCK);

    static RequestEnvelope envelopeFor(String userId) {
        return RequestEnvelope.builder().withContext(Context.builder().withSystem(SystemState.builder()
                .withUser(User.builder().withUserId(userId).build()).build()).build()).build();
    }

    @Test
    void what_is_saved_comes_back_and_a_new_user_has_nothing() {
        RequestEnvelope user = envelopeFor("amzn1.ask.account." + UUID.randomUUID());
        assertThat(memory.read(user)).isInstanceOf(Lookup.None.class);

        memory.update(user, data -> {
            data.put("prefs", Map.of("hold", 45));
            return data;
        });

        assertThat(memory.read(user).orIfNone(Map.of())).containsEntry("prefs", Map.of("hold", 45));
    }

    @Test
    void every_write_sets_the_expiry_a_hundred_and_eighty_days_ahead() {
        String userId = "amzn1.ask.account." + UUID.randomUUID();
        memory.update(envelopeFor(userId), data -> {
            data.put("x", 1);
            return data;
        });

        Map<String, AttributeValue> item = client.get().getItem(b -> b.tableName(LocalDynamo.TABLE)
                .key(Map.of("userId", AttributeValue.fromS(userId)))).item();

        assertThat(Long.parseLong(item.get("expiresAt").n()))
                .isEqualTo(CLOCK.instant().plusSeconds(180L * 24 * 3600).getEpochSecond());
    }

    @Test
    void deleting_removes_everything_stored_for_the_user() {
        RequestEnvelope user = envelopeFor("amzn1.ask.account." + UUID.randomUUID());
        memory.update(user, data -> {
            data.put("log", List.of("2026-11-21"));
            return data;
        });

        assertThat(memory.delete(user)).isTrue();

        assertThat(memory.read(user)).isInstanceOf(Lookup.None.class);
    }

    @Test
    void two_devices_writing_at_the_same_moment_both_count() throws Exception {
        RequestEnvelope user = envelopeFor("amzn1.ask.account." + UUID.randomUUID());
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> devices = List.of(pool.submit(() -> increments(user, start, perThread)),
                pool.submit(() -> increments(user, start, perThread)));
        start.countDown();
        int saved = devices.get(0).get() + devices.get(1).get();
        pool.shutdown();

        assertThat(saved).isEqualTo(2 * perThread);
        assertThat(((Number) memory.read(user).orIfNone(Map.of()).get("count")).intValue()).isEqualTo(2 * perThread);
    }

    private int increments(RequestEnvelope user, CountDownLatch start, int times) throws InterruptedException {
        start.await();
        int saved = 0;
        for (int i = 0; i < times; i++) {
            Memory device = LocalDynamo.memory(CLOCK);
            boolean ok = false;
            // Each save is a read-modify-write; a collision is retried inside Memory, and by the caller
            // here when even the retries collide, as a person would say it again.
            for (int tries = 0; tries < 10 && !ok; tries++) {
                ok = device.update(user, data -> {
                    Map<String, Object> next = new HashMap<>(data);
                    next.put("count", ((Number) data.getOrDefault("count", 0)).intValue() + 1);
                    return next;
                }).saved();
            }
            saved += ok ? 1 : 0;
        }
        return saved;
    }

    @Test
    void an_unreachable_database_is_a_failed_read_never_no_data_and_a_write_not_saved() {
        Memory down = new Memory(new UserTable(LocalDynamo.client("http://127.0.0.1:" + LocalDynamo.freePort()),
                LocalDynamo.TABLE, CLOCK), LocalDynamo.GENEROUS);
        RequestEnvelope user = envelopeFor("amzn1.ask.account.down");

        assertThat(down.read(user)).isInstanceOf(Lookup.Failed.class);
        assertThat(down.update(user, data -> data).outcome()).isEqualTo(Memory.Outcome.NOT_SAVED);
        assertThat(down.delete(user)).isFalse();
    }
}
