package com.crampcoach.content;

import java.util.Locale;
import java.util.Set;

/**
 * Every content key the code speaks, in one place, so that the linter can check that each exists in
 * every locale. Keys named in content itself (offers, declines, routine steps) are checked there.
 */
public final class Keys {

    public static final String LAUNCH = "launch";
    public static final String HELP = "help";
    public static final String GOODBYE = "goodbye";
    public static final String DECLINED = "declined";
    public static final String FALLBACK = "fallback";
    public static final String ERROR = "error";
    public static final String EMERGENCY = "emergency";
    public static final String DOCTOR = "doctor";
    public static final String HEAT_OR_ICE = "heat-or-ice";
    public static final String CAUSES = "causes";
    public static final String PREVENTION = "prevention";
    public static final String RELIEF_CALF = "relief.calf";
    public static final String RELIEF_BACK = "relief.back";
    public static final String RELIEF_NIGHT = "relief.night";
    public static final String RELIEF_GENERAL = "relief.general";
    public static final String ROUTINE_NONE = "routine.none";
    public static final String ROUTINE_LIST = "routine.list";
    public static final String ROUTINE_HELP = "routine.help";
    public static final String ROUTINE_PAUSED = "routine.paused";
    public static final String ROUTINE_STOPPED = "routine.stopped";
    public static final String ROUTINE_WAIT = "routine.wait";
    public static final String ROUTINE_PROMPT = "routine.prompt";
    public static final String ROUTINE_LEFT_NONE = "routine.left.none";
    public static final String ROUTINE_LEFT_ONE = "routine.left.one";
    public static final String ROUTINE_LEFT_MANY = "routine.left.many";

    /** Phrases: pieces of SSML the routine renderer puts together. */
    public static final Set<String> PHRASES = Set.of("routine.other-side", "routine.again", "routine.next",
            "routine.reprompt", "routine.card-title", "routine.play-intro", "routine.play-more", "routine.restarted",
            "routine.first");

    /** The keys above. */
    public static final Set<String> FIXED = Set.of(LAUNCH, HELP, GOODBYE, DECLINED, FALLBACK, ERROR, EMERGENCY,
            DOCTOR, HEAT_OR_ICE, CAUSES, PREVENTION, RELIEF_CALF, RELIEF_BACK, RELIEF_NIGHT, RELIEF_GENERAL,
            ROUTINE_NONE, ROUTINE_LIST, ROUTINE_HELP, ROUTINE_PAUSED, ROUTINE_STOPPED, ROUTINE_WAIT, ROUTINE_PROMPT,
            ROUTINE_LEFT_NONE, ROUTINE_LEFT_ONE, ROUTINE_LEFT_MANY);

    private Keys() {
    }

    /** The relief script for a body part id of the interaction model's {@code BodyPart} type. */
    public static String relief(String bodyPartId) {
        return "relief." + bodyPartId.toLowerCase(Locale.ROOT);
    }
}
