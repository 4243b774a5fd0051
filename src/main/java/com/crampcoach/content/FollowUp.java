package com.crampcoach.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a "yes" or a "no" to a question leads, as content writes it in a response's {@code offer} or
 * {@code decline}, parsed once when content is read. The conversation acts on it in one place
 * ({@code conversation.FollowUps}). What a follow-up is about (which routine to carry on, which cramp to
 * log) is the question's subject, which the code set when it asked: content names only what to do.
 */
public sealed interface FollowUp {

    /** Another answer: {@code offer="relief.foot"}. */
    record Answer(String key) implements FollowUp {
        @Override
        public String written() {
            return key;
        }
    }

    /** Starts a routine from its first step: {@code offer="routine:calf"}. */
    record StartRoutine(String routineId) implements FollowUp {
        @Override
        public String written() {
            return "routine:" + routineId;
        }
    }

    /** Carries on at the saved place the question was about: {@code offer="resume"}. */
    record Resume() implements FollowUp {
        @Override
        public String written() {
            return "resume";
        }
    }

    /** Starts the routine of the saved place the question was about from its first step: {@code decline="restart"}. */
    record Restart() implements FollowUp {
        @Override
        public String written() {
            return "restart";
        }
    }

    /** How content writes it. */
    String written();

    Pattern ROUTINE = Pattern.compile("routine:([a-z][a-z0-9-]*)");
    Pattern KEY = Pattern.compile("[a-z][a-z0-9.-]*");

    /**
     * Reads what content wrote; throws {@link IllegalArgumentException} naming what is allowed. Whether the
     * answer or routine named exists is checked by the linter, against the whole locale.
     */
    static FollowUp parse(String written) {
        switch (written) {
            case "resume":
                return new Resume();
            case "restart":
                return new Restart();
            case "log-consent", "delete":
                // What a "yes" keeps or deletes is set in the code where that question is asked (conversation/
                // FollowUps), never in content: no edit to a script can make a "yes" delete anything.
                throw new IllegalArgumentException("'" + written + "' is not content's to offer: a yes that keeps or"
                        + " deletes data is set in the code that asks the question");
            default:
                break;
        }
        Matcher routine = ROUTINE.matcher(written);
        if (routine.matches()) {
            return new StartRoutine(routine.group(1));
        }
        if (KEY.matcher(written).matches() && !written.contains(":")) {
            return new Answer(written);
        }
        throw new IllegalArgumentException("'" + written + "' is neither an answer's key nor one of routine:<id>,"
                + " resume, restart");
    }
}
