package com.crampcoach.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line ({@link Main}) in this JVM: its exit status and what it printed. */
public record CommandRun(int status, String out, String err) {

    public static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What it printed, with chat's wrapped answers joined again into one line each. */
    public String unwrapped() {
        return unwrapped(out);
    }

    /** {@code printed} by chat, with its wrapped answers joined again into one line each. */
    public static String unwrapped(String printed) {
        return printed.replaceAll("\n +", " ");
    }
}
