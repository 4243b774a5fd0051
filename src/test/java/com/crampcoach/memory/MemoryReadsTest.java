package com.crampcoach.memory;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.memory.LoopbackProxy.Fault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How often and how long the dialogue reads the person's record. A relief answer reads the settings, but never
 * waits on DynamoDB past {@link Memory#BRIEF}: with every answer from DynamoDB held back longer than that, it
 * comes in the usual voice. A session reads the record once, whatever it goes on to do with the settings and
 * the saved place. The same person's settings
 * do reach a relief answer when DynamoDB answers. (How long the answer takes is measured by
 * {@code ReliefWaitBenchmark}, not here.)
 */
class MemoryReadsTest {

    /**
     * Longer than {@link Memory#BRIEF}, shorter than one attempt of the deployed client: a relief answer that
     * waited as long as other answers do would get DynamoDB's answer, and speak quietly. Load can only make the
     * wait longer, never the answer sooner, so this cannot pass by luck.
     */
    private static final Duration HELD = Memory.BRIEF.plus(DynamoClient.ATTEMPT_TIMEOUT).dividedBy(2);

    @TempDir
    Path folder;
    private LocalDynamo.Instance dynamo;
    private LoopbackProxy proxy;
    private CrampCoachHandler deployed;
    private CrampCoachHandler fixture;
    private final String user = "amzn1.ask.account." + UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        dynamo = LocalDynamo.start(LocalDynamo.freePort(), folder);
        LocalDynamo.createTable(LocalDynamo.client(dynamo.endpoint()).get(), LocalDynamo.TABLE);
        proxy = new LoopbackProxy(dynamo.port);
        DynamoClient client = LocalDynamo.deployedClient(proxy.endpoint());
        Config config = new Config(Config.DEVELOPMENT_SKILL_ID, LocalDynamo.TABLE, Map.of());
        deployed = new CrampCoachHandler(config, new Memory(new UserTable(client, LocalDynamo.TABLE, Clock.systemUTC())));
        fixture = new CrampCoachHandler(config, new Memory(new UserTable(LocalDynamo.client(dynamo.endpoint()),
                LocalDynamo.TABLE, Clock.systemUTC()), LocalDynamo.GENEROUS));
        SkillHarness setting = person(fixture);
        assertThat(speech(setting.say("talk quietly"))).contains("keep my voice down");
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        dynamo.close();
    }

    private SkillHarness person(CrampCoachHandler handler) {
        return SkillHarness.of(handler, user);
    }

    @Test
    void with_dynamodb_answering_the_saved_quiet_voice_reaches_a_one_shot_relief_answer() {
        assertThat(speech(person(fixture).say("my calf is cramping"))).startsWith("<speak><prosody volume=\"x-soft\">");
    }

    @Test
    @Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
    void with_dynamodb_slower_than_the_bound_a_relief_answer_comes_in_the_usual_voice() {
        proxy.policy(request -> new Fault.DelayAnswer(HELD));

        String relief = speech(person(deployed).say("my calf is cramping"));

        assertThat(relief).startsWith("<speak><s>").contains("calf");
        assertThat(proxy.requests()).as("one read a request, even when it came too late")
                .extracting(LoopbackProxy.Request::operation).containsExactly("GetItem");
    }

    @Test
    void a_session_reads_the_record_once_for_its_settings_and_saved_place() {
        // Counted through the proxy with the fixtures' generous timeouts: a slow machine must not turn a late
        // answer into a second read.
        CrampCoachHandler counted = LocalDynamo.skill(new Memory(new UserTable(LocalDynamo.client(proxy.endpoint()),
                LocalDynamo.TABLE, Clock.systemUTC()), LocalDynamo.GENEROUS));
        SkillHarness person = person(counted);
        person.launch();
        person.say("my calf is cramping");
        person.say("start my bedtime routine");
        person.say("next");
        person.say("how many are left");

        assertThat(proxy.requests()).extracting(LoopbackProxy.Request::operation).containsExactly("GetItem");
    }
}
