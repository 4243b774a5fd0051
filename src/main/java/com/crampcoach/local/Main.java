package com.crampcoach.local;

import com.crampcoach.Logging;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The developer's command line: {@code java -jar target/cramp-coach.jar <command>}. Never loaded by Lambda.
 */
public final class Main {

    private static final String USAGE = """
            Cramp Coach, run locally.

            usage: java -jar target/cramp-coach.jar <command>

              chat [--locale L] [UTTERANCE ...]
                  Talk to the skill in text. "open cramp coach" starts it; "ask cramp coach <what>"
                  asks in one go. With utterances as arguments, plays them as turns and exits;
                  without, reads lines until end of input (Ctrl-D).
              invoke [FILE|-]
                  Sends one request envelope (a file, or standard input) through the Lambda handler
                  and prints the response envelope. Exit 2 if the input is not a request envelope.
              serve [--port N]
                  Answers POST / with a request envelope over HTTP on 127.0.0.1 only (default port
                  3000). It does not verify Alexa's signatures: for development tools, never for Alexa.
              benchmark [--runs N] [--warm N]
                  Start-up and latency figures against the JVM's own floor (see BENCHMARK.md).
              loadtest [--clients N] [--requests N] [--port N]
                  Many concurrent clients against serve on 127.0.0.1 (its own, or the one on --port):
                  throughput, p50/p99 latency, errors, and answers compared with a single client's.
              lint [--content DIR --models DIR]
                  Checks content and interaction models (the jar's, or these folders); exit 1 on problems.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure("warn"); // locally the SDK's logs are noise unless LOG_LEVEL asks for them
        if (Boolean.getBoolean("crampcoach.report-rss")) {
            Runtime.getRuntime().addShutdownHook(new Thread(Main::reportPeakMemory));
        }
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "invoke" -> Invoke.run(rest, out, err);
            case "chat" -> Chat.run(rest, out, err);
            case "serve" -> Serve.run(rest, out, err);
            case "loadtest" -> LoadTest.run(rest, out, err);
            case "benchmark" -> Benchmark.run(rest, out, err);
            case "lint" -> com.crampcoach.lint.LintCommand.run(rest, out, err);
            default -> {
                err.println("error: unknown command '" + args[0] + "'; try: chat, invoke, serve, loadtest, help");
                yield 2;
            }
        };
    }

    /** For the benchmark: the process's peak resident memory, from Linux's /proc, on stderr. */
    private static void reportPeakMemory() {
        try {
            java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .findFirst()
                    .ifPresent(line -> System.err.println("rss-peak-kb " + line.replaceAll("[^0-9]", "")));
        } catch (java.io.IOException e) {
            // Not Linux: no figure.
        }
    }
}
