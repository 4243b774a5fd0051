package com.crampcoach.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every answer the code speaks by name. The code can only speak a {@code Key}, so the linter's list of keys
 * every locale must have is this enum itself, never a list kept by hand beside it. Answers named only in
 * content (an {@code offer="relief.foot"}, say) are checked where content names them.
 */
public enum Key {
    LAUNCH("launch", Expects.BODY_PART),
    HELP("help", Expects.BODY_PART),
    GOODBYE("goodbye"),
    DECLINED("declined"),
    WAIT("wait"),
    FALLBACK("fallback", Expects.BODY_PART),
    FALLBACK_AGAIN("fallback.again", Expects.BODY_PART),
    ERROR("error"),
    EMERGENCY("emergency"),
    DOCTOR("doctor"),
    HEAT_OR_ICE("heat-or-ice"),
    CAUSES("causes"),
    PREVENTION("prevention"),
    HYDRATION("hydration"),
    PICKLE_JUICE("pickle-juice"),
    STRESS("stress"),
    DANGEROUS("dangerous"),
    MEDICINES("medicines"),
    PROFESSIONAL("professional"),
    TWITCH("twitch"),
    RELIEF_CALF("relief.calf"),
    RELIEF_BACK("relief.back"),
    RELIEF_NIGHT("relief.night"),
    RELIEF_FOOT("relief.foot"),
    RELIEF_TOES("relief.toes"),
    RELIEF_HAMSTRING("relief.hamstring"),
    RELIEF_QUADRICEPS("relief.quadriceps"),
    RELIEF_HAND("relief.hand"),
    RELIEF_NECK("relief.neck"),
    RELIEF_SHIN("relief.shin"),
    RELIEF_ARM("relief.arm"),
    /** Not a muscle cramp the skill can help with: said plainly, with the signs that need a doctor. */
    STOMACH("stomach"),
    /** "My thigh": the front and the back need opposite stretches, so the skill asks which. */
    THIGH_WHICH("thigh.which", Expects.THIGH_SIDE),
    RELIEF_GENERAL("relief.general", Expects.BODY_PART),
    /** Two parts in one breath, each with its own stretch: the skill asks which one ({@code place} or {@code other}). */
    WHICH_PART("which-part", Expects.BODY_PART),
    REDFLAG_FACE("redflag.face"),
    REDFLAG_SWELLING("redflag.swelling"),
    REDFLAG_NUMBNESS("redflag.numbness"),
    REDFLAG_PERSISTENT("redflag.persistent"),
    REDFLAG_FREQUENT("redflag.frequent"),
    REDFLAG_MEDICATION("redflag.medication"),
    REDFLAG_WALKING("redflag.walking"),
    ROUTINE_NONE("routine.none", Expects.ROUTINE),
    ROUTINE_LIST("routine.list", Expects.ROUTINE),
    ROUTINE_HELP("routine.help"),
    ROUTINE_PAUSED("routine.paused"),
    ROUTINE_PAUSED_UNSAVED("routine.paused.unsaved"),
    ROUTINE_STOPPED("routine.stopped"),
    ROUTINE_WAIT("routine.wait"),
    ROUTINE_GO_ON("routine.go-on"),
    ROUTINE_PROMPT("routine.prompt"),
    ROUTINE_LEFT_NONE("routine.left.none"),
    ROUTINE_LEFT_ONE("routine.left.one"),
    ROUTINE_LEFT_MANY("routine.left.many"),
    ROUTINE_RESUME_OFFER("routine.resume-offer"),
    RESUME_OFFER("resume.offer"),
    RESUME_NONE("resume.none", Expects.ROUTINE),
    RESUME_UNCHECKED("resume.unchecked", Expects.ROUTINE),
    PREFS_HOLD("prefs.hold"),
    PREFS_SLOW("prefs.slow"),
    PREFS_QUIET("prefs.quiet"),
    PREFS_RESET("prefs.reset"),
    PREFS_UNSAVED("prefs.unsaved", Expects.BODY_PART),
    PREFS_SESSION_ONLY("prefs.session-only", Expects.BODY_PART),
    PREFS_UNSURE("prefs.unsure", Expects.BODY_PART),
    LOG_CONSENT("log.consent"),
    LOG_SAVED("log.saved"),
    LOG_SAVED_NUDGE("log.saved.nudge"),
    LOG_FULL("log.full"),
    LOG_UNSAVED("log.unsaved"),
    LOG_UNSURE("log.unsure"),
    LOG_UNCHECKED("log.unchecked"),
    LOG_COUNT_UNCHECKED("log.count.unchecked"),
    LOG_COUNT_NONE("log.count.none"),
    LOG_COUNT_ONE("log.count.one"),
    LOG_COUNT_MANY("log.count.many"),
    LOG_COUNT_TWO_PLACES("log.count.two-places"),
    LOG_COUNT_EVEN("log.count.even"),
    LOG_ONLY_RECENT("log.only-recent"),
    DELETE_CONFIRM("memory.delete.confirm"),
    DELETED("memory.deleted"),
    DELETE_FAILED("memory.delete.failed"),
    DELETED_REMINDER_KEPT("memory.deleted.reminder-kept"),
    MEMORY_UNAVAILABLE("memory.unavailable"),
    REMINDER_ASK_TIME("reminder.ask-time"),
    REMINDER_PERMISSION("reminder.permission"),
    REMINDER_DENIED("reminder.denied"),
    REMINDER_SET("reminder.set"),
    REMINDER_NOT_SET("reminder.not-set"),
    REMINDER_NOT_CHANGED("reminder.not-changed"),
    REMINDER_UNSURE("reminder.unsure"),
    REMINDER_UNCHECKED("reminder.unchecked"),
    REMINDER_NO_ZONE("reminder.no-zone"),
    REMINDER_UNCHECKED_WHEN("reminder.unchecked-when"),
    REMINDER_NO_ACCESS("reminder.no-access"),
    REMINDER_AT("reminder.at"),
    REMINDER_AT_UNKNOWN("reminder.at-unknown"),
    REMINDER_NONE("reminder.none"),
    REMINDER_CANCELLED("reminder.cancelled"),
    REMINDER_NOT_CANCELLED("reminder.not-cancelled"),
    REMINDER_CANCEL_UNSURE("reminder.cancel-unsure"),
    REMINDER_OFFER("reminder.offer"),
    REMINDER_DECLINED("reminder.declined");

    /**
     * What kind of answer a question expects, besides yes or no: "Where's the cramp?" expects a body part;
     * "the front of your thigh, or the back?" expects a side, where a bare "back" is the back of the thigh.
     */
    public enum Expects { NOTHING, BODY_PART, ROUTINE, THIGH_SIDE }

    /**
     * The {@code {placeholders}} the code fills in: besides these, content may only use its locale's values, such
     * as {@code {emergencyNumber}}. Add a name here when the code starts giving it.
     */
    public static final java.util.Set<String> CODE_VALUES = java.util.Set.of("next", "step", "routine", "count",
            "title", "number", "total", "place", "other", "day", "period", "seconds", "time", "clock", "date", Catalog.HOLD);

    private static final Map<String, Key> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Key::id, Function.identity()));
    /**
     * Body parts whose answer is not a relief script of the same name: the thigh asks front or back, the stomach
     * is not a muscle cramp, and a part with no stretch of its own gets general relief (never another part's
     * stretch). FRONT and BEHIND answer "front or back?"; said anywhere else, they name no part.
     */
    private static final Map<String, Key> BODY_PARTS = Map.of("THIGH", THIGH_WHICH, "STOMACH", STOMACH,
            "BUTTOCK", RELIEF_GENERAL, "FRONT", RELIEF_GENERAL, "BEHIND", RELIEF_GENERAL);

    private final String id;
    private final Expects expects;

    Key(String id) {
        this(id, Expects.NOTHING);
    }

    Key(String id, Expects expects) {
        this.id = id;
        this.expects = expects;
    }

    /** Whether this is a relief script, which a screen shows as steps. */
    public boolean relief() {
        return id.startsWith("relief.");
    }

    /** What the answer's question expects, besides yes or no. */
    public Expects expects() {
        return expects;
    }

    /** The key as content files write it: {@code <response key="relief.calf">}. */
    public String id() {
        return id;
    }

    public static Optional<Key> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The relief script for a body part id of the interaction model's {@code BodyPart} type, if there is one. */
    public static Optional<Key> relief(String bodyPartId) {
        return byId("relief." + bodyPartId.toLowerCase(Locale.ROOT));
    }

    /** What a body part id of the {@code BodyPart} type is answered with: see {@link #BODY_PARTS}, else its relief. */
    public static Optional<Key> forBodyPart(String bodyPartId) {
        Key special = BODY_PARTS.get(bodyPartId);
        return special != null ? Optional.of(special) : relief(bodyPartId);
    }

    @Override
    public String toString() {
        return id;
    }
}
