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

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path content = null;
        Path models = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.equals("--content") && !option.equals("--models")) {
                err.println("error: unknown argument '" + option + "'; " + USAGE);
                return 2;
            }
            if (i + 1 == args.length) {
                err.println("error: " + option + " needs a folder; " + USAGE);
                return 2;
            }
            Path folder = Path.of(args[++i]);
            if (!Files.isDirectory(folder)) {
                err.println("error: " + folder + " is not a folder");
                return 2;
            }
            if (option.equals("--content")) {
                content = folder;
            } else {
                models = folder;
            }
        }
        if ((content == null) != (models == null)) {
            err.println("error: give both --content and --models, or neither to lint what is in the jar; " + USAGE);
            return 2;
        }
        Linter.Report report = content == null ? Linter.lintClassPath() : Linter.lint(content, models);
        report.problems().forEach(out::println);
        out.println(report.summary());
        return report.ok() ? 0 : 1;
    }
}
