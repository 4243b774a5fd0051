package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code benchmark [--runs N] [--warm N]}: start-up and latency figures, each fresh-JVM figure the median
 * of N runs with min and max, start-up given as a ratio to the JVM's own floor measured in the same run,
 * because machines here are noisy. Not a test: it measures, and never fails on a slow machine.
 */
final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The flags ./cramp-coach adds: the class-data archive, C1 only, the serial collector. */
    private static final List<String> FAST = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off",
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private Benchmark() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int runs;
        int warm;
        try {
            Options options = Options.parse(args, Map.of("--runs", "N", "--warm", "N")).noWords("benchmark");
            runs = options.integer("--runs", 10, 1, 1_000);
            warm = options.integer("--warm", 100_000, 1, 100_000_000);
        } catch (Options.Invalid e) {
            return e.report(err, "benchmark");
        }
        try {
            return measure(runs, warm, out);
        } catch (IOException | InterruptedException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int measure(int runs, int warm, PrintStream out) throws IOException, InterruptedException {
        Path jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path archive = jar.resolveSibling("cramp-coach.jsa");
        Path event = Files.createTempFile("calf-cramp", ".json");
        Files.write(event, com.crampcoach.Primer.request("relief.calf", Config.DEVELOPMENT_SKILL_ID, "en-US"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        out.printf("benchmark: %s, %d cores, Java %s; %d runs per fresh-JVM figure%n", System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs);
        out.printf("%-44s %10s %18s %8s%n", "figure", "median", "min - max", "x floor");

        List<String> floorCommand = List.of(java, "-cp", jar.toString(), Floor.class.getName());
        double[] floor = wallTimes(floorCommand, runs);
        row(out, "floor: fresh JVM, trivial main (ms)", floor, median(floor));

        List<String> plain = new ArrayList<>(List.of(java, "-Dcrampcoach.report-rss=true", "-jar", jar.toString(),
                "invoke", event.toString()));
        double[] cold = wallTimes(plain, runs);
        row(out, "cold invoke, JDK defaults (ms)", cold, median(floor));

        List<String> fast = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive));
        fast.addAll(FAST);
        fast.addAll(List.of("-Dcrampcoach.report-rss=true", "-jar", jar.toString(), "invoke", event.toString()));
        double[] coldFast = wallTimes(fast, runs);
        row(out, "cold invoke, class-data archive + C1 (ms)" + (Files.exists(archive) ? "" : " [no archive]"),
                coldFast, median(floor));

        double[][] unprimed = probe(java, jar, archive, event, false, runs);
        double[][] primed = probe(java, jar, archive, event, true, runs);
        row(out, "init: handler construction (ms)", unprimed[0], 0);
        row(out, "init: priming, 200 rounds (ms)", primed[1], 0);
        row(out, "first request, unprimed (ms)", unprimed[2], 0);
        row(out, "first request, primed (ms)", primed[2], 0);

        double[] latencies = warm(warm);
        out.printf("%-44s %10.1f %18s%n", "warm p50 over " + warm + " requests (us)", percentile(latencies, 50), "");
        out.printf("%-44s %10.1f %18s%n", "warm p99 over " + warm + " requests (us)", percentile(latencies, 99), "");
        // The jar Lambda runs (built beside this one); the tools jar is the same plus the command line and models.
        Path lambdaJar = jar.resolveSibling("cramp-coach-lambda.jar");
        if (Files.exists(lambdaJar)) {
            out.printf("%-44s %10.2f%n", "Lambda jar size (MiB)", Files.size(lambdaJar) / 1024.0 / 1024.0);
        }
        out.printf("%-44s %10.2f%n", "tools jar size (MiB)", Files.size(jar) / 1024.0 / 1024.0);
        out.printf("%-44s %10.1f %18s%n", "peak resident memory, cold invoke (MiB)", lastRss / 1024.0,
                "(JDK defaults: " + String.format("%.1f", plainRss / 1024.0) + ")");
        Files.deleteIfExists(event);
        return 0;
    }

    private static long lastRss;
    private static long plainRss;

    /** Wall time of each run of a command, in milliseconds; remembers the peak RSS the child reported. */
    private static double[] wallTimes(List<String> command, int runs) throws IOException, InterruptedException {
        double[] times = new double[runs];
        long rss = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            times[i] = (System.nanoTime() - start) / 1e6;
            for (String line : errors.lines().toList()) {
                if (line.startsWith("rss-peak-kb ")) {
                    rss = Math.max(rss, Long.parseLong(line.substring(12).trim()));
                }
            }
        }
        if (command.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile"))) {
            lastRss = rss;
        } else if (rss > 0) {
            plainRss = rss;
        }
        return times;
    }

    /** Fresh JVMs reporting construction, priming and first-request times: three columns of runs. */
    private static double[][] probe(String java, Path jar, Path archive, Path event, boolean prime, int runs)
            throws IOException, InterruptedException {
        double[][] columns = new double[3][runs];
        for (int i = 0; i < runs; i++) {
            List<String> command = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive));
            command.addAll(FAST);
            command.addAll(List.of("-cp", jar.toString(), Probe.class.getName(), String.valueOf(prime),
                    event.toString()));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            JsonNode result = JSON.readTree(process.getInputStream().readAllBytes());
            process.waitFor(60, TimeUnit.SECONDS);
            columns[0][i] = result.path("constructMs").asDouble();
            columns[1][i] = result.path("primeMs").asDouble();
            columns[2][i] = result.path("firstRequestMs").asDouble();
        }
        return columns;
    }

    /** Per-request latency in microseconds over a mix of every priming request, after priming. */
    private static double[] warm(int count) throws IOException {
        CrampCoachHandler handler = new CrampCoachHandler(Config.development());
        handler.prime(200);
        List<byte[]> requests = Probe.requests();
        double[] micros = new double[count];
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        for (int i = 0; i < count; i++) {
            byte[] request = requests.get(i % requests.size());
            out.reset();
            long start = System.nanoTime();
            handler.handleRequest(new ByteArrayInputStream(request), out, null);
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        return micros;
    }

    private static void row(PrintStream out, String figure, double[] values, double floor) {
        double median = median(values);
        String ratio = floor > 0 ? String.format("%.1f", median / floor) : "";
        out.printf("%-44s %10.1f %18s %8s%n", figure, median,
                String.format("%.1f - %.1f", Arrays.stream(values).min().orElse(0), Arrays.stream(values).max().orElse(0)), ratio);
    }

    private static double median(double[] values) {
        return percentile(values, 50);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The floor: a JVM that starts, runs nothing, and exits. */
    static final class Floor {
        public static void main(String[] args) {
            // Intentionally empty.
        }
    }

    /** Runs in a fresh JVM: times the handler's construction, optional priming and the first request. */
    static final class Probe {
        public static void main(String[] args) throws IOException {
            com.crampcoach.log.Logging.configure("warn");
            boolean prime = Boolean.parseBoolean(args[0]);
            long start = System.nanoTime();
            CrampCoachHandler handler = new CrampCoachHandler(Config.development());
            long constructed = System.nanoTime();
            if (prime) {
                handler.prime(200);
            }
            long primed = System.nanoTime();
            // Read as bytes (priming's own calf cramp request, written by the parent): no JSON code runs before the request does.
            byte[] request = Files.readAllBytes(Path.of(args[1]));
            long sent = System.nanoTime();
            handler.handleRequest(new ByteArrayInputStream(request), new ByteArrayOutputStream(), null);
            long answered = System.nanoTime();
            System.out.printf("{\"constructMs\":%.3f,\"primeMs\":%.3f,\"firstRequestMs\":%.3f}%n",
                    (constructed - start) / 1e6, (primed - constructed) / 1e6, (answered - sent) / 1e6);
        }

        /** Every priming request in every locale: the warm mix. */
        static List<byte[]> requests() {
            return com.crampcoach.Primer.requests(Config.DEVELOPMENT_SKILL_ID,
                    com.crampcoach.content.Content.load().locales());
        }
    }
}
