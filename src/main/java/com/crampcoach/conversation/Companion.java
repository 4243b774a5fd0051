package com.crampcoach.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What is said in the same breath as a cramp ("my calf is cramping and my foot's gone cold and blue"), as the
 * {@code symptom} slot's value id, and the intent whose answer then comes first. Alexa sends a skill only intents
 * and slots, never the words, so a danger said after a cramp arrives as this slot on the cramp's intent.
 *
 * <p>The constants are the slot type {@code Symptom}'s value ids in {@code interactionModels/phrases.txt}; an id
 * not listed here (a model newer than this code), or words that resolved to no value, bring the local number
 * before the answer ({@link #unknown}); so do words in a second part's place ({@link #OTHER_PART}) that are no body
 * part, since Alexa fills that slot with whatever follows "my calf and ...". Only an answer more urgent than the one
 * asked for comes first: an emergency before anything else, a red flag before anything but an emergency, and a red
 * flag that is a sign in the body (swelling, numbness) before one that is a pattern (lasting, frequent, on walking).
 */
public enum Companion {
    EMERGENCY_BREATHING(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_CHEST(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_STROKE(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_DARK_URINE(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_BLADDER(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_LEGS(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_NECK_FEVER(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_COLD_LIMB(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_FEVER(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_FAINTING(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_SEIZURE(Urgency.EMERGENCY, Companion.EMERGENCY),
    EMERGENCY_CALL(Urgency.EMERGENCY, Companion.EMERGENCY),
    REDFLAG_SWELLING(Urgency.SIGN, "RedFlagSwellingIntent"),
    REDFLAG_NUMBNESS(Urgency.SIGN, "RedFlagNumbnessIntent"),
    REDFLAG_PERSISTENT(Urgency.RED_FLAG, "RedFlagPersistentIntent"),
    REDFLAG_FREQUENT(Urgency.RED_FLAG, "RedFlagFrequentIntent"),
    REDFLAG_MEDICATION(Urgency.RED_FLAG, "RedFlagMedicationIntent"),
    REDFLAG_WALKING(Urgency.RED_FLAG, "RedFlagWalkingIntent");

    /** The slot that carries it, on every cramp and spasm intent and on questions and requests said with more words. */
    public static final String SLOT = "symptom";
    /** A second body part said in the same breath, on the cramp intent's two-part samples ("my calf and my {x}"). */
    public static final String OTHER_PART = "otherPart";
    /** The slots whose words, said but matching nothing this code knows, may be a danger the model lacks. */
    public static final List<String> SAID_WITH = List.of(SLOT, OTHER_PART);
    /** The cramping part's slot, on every cramp intent. */
    public static final String PART = "bodyPart";
    /**
     * A part said beside the cramping one, to be fine or only to place it ("my {besidePart} is fine, it's my
     * {bodyPart}", "my toes on my left {besidePart}"): no answer reads it, and words there that are no part are no
     * danger.
     */
    public static final String BESIDE_PART = "besidePart";
    static final String EMERGENCY = "EmergencyIntent";

    /**
     * How soon an answer must come: the order of the constants is the order of precedence. A red flag told as a story
     * (a cramp that won't stop, cramps every night, pain on walking) takes the symptom slot too, and a sign in the body
     * said after it (swelling and heat, a possible clot; numbness or weakness) has the more specific answer, so it
     * comes first.
     */
    enum Urgency { NONE, RED_FLAG, SIGN, EMERGENCY }

    private final Urgency urgency;
    private final String intent;

    Companion(Urgency urgency, String intent) {
        this.urgency = urgency;
        this.intent = intent;
    }

    /** Whether this companion is an emergency (its answer: call the local number). */
    public boolean emergency() {
        return urgency == Urgency.EMERGENCY;
    }

    /** The intent whose answer this companion brings first. */
    public String intent() {
        return intent;
    }

    /** The companion a value id stands for; nothing for an id this code does not know. */
    public static Optional<Companion> byId(String id) {
        return Arrays.stream(values()).filter(companion -> companion.name().equals(id)).findFirst();
    }

    /**
     * The intent to answer on this turn: the companion's, when the turn's {@link #SLOT} resolved to one that is
     * more urgent than {@code intent}'s own answer; otherwise {@code intent} itself.
     */
    static String first(String intent, Turn turn) {
        return first(intent, turn.slot(SLOT));
    }

    /**
     * Whether a slot of {@link #SAID_WITH} was said but stands for nothing this code knows: Alexa fills a custom slot
     * with words that match none of its values too, and what was said in the same breath as a cramp may be a danger
     * in words the model lacks.
     */
    static boolean unknown(Turn turn) {
        return saidWith(turn.said(BESIDE_PART)).stream().anyMatch(slot -> unknown(slot, turn.said(slot), turn.slot(slot)));
    }

    /**
     * The slots whose words may be a danger when they stand for nothing this code knows: {@link #SAID_WITH}, and the
     * cramping part's own when a part was set aside beside it ({@code aside}): "not my calf, it's my {bodyPart}" puts
     * the cramping part where a second part's words would be, and they may be no part at all.
     */
    public static List<String> saidWith(boolean aside) {
        return aside ? List.of(SLOT, OTHER_PART, PART) : SAID_WITH;
    }

    /**
     * Whether {@code slot} of {@link #SAID_WITH}, {@code said} and resolved to this value id (if any), stands for
     * nothing this code knows: a symptom that is no companion, or a second part that is no body part.
     */
    public static boolean unknown(String slot, boolean said, Optional<String> id) {
        return said && (slot.equals(SLOT) ? id.flatMap(Companion::byId).isEmpty() : id.isEmpty());
    }

    /** The intent to answer when {@code intent} arrives with this {@link #SLOT} value id (if any). */
    public static String first(String intent, Optional<String> symptomId) {
        return symptomId.flatMap(Companion::byId)
                .filter(companion -> companion.urgency.compareTo(urgencyOf(intent)) > 0)
                .map(Companion::intent)
                .orElse(intent);
    }

    /** How urgent an intent's own answer is: as urgent as the companions that bring it, else not at all. */
    static Urgency urgencyOf(String intent) {
        return Arrays.stream(values()).filter(companion -> companion.intent.equals(intent))
                .map(companion -> companion.urgency).findFirst().orElse(Urgency.NONE);
    }
}
