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
    public static final String FALLBACK_AGAIN = "fallback.again";
    public static final String HYDRATION = "hydration";
    public static final String PICKLE_JUICE = "pickle-juice";
    public static final String STRESS = "stress";
    public static final String DANGEROUS = "dangerous";
    public static final String MEDICINES = "medicines";
    public static final String PROFESSIONAL = "professional";
    public static final String TWITCH = "twitch";
    public static final String REDFLAG_FACE = "redflag.face";
    public static final String REDFLAG_SWELLING = "redflag.swelling";
    public static final String REDFLAG_NUMBNESS = "redflag.numbness";
    public static final String REDFLAG_PERSISTENT = "redflag.persistent";
    public static final String REDFLAG_FREQUENT = "redflag.frequent";
    public static final String REDFLAG_MEDICATION = "redflag.medication";
    public static final String REDFLAG_WALKING = "redflag.walking";
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

    public static final String RESUME_OFFER = "resume.offer";
    public static final String PREFS_HOLD = "prefs.hold";
    public static final String PREFS_SLOW = "prefs.slow";
    public static final String PREFS_QUIET = "prefs.quiet";
    public static final String PREFS_RESET = "prefs.reset";
    public static final String PREFS_UNSAVED = "prefs.unsaved";
    public static final String PREFS_SESSION_ONLY = "prefs.session-only";
    public static final String PREFS_UNSURE = "prefs.unsure";
    public static final String LOG_CONSENT = "log.consent";
    public static final String LOG_SAVED = "log.saved";
    public static final String LOG_SAVED_NUDGE = "log.saved.nudge";
    public static final String LOG_UNSAVED = "log.unsaved";
    public static final String LOG_UNSURE = "log.unsure";
    public static final String LOG_UNCHECKED = "log.unchecked";
    public static final String LOG_COUNT_UNCHECKED = "log.count.unchecked";
    public static final String LOG_COUNT_NONE = "log.count.none";
    public static final String LOG_COUNT_ONE = "log.count.one";
    public static final String LOG_COUNT_MANY = "log.count.many";
    public static final String DELETE_CONFIRM = "memory.delete.confirm";
    public static final String DELETED = "memory.deleted";
    public static final String DELETE_FAILED = "memory.delete.failed";
    public static final String MEMORY_UNAVAILABLE = "memory.unavailable";

    /** Phrases: pieces of SSML the code puts together (routine steps, the cramp log's places and periods). */
    public static final Set<String> PHRASES = Set.of("routine.other-side", "routine.again", "routine.next",
            "routine.reprompt", "routine.card-title", "routine.play-intro", "routine.play-more", "routine.restarted",
            "routine.first", "place.calf", "place.foot", "place.hamstring", "place.back", "place.neck", "place.cramp",
            "place.quadriceps", "place.toes", "place.hand",
            "when.today", "when.yesterday", "period.week", "period.month");

    /** The keys above. */
    public static final Set<String> FIXED = Set.of(LAUNCH, HELP, GOODBYE, DECLINED, FALLBACK, ERROR, EMERGENCY,
            DOCTOR, HEAT_OR_ICE, CAUSES, PREVENTION, RELIEF_CALF, RELIEF_BACK, RELIEF_NIGHT, RELIEF_GENERAL,
            ROUTINE_NONE, ROUTINE_LIST, ROUTINE_HELP, ROUTINE_PAUSED, ROUTINE_STOPPED, ROUTINE_WAIT, ROUTINE_PROMPT,
            ROUTINE_LEFT_NONE, ROUTINE_LEFT_ONE, ROUTINE_LEFT_MANY, RESUME_OFFER, PREFS_HOLD, PREFS_SLOW, PREFS_QUIET,
            PREFS_RESET, PREFS_UNSAVED, PREFS_SESSION_ONLY, LOG_CONSENT, LOG_SAVED, LOG_SAVED_NUDGE, LOG_UNSAVED, LOG_COUNT_NONE,
            LOG_UNSURE, LOG_UNCHECKED, LOG_COUNT_UNCHECKED, PREFS_UNSURE,
            LOG_COUNT_ONE, LOG_COUNT_MANY, DELETE_CONFIRM, DELETED, DELETE_FAILED, MEMORY_UNAVAILABLE,
            FALLBACK_AGAIN, HYDRATION, PICKLE_JUICE, STRESS, DANGEROUS, MEDICINES, PROFESSIONAL, TWITCH, REDFLAG_FACE,
            REDFLAG_SWELLING, REDFLAG_NUMBNESS, REDFLAG_PERSISTENT, REDFLAG_FREQUENT, REDFLAG_MEDICATION, REDFLAG_WALKING);

    /**
     * The {@code {placeholders}} the code fills in (the routine handlers and renderer): besides these, content may
     * only use its locale's values, such as {@code {emergencyNumber}}. Add a name here when the code starts giving it.
     */
    public static final Set<String> CODE_PLACEHOLDERS = Set.of("next", "step", "routine", "count", "title", "number",
            "total", "place", "day", "period", "seconds");

    /** Actions an answer's offer or decline may name ({@code offer="routine:calf"}); SkillFactory registers them. */
    public static final String ACTION_ROUTINE = "routine";
    public static final String ACTION_RESUME = "resume";
    public static final String ACTION_LOG_CONSENT = "log-consent";
    public static final String ACTION_DELETE = "delete";
    public static final Set<String> ACTIONS = Set.of(ACTION_ROUTINE, ACTION_RESUME, ACTION_LOG_CONSENT, ACTION_DELETE);

    private Keys() {
    }

    /** The relief script for a body part id of the interaction model's {@code BodyPart} type. */
    public static String relief(String bodyPartId) {
        return "relief." + bodyPartId.toLowerCase(Locale.ROOT);
    }
}
