package com.crampcoach.memory;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.memory.LoopbackProxy.Fault;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How long a one-shot relief answer ("my calf is cramping") waits on DynamoDB, through the deployed handler,
 * client and bounds, against DynamoDB Local behind a loopback proxy: answering at once, and holding every answer
 * back 10 s. The reference, measured in the same run, is the same answer from a skill without memory:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.crampcoach.memory.ReliefWaitBenchmark}.
 */
public final class ReliefWaitBenchmark {

    private static final int WARMUP = 20;
    private static final int RUNS = 30;

    private ReliefWaitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (LocalDynamo.Instance dynamo = LocalDynamo.start(LocalDynamo.freePort(), Files.createTempDirectory("relief"));
                LoopbackProxy proxy = new LoopbackProxy(dynamo.port)) {
            LocalDynamo.createTable(LocalDynamo.client(dynamo.endpoint()).get(), LocalDynamo.TABLE);
            DynamoClient client = LocalDynamo.deployedClient(proxy.endpoint());
            Config config = new Config(Config.DEVELOPMENT_SKILL_ID, LocalDynamo.TABLE, Map.of());
            CrampCoachHandler deployed = new CrampCoachHandler(config,
                    new Memory(new UserTable(client, LocalDynamo.TABLE, Clock.systemUTC())));
            CrampCoachHandler reference = new CrampCoachHandler(Config.development(), Memory.none());

            List<Double> without = times(reference);
            List<Double> answering = times(deployed);
            proxy.policy(request -> new Fault.DelayAnswer(Duration.ofSeconds(10)));
            List<Double> held = times(deployed);
            double base = percentile(without, 50);
            System.out.printf("relief one-shot, no memory (reference): p50 %.1f ms, max %.1f ms%n", base, max(without));
            report("DynamoDB answering", answering, base);
            report("DynamoDB holding answers 10 s", held, base);
            System.out.printf("bound on the wait (Memory.BRIEF): %d ms%n", Memory.BRIEF.toMillis());
            proxy.policy(request -> Fault.PASS);
        }
        System.exit(0);
    }

    private static void report(String what, List<Double> times, double base) {
        System.out.printf("relief one-shot, %s: p50 %.1f ms (x%.1f), p99 %.1f ms, max %.1f ms%n", what,
                percentile(times, 50), percentile(times, 50) / base, percentile(times, 99), max(times));
    }

    private static List<Double> times(CrampCoachHandler handler) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            SkillHarness person = new SkillHarness(handler);
            person.envelopes.asUser("amzn1.ask.account." + UUID.randomUUID());
            long start = System.nanoTime();
            person.say("my calf is cramping");
            if (i >= WARMUP) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        return times;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }
}
