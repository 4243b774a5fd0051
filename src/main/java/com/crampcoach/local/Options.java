package com.crampcoach.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One command's arguments: the options it knows ({@code --name value}), each at most once, and the words that
 * are not options. Anything else that looks like an option is an error, so a mistyped option is never taken
 * for an utterance or a file name; {@code --} ends the options.
 */
record Options(Map<String, String> values, List<String> words) {

    /** An argument the command cannot take, said in plain words; {@link #report} prints it with the usage. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }

        /** Prints the problem and the command's usage on {@code err}; the exit status for a usage error. */
        int report(PrintStream err, String command) {
            err.println("error: " + getMessage());
            err.print(Main.usage(command));
            return 2;
        }
    }

    /**
     * @param known each option the command takes, with what its value is called in the usage ("N", "L")
     */
    static Options parse(String[] args, Map<String, String> known) throws Invalid {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !looksLikeOption(arg)) {
                words.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (!known.containsKey(arg)) {
                throw new Invalid("unknown option '" + Main.printable(arg) + "'" + (known.isEmpty() ? "" : "; the options are "
                        + String.join(", ", known.keySet())));
            } else if (i + 1 == args.length || looksLikeOption(args[i + 1])) {
                throw new Invalid(arg + " needs a value (" + arg + " " + known.get(arg) + ")");
            } else if (values.putIfAbsent(arg, args[++i]) != null) {
                throw new Invalid(arg + " is given twice");
            }
        }
        return new Options(Map.copyOf(values), List.copyOf(words));
    }

    /** "-x", "--x": an option; "-" alone is a word (standard input). */
    private static boolean looksLikeOption(String arg) {
        return arg.length() > 1 && arg.startsWith("-") && !Character.isDigit(arg.charAt(1));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String value(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** A whole number from {@code min} to {@code max}. */
    int integer(String name, int otherwise, int min, int max) throws Invalid {
        String text = values.get(name);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below, with the range
        }
        throw new Invalid(name + " must be a whole number from " + String.format(Locale.ROOT, "%,d", min) + " to "
                + String.format(Locale.ROOT, "%,d", max) + ", not '" + Main.printable(text) + "'");
    }

    /** A TCP port; 0 asks the system for a free one. */
    int port(String name, int otherwise) throws Invalid {
        try {
            return integer(name, otherwise, 0, 65_535);
        } catch (Invalid e) {
            throw new Invalid(name + " must be a port from 0 to 65535 (0 picks a free one), not '"
                    + Main.printable(values.get(name)) + "'");
        }
    }

    /** Fails unless there are no words: for commands that take options only. */
    Options noWords(String command) throws Invalid {
        if (!words.isEmpty()) {
            throw new Invalid(command + " takes no arguments besides its options, not '" + Main.printable(words.get(0)) + "'");
        }
        return this;
    }
}
