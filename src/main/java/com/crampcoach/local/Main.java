package com.crampcoach.local;

import com.crampcoach.log.Logging;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The developer's command line: {@code java -jar target/cramp-coach.jar <command>}. Never loaded by Lambda.
 */
public final class Main {

    /** A command: how it is called, and what it does (shown by {@code help} and by {@code <command> --help}). */
    private record Command(String synopsis, String description) {
        String name() {
            return synopsis.split(" ", 2)[0];
        }

        String usage() {
            return "  " + synopsis + "\n" + description.indent(4);
        }
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("chat [--locale L] [UTTERANCE ...]", """
                    Talk to the skill in text. "open cramp coach" starts it; "ask cramp coach <what>"
                    asks in one go, ending an open session first as Alexa does. An empty line (or /silence)
                    is staying silent: the reprompt, then the session ends. With utterances as arguments,
                    plays them as turns and exits; without, reads lines until end of input (Ctrl-D).
                    --locale: en-US (the default), en-AU, en-CA, en-GB or en-IN, in any letter case."""),
            new Command("invoke [FILE|-]", """
                    Sends one request envelope (a file, or standard input) through the Lambda handler
                    and prints the response envelope. Exit 2 if the input is not a request envelope."""),
            new Command("serve [--port N]", """
                    Answers POST / with a request envelope over HTTP on 127.0.0.1 only (default port
                    3000). It does not verify Alexa's signatures: for development tools, never for Alexa."""),
            new Command("benchmark [--runs N] [--warm N]", """
                    Start-up and latency figures against the JVM's own floor (see BENCHMARK.md)."""),
            new Command("loadtest [--clients N] [--requests N] [--port N]", """
                    Many concurrent clients against serve on 127.0.0.1 (its own, or the one on --port):
                    throughput, p50/p99 latency, errors, and answers compared with a single client's."""),
            new Command("lint [--content DIR --models DIR]", """
                    Checks content and interaction models (the jar's, or these folders); exit 1 on problems."""),
            new Command("help [COMMAND]", """
                    This text, or one command's; every command also answers --help."""));

    private static final String USAGE = "Cramp Coach, run locally.\n\nusage: java -jar target/cramp-coach.jar <command>\n\n"
            + COMMANDS.stream().map(Command::usage).collect(Collectors.joining());

    private static final String NAMES = COMMANDS.stream().map(Command::name).collect(Collectors.joining(", "));

    private static final int PRINTABLE_CHARS = 120;

    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure("warn"); // locally the SDK's logs are noise unless LOG_LEVEL asks for them
        if (Boolean.getBoolean("crampcoach.report-rss")) {
            Runtime.getRuntime().addShutdownHook(new Thread(Main::reportPeakMemory));
        }
        int status;
        try {
            status = run(args, System.out, System.err);
        } catch (RuntimeException | Error e) {
            // A failure no command foresaw: one line, with a stack trace only for whoever asks for one.
            System.err.println("error: " + e + (Boolean.getBoolean("crampcoach.trace") ? "" : " (-Dcrampcoach.trace=true shows where)"));
            if (Boolean.getBoolean("crampcoach.trace")) {
                e.printStackTrace();
            }
            status = 1;
        }
        System.exit(status);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("help")) {
            return run(new String[] {args[1], "--help"}, out, err);
        }
        if (args.length == 0 || args[0].equals("help") || isHelp(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Command command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("error: unknown command '" + args[0] + "'; the commands are: " + NAMES);
            return 2;
        }
        // Before the command sees its arguments, so that "chat --help" is never taken for an utterance.
        if (Arrays.stream(rest).anyMatch(Main::isHelp)) {
            out.print(usage(command.name()));
            return 0;
        }
        return switch (args[0]) {
            case "invoke" -> Invoke.run(rest, out, err);
            case "chat" -> Chat.run(rest, out, err);
            case "serve" -> Serve.run(rest, out, err);
            case "loadtest" -> LoadTest.run(rest, out, err);
            case "benchmark" -> Benchmark.run(rest, out, err);
            case "lint" -> com.crampcoach.lint.LintCommand.run(rest, out, err);
            default -> throw new IllegalStateException("no dispatch for the command " + args[0]);
        };
    }

    /** One command's usage, as {@code <command> --help} prints it. */
    static String usage(String name) {
        Command command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        return "usage: java -jar target/cramp-coach.jar " + command.usage().strip() + "\n";
    }

    /**
     * Something the person typed, fit to quote in one line of an error: control characters (a terminal's
     * escapes among them) written as {@code \\uXXXX}, and cut short if long.
     */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(PRINTABLE_CHARS).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > PRINTABLE_CHARS ? shown + "..." : shown.toString();
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
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
