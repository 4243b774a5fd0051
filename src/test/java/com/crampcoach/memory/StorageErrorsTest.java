package com.crampcoach.memory;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.memory.LoopbackProxy.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Storage errors said as they are, through the real handler and a real DynamoDB Local, with DynamoDB's own
 * error answers injected by the loopback proxy: a refused write is "not saved" and logged at error level with
 * the status and the error code; throttling is tried again, then "not saved"; a server error or a lost answer
 * is tried again with the same write ID, and lands once.
 */
class StorageErrorsTest {

    /** The fixture's attempt timeout: only a held answer waits it out. */
    private static final Duration ATTEMPT = Duration.ofSeconds(3);
    /** Held far past {@link #ATTEMPT}: the answer always comes too late. */
    private static final Duration HELD = ATTEMPT.multipliedBy(20);
    /** The deadline of the fixture that is throttled throughout: short, so that the test ends soon. */
    private static final Duration THROTTLED_DEADLINE = Duration.ofMillis(1500);

    private final String user = "amzn1.ask.account." + UUID.randomUUID();
    private final Memory direct = LocalDynamo.memory(Clock.systemUTC());
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private LoopbackProxy proxy;
    private PrintStream realErr;

    @BeforeEach
    void start() throws IOException {
        proxy = new LoopbackProxy(LocalDynamo.port());
        direct.update(MemoryTest.envelopeFor(user), data -> {
            data.put("log", Map.of("consent", true));
            return data;
        });
        realErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws IOException {
        System.setErr(realErr);
        proxy.close();
    }

    /** The skill with the deployed client's code, its timeouts the fixture's own, through the proxy. */
    private SkillHarness person(Duration deadline) {
        DynamoClient client = new DynamoClient(() -> DynamoClient.builder(Map.of())
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(ATTEMPT).socketTimeout(ATTEMPT).build())
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(ATTEMPT))
                .endpointOverride(URI.create(proxy.endpoint()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build());
        CrampCoachHandler skill = LocalDynamo.skill(new Memory(new UserTable(client, LocalDynamo.TABLE, Clock.systemUTC()),
                deadline));
        return SkillHarness.of(skill, user);
    }

    private SkillHarness person() {
        return person(LocalDynamo.GENEROUS);
    }

    /** The fault for the first write only; everything else passes. */
    private static Function<LoopbackProxy.Request, Fault> firstPut(Fault fault) {
        AtomicInteger puts = new AtomicInteger();
        return request -> request.operation().equals("PutItem") && puts.getAndIncrement() == 0 ? fault : Fault.PASS;
    }

    private List<LoopbackProxy.Request> puts() {
        return proxy.requests().stream().filter(r -> r.operation().equals("PutItem")).toList();
    }

    /** The write ID a put records: the last of the item's recent writes. */
    private static String writeId(LoopbackProxy.Request put) {
        try {
            JsonNode writes = SkillHarness.JSON.readTree(put.body()).at("/Item/writes/L");
            return writes.get(writes.size() - 1).path("S").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String line) {
        try {
            return SkillHarness.JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("a log line that is not a JSON entry: " + line, e);
        }
    }

    private int entries() {
        return direct.user(MemoryTest.envelopeFor(user), false).orIfNone(UserRecord.NONE).log().entries().size();
    }

    private List<String> errorLines() {
        // Each log line is a JSON entry (JsonLogger); the ERROR ones, by their message.
        return err.toString(StandardCharsets.UTF_8).lines().map(StorageErrorsTest::json)
                .filter(entry -> entry.path("level").asText().equals("ERROR"))
                .map(entry -> entry.path("message").asText()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AccessDeniedException", "ValidationException", "ResourceNotFoundException"})
    void a_write_dynamodb_refuses_is_not_saved_and_logged_with_its_status_and_code(String code) {
        proxy.policy(firstPut(new Fault.Refuse(400, code)));

        String said = speech(person().say("log a calf cramp"));

        assertThat(said).contains("couldn't save that to your log").doesNotContain("can't tell");
        assertThat(entries()).isZero();
        assertThat(puts()).as("a refusal is final: not tried again").hasSize(1);
        assertThat(errorLines()).singleElement().asString().contains("status=400", "code=" + code);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(user).doesNotContain("calf");
    }

    @Test
    void a_refused_setting_is_not_saved_and_said_so() {
        proxy.policy(firstPut(new Fault.Refuse(400, "AccessDeniedException")));

        String said = speech(person().say("make the holds longer"));

        assertThat(said).contains("couldn't save it for next time");
        assertThat(errorLines()).singleElement().asString().contains("status=400", "code=AccessDeniedException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded"})
    void a_write_throttled_once_is_tried_again_and_saved(String code) {
        proxy.policy(firstPut(new Fault.Refuse(400, code)));

        String said = speech(person().say("log a calf cramp"));

        assertThat(said).containsPattern(Words.logged("en-US", "CALF"));
        assertThat(entries()).isEqualTo(1);
        assertThat(puts()).hasSize(2);
        assertThat(errorLines()).isEmpty();
    }

    @Test
    void a_write_throttled_until_the_deadline_is_not_saved_and_logged_with_its_status_and_code() {
        proxy.policy(request -> request.operation().equals("PutItem")
                ? new Fault.Refuse(400, "ProvisionedThroughputExceededException") : Fault.PASS);

        String said = speech(person(THROTTLED_DEADLINE).say("log a calf cramp"));

        assertThat(said).contains("couldn't save that to your log").doesNotContain("can't tell");
        assertThat(entries()).isZero();
        assertThat(puts()).as("tried again within the deadline").hasSizeGreaterThan(1);
        assertThat(errorLines()).singleElement().asString()
                .contains("status=400", "code=ProvisionedThroughputExceededException");
    }

    @Test
    void a_server_error_before_the_write_is_tried_again_with_the_same_write_id_and_saved_once() {
        proxy.policy(firstPut(new Fault.Refuse(500, "InternalServerError")));

        String said = speech(person().say("log a calf cramp"));

        assertThat(said).containsPattern(Words.logged("en-US", "CALF"));
        assertThat(entries()).isEqualTo(1);
        assertThat(puts()).hasSize(2).extracting(StorageErrorsTest::writeId).containsOnly(writeId(puts().get(0)));
    }

    @Test
    void a_server_error_after_the_write_applied_is_tried_again_with_the_same_write_id_and_not_applied_twice() {
        proxy.policy(firstPut(new Fault.AppliedThenError(500, "InternalServerError")));

        String said = speech(person().say("log a calf cramp"));

        assertThat(said).containsPattern(Words.logged("en-US", "CALF"));
        assertThat(entries()).as("one entry, not two").isEqualTo(1);
        assertThat(puts()).hasSize(2).extracting(StorageErrorsTest::writeId).containsOnly(writeId(puts().get(0)));
    }

    @Test
    void a_write_that_applied_but_timed_out_is_tried_again_with_the_same_write_id_and_not_applied_twice() throws Exception {
        proxy.policy(firstPut(new Fault.DelayAnswer(HELD)));

        String said = speech(person().say("log a calf cramp"));

        proxy.awaitSettled(LocalDynamo.GENEROUS);
        assertThat(said).containsPattern(Words.logged("en-US", "CALF"));
        assertThat(entries()).as("one entry, not two").isEqualTo(1);
        assertThat(puts()).hasSizeGreaterThanOrEqualTo(2)
                .extracting(StorageErrorsTest::writeId).containsOnly(writeId(puts().get(0)));
    }

    @Test
    void a_write_whose_answer_is_lost_is_tried_again_with_the_same_write_id_and_not_applied_twice() throws Exception {
        proxy.policy(firstPut(new Fault.DropAnswer()));

        String said = speech(person().say("log a calf cramp"));

        proxy.awaitSettled(LocalDynamo.GENEROUS);
        assertThat(said).containsPattern(Words.logged("en-US", "CALF"));
        assertThat(entries()).as("one entry, not two").isEqualTo(1);
        assertThat(puts()).hasSize(2).extracting(StorageErrorsTest::writeId).containsOnly(writeId(puts().get(0)));
    }
}
