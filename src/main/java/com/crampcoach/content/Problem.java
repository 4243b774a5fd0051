package com.crampcoach.content;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One thing wrong in a content file or an interaction model, and where: printed as {@code file:line: message}
 * so that editors and terminals can jump to it. Line 0 means the file or folder as a whole ({@code file: message}).
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    /** One problem per line, for an exception's message. */
    static String lines(Collection<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
