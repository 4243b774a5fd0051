package com.crampcoach.memory;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.crampcoach.memory.LoopbackProxy.Fault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skill's memory under faults, with real components: the deployed client (its timeouts, its 2-second
 * deadline) talks through a loopback proxy to a real DynamoDB Local, which holds answers back, drops them,
 * drops requests, or is stopped and started again. Every request is a real "log a cramp" or "shorter
 * holds" through the handler; what the person was told is then compared with what the table holds.
 *
 * <p>A held answer is held {@link #HELD} long: five times the deadline, so it always comes too late, on
 * any machine. Which answer a request gets may depend on the machine's speed; the truth of it may not.
 * So the test asserts the truth only: nothing saved though the person was told it was not, nothing
 * applied twice, nothing lost that was said to be saved.
 */
class MemoryFaultTest {

    private static final Duration HELD = Memory.DEADLINE.multipliedBy(5);
    private static final Pattern USER = Pattern.compile("amzn1\\.ask\\.account\\.[0-9a-f-]+");

    @TempDir
    Path folder;
    private LocalDynamo.Instance dynamo;
    private LoopbackProxy proxy;
    private CrampCoachHandler deployed;
    private CrampCoachHandler fixture;
    private Memory direct;
    private final Tally tally = new Tally();

    @BeforeEach
    void start() throws Exception {
        dynamo = LocalDynamo.start(LocalDynamo.freePort(), folder);
        LocalDynamo.createTable(LocalDynamo.client(dynamo.endpoint()).get(), LocalDynamo.TABLE);
        proxy = new LoopbackProxy(dynamo.port);
        DynamoClient client = LocalDynamo.deployedClient(proxy.endpoint());
        Config config = new Config(Config.DEVELOPMENT_SKILL_ID, LocalDynamo.TABLE, Map.of());
        deployed = new CrampCoachHandler(config, new Memory(new UserTable(client, LocalDynamo.TABLE, Clock.systemUTC())));
        direct = new Memory(new UserTable(LocalDynamo.client(dynamo.endpoint()), LocalDynamo.TABLE, Clock.systemUTC()),
                LocalDynamo.GENEROUS);
        fixture = new CrampCoachHandler(config, direct);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        dynamo.close();
    }

    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
    void under_held_dropped_and_lost_answers_nothing_is_saved_twice_and_nothing_is_said_wrongly() throws Exception {
        List<Function<LoopbackProxy.Request, Fault>> faults = List.of(
                request -> Fault.PASS,
                firstPut(new Fault.DelayAnswer(HELD)),
                firstPut(new Fault.DropAnswer()),
                firstPut(new Fault.DropRequest()),
                request -> request.operation().equals("PutItem") ? new Fault.DelayAnswer(HELD) : Fault.PASS,
                request -> new Fault.DelayAnswer(HELD),
                request -> new Fault.DropRequest(),
                lostAfterWrite());
        List<Runnable> checks = new ArrayList<>();
        for (var fault : faults) {
            proxy.policy(fault);
            for (int i = 0; i < 2; i++) {
                checks.add(logACramp());
                checks.add(shorterHolds());
            }
        }
        proxy.awaitSettled(HELD.multipliedBy(4));
        checks.forEach(Runnable::run);

        System.out.println("Memory under faults: " + tally);
        assertThat(tally.toldSaved.get() + tally.toldNotSaved.get() + tally.toldUnsure.get()).isEqualTo(checks.size());
        assertThat(tally.savedThoughToldNot.get()).as("saved though told not").isZero();
        assertThat(tally.extraCopies.get()).as("extra copies").isZero();
        assertThat(tally.lost.get()).as("told saved, not there").isZero();
        assertThat(tally.toldSaved.get()).as("some writes got through").isPositive();
    }

    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
    void with_dynamodb_stopped_nothing_is_said_to_be_none_and_after_a_restart_everything_is_there() {
        String user = "amzn1.ask.account." + UUID.randomUUID();
        for (int day = 0; day < 4; day++) {
            LocalDate today = LocalDate.ofInstant(direct.now(), java.time.ZoneOffset.UTC);
            direct.updateUser(MemoryTest.envelopeFor(user), record -> record.withLog(record.log().add(new CrampLog.Entry(today, "calf"), today)));
        }
        dynamo.close();

        SkillHarness person = new SkillHarness(deployed);
        person.envelopes.asUser(user);
        assertThat(speech(person.say("my calf is cramping"))).contains("toes up toward your shin");
        assertThat(speech(person.say("how many cramps this month"))).contains("couldn't check");
        String logged = speech(person.say("log a calf cramp"));
        assertThat(logged).doesNotContain("Shall I keep it?").contains("couldn't reach your cramp log");
        assertThat(speech(person.say("make the holds longer"))).contains("couldn't save it");

        dynamo = LocalDynamo.start(dynamo.port, folder);
        SkillHarness later = new SkillHarness(fixture);
        later.envelopes.asUser(user);
        assertThat(speech(later.say("how many cramps this month"))).contains("4 cramps this month");
        assertThat(speech(later.say("make the holds longer"))).contains("45 seconds");
    }

    /** Each user's writes are applied but their answers held; every read after a write is lost. */
    private static Function<LoopbackProxy.Request, Fault> lostAfterWrite() {
        Map<String, Boolean> written = new ConcurrentHashMap<>();
        return request -> {
            String id = user(request);
            if (request.operation().equals("PutItem")) {
                written.put(id, true);
                return new Fault.DelayAnswer(HELD);
            }
            return written.containsKey(id) ? new Fault.DropRequest() : Fault.PASS;
        };
    }

    private static String user(LoopbackProxy.Request request) {
        Matcher user = USER.matcher(request.body());
        return user.find() ? user.group() : "";
    }

    /** The fault for each user's first write only; everything else passes. */
    private static Function<LoopbackProxy.Request, Fault> firstPut(Fault fault) {
        Map<String, AtomicInteger> puts = new ConcurrentHashMap<>();
        return request -> {
            if (!request.operation().equals("PutItem")) {
                return Fault.PASS;
            }
            return puts.computeIfAbsent(user(request), k -> new AtomicInteger()).getAndIncrement() == 0 ? fault : Fault.PASS;
        };
    }

    /** A consenting user logs a cramp; returns the check to run once the proxy has settled. */
    private Runnable logACramp() {
        String user = "amzn1.ask.account." + UUID.randomUUID();
        direct.update(MemoryTest.envelopeFor(user), data -> {
            data.put("log", Map.of("consent", true));
            return data;
        });
        SkillHarness person = new SkillHarness(deployed);
        person.envelopes.asUser(user);
        String said = speech(person.say("log a calf cramp"));
        return () -> {
            int entries = direct.user(MemoryTest.envelopeFor(user), false).orIfNone(UserRecord.NONE).log().entries().size();
            tally.count(Words.logged("en-US", null).matcher(said).find(),
                    said.contains(Words.firstSentence(Words.said("en-US", Key.LOG_UNSURE))), entries, said);
        };
    }

    /** A user with 45-second holds asks for shorter ones: 30 once saved, 20 if applied twice. */
    private Runnable shorterHolds() {
        String user = "amzn1.ask.account." + UUID.randomUUID();
        direct.update(MemoryTest.envelopeFor(user), data -> {
            data.put("prefs", Map.of("hold", 45));
            return data;
        });
        SkillHarness person = new SkillHarness(deployed);
        person.envelopes.asUser(user);
        String said = speech(person.say("make the holds shorter"));
        return () -> {
            Object prefs = direct.read(MemoryTest.envelopeFor(user)).orIfNone(Map.of()).get("prefs");
            int hold = ((Number) ((Map<?, ?>) prefs).get("hold")).intValue();
            int changes = hold == 45 ? 0 : hold == 30 ? 1 : 2;
            tally.count(said.contains(Words.said("en-US", Key.PREFS_HOLD, Map.of("seconds", "30"))),
                    said.contains(Words.firstSentence(Words.said("en-US", Key.PREFS_UNSURE))), changes, said);
        };
    }

    /** What people were told against what the table holds. */
    private static final class Tally {
        final AtomicInteger toldSaved = new AtomicInteger();
        final AtomicInteger toldNotSaved = new AtomicInteger();
        final AtomicInteger toldUnsure = new AtomicInteger();
        final AtomicInteger savedThoughToldNot = new AtomicInteger();
        final AtomicInteger extraCopies = new AtomicInteger();
        final AtomicInteger lost = new AtomicInteger();

        void count(boolean saved, boolean unsure, int copies, String said) {
            assertThat(saved || unsure || said.contains("couldn't")).as("a known answer: " + said).isTrue();
            (saved ? toldSaved : unsure ? toldUnsure : toldNotSaved).incrementAndGet();
            if (!saved && !unsure && copies > 0) {
                savedThoughToldNot.incrementAndGet();
            }
            if (saved && copies == 0) {
                lost.incrementAndGet();
            }
            extraCopies.addAndGet(Math.max(0, copies - 1));
        }

        @Override
        public String toString() {
            return toldSaved + " told saved, " + toldNotSaved + " told not saved, " + toldUnsure
                    + " told it could not be known, " + savedThoughToldNot + " saved though told not, "
                    + extraCopies + " extra copies, " + lost + " told saved but not there";
        }
    }
}
