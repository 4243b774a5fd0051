package com.crampcoach.lint;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar target/cramp-coach.jar lint [--content DIR --models DIR]}: one line per problem on standard
 * output, then a summary; exit 0 when clean, 1 with problems, 2 for bad arguments.
 */
public final class LintCommand {

    private static final String USAGE = "usage: lint [--content DIR --models DIR]";

    private LintCommand() {
    }

    /**
     * The build's lint ({@code exec:java} in pom.xml, before the tests): prints every problem, first one first, and
     * then fails with the first problem in the exception's message, which Maven repeats in its closing error.
     */
    public static void main(String[] args) {
        Linter.Report report = lint(args, System.err);
        if (report == null) {
            throw new IllegalArgumentException("lint: bad arguments in pom.xml; " + USAGE);
        }
        report.problems().forEach(System.out::println);
        System.out.println(report.summary());
        if (!report.ok()) {
            int more = report.problems().size() - 1;
            throw new IllegalStateException("broken content or interaction model: " + report.problems().get(0)
                    + (more == 0 ? "" : " (and " + more + " more, listed above)"));
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Linter.Report report = lint(args, err);
        if (report == null) {
            return 2;
        }
        report.problems().forEach(out::println);
        out.println(report.summary());
        return report.ok() ? 0 : 1;
    }

    /** Lints what the arguments name, or says on {@code err} what is wrong with them and returns null. */
    private static Linter.Report lint(String[] args, PrintStream err) {
        Path content = null;
        Path models = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.equals("--content") && !option.equals("--models")) {
                err.println("error: unknown argument '" + option + "'; " + USAGE);
                return null;
            }
            if (i + 1 == args.length) {
                err.println("error: " + option + " needs a folder; " + USAGE);
                return null;
            }
            Path folder = Path.of(args[++i]);
            if (!Files.isDirectory(folder)) {
                err.println("error: " + folder + " is not a folder");
                return null;
            }
            if (option.equals("--content")) {
                content = folder;
            } else {
                models = folder;
            }
        }
        if ((content == null) != (models == null)) {
            err.println("error: give both --content and --models, or neither to lint what is in the jar; " + USAGE);
            return null;
        }
        return content == null ? Linter.lintClassPath() : Linter.lint(content, models);
    }
}
