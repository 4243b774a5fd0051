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

    /** The keys above. */
    public static final Set<String> FIXED = Set.of(LAUNCH, HELP, GOODBYE, DECLINED, FALLBACK, ERROR, EMERGENCY,
            DOCTOR, HEAT_OR_ICE, CAUSES, PREVENTION, RELIEF_CALF, RELIEF_BACK, RELIEF_NIGHT, RELIEF_GENERAL);

    private Keys() {
    }

    /** The relief script for a body part id of the interaction model's {@code BodyPart} type. */
    public static String relief(String bodyPartId) {
        return "relief." + bodyPartId.toLowerCase(Locale.ROOT);
    }
}
