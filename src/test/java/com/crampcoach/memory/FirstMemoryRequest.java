package com.crampcoach.memory;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.local.Envelopes;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures the first memory request ("make the holds longer": a read and a write) in a fresh JVM, with and
 * without priming, against DynamoDB Local on loopback, through the deployed handler and client:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.crampcoach.memory.FirstMemoryRequest}.
 */
public final class FirstMemoryRequest {

    private static final int RUNS = 5;

    private FirstMemoryRequest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            child(args[0].equals("primed"));
            return;
        }
        try (LocalDynamo.Instance dynamo = LocalDynamo.start(LocalDynamo.freePort(), null)) {
            LocalDynamo.createTable(LocalDynamo.client(dynamo.endpoint()).get(), LocalDynamo.TABLE);
            for (String mode : List.of("unprimed", "primed")) {
                List<Double> first = new ArrayList<>();
                List<Double> second = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    String[] times = runChild(mode, dynamo.endpoint()).trim().split(" ");
                    first.add(Double.parseDouble(times[0]));
                    second.add(Double.parseDouble(times[1]));
                }
                System.out.printf("%-8s first memory request: median %.1f ms (of %d fresh JVMs: %s); the next one %.1f ms%n",
                        mode, median(first), RUNS, first, median(second));
            }
        }
    }

    private static String runChild(String mode, String endpoint) throws IOException, InterruptedException {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FirstMemoryRequest.class.getName(), mode);
        Map<String, String> env = child.environment();
        env.put("SKILL_ID", Config.DEVELOPMENT_SKILL_ID);
        env.put("TABLE_NAME", LocalDynamo.TABLE);
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        env.put("LOG_LEVEL", "warn");
        child.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = child.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static void child(boolean primed) throws Exception {
        CrampCoachHandler handler = new CrampCoachHandler();
        if (primed) {
            handler.prime(200);
        }
        double first = timed(handler);
        double second = timed(handler);
        System.out.println(first + " " + second);
    }

    private static double timed(CrampCoachHandler handler) throws Exception {
        Envelopes envelopes = new Envelopes(Config.DEVELOPMENT_SKILL_ID, "en-US");
        envelopes.asUser("amzn1.ask.account." + UUID.randomUUID());
        byte[] request = SkillHarness.JSON.writeValueAsBytes(envelopes.intent(
                new UtteranceMatcher(InteractionModel.forLocale("en-US")).match("make the holds longer")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        double ms = (System.nanoTime() - start) / 1e6;
        if (!out.toString(StandardCharsets.UTF_8).contains("45 seconds")) {
            throw new IllegalStateException("not saved: " + out.toString(StandardCharsets.UTF_8));
        }
        return ms;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
