package com.crampcoach.relief;

import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Companion;
import com.crampcoach.conversation.Turn;
import com.crampcoach.routine.Routines;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "My hamstring is cramping": the relief script for the body part Alexa resolved. A body part that was not
 * understood, or not said at all, or that has no stretch of its own, gets general relief and one question:
 * where is it? (never another part's stretch). "My thigh" asks front or back, since the two need opposite
 * stretches; the stomach is not a muscle cramp the skill can help with, and says so. Said as the answer to
 * "which routine?", a body part with a routine of its own starts it. Two cramping parts in one breath ("my calf
 * and my foot") ask which one, unless they share an answer or one of them has none of its own: the skill cannot
 * tell from the slots which part needs the stretch, and guessing gives one of them another part's stretch. A side
 * beside a part ("the front of my leg") asks where. A part said to be fine, or named only to place the cramp ("my
 * foot's fine, it's my calf", "my toes on my left foot"), arrives in its own slot ({@link Companion#BESIDE_PART}),
 * which no answer reads.
 */
public final class Relief {

    /** The slot that names the part, on every cramp intent. */
    public static final String SLOT = Companion.PART;
    /** The routine for a body part, when "calf" or "back" answers "which routine?". */
    private static final Map<String, String> ROUTINES = Map.of("CALF", "calf", "BACK", "back", "NECK", "desk");
    /** The answers to "front or back?": a bare "back" there is the back of the thigh, not the back spasm. */
    private static final Map<String, Key> THIGH_SIDES = Map.of("FRONT", Key.RELIEF_QUADRICEPS,
            "QUADRICEPS", Key.RELIEF_QUADRICEPS, "BACK", Key.RELIEF_HAMSTRING, "BEHIND", Key.RELIEF_HAMSTRING,
            "HAMSTRING", Key.RELIEF_HAMSTRING);
    /**
     * The sides that answer "front or back?" ("the front", "underneath"). Beside a part they say where on it ("the
     * front of my leg" is the shin, not the calf), which the two slots cannot tell: the skill asks where.
     */
    private static final Set<String> SIDES = Set.of("FRONT", "BEHIND");

    private Relief() {
    }

    public static Answer forBodyPart(Turn turn) {
        Optional<String> part = turn.slot(SLOT);
        if (turn.expects(Key.Expects.ROUTINE)) {
            Optional<Answer> started = part.map(ROUTINES::get).flatMap(id -> turn.catalog().routine(id))
                    .map(routine -> Routines.start(routine));
            if (started.isPresent()) {
                return started.get();
            }
        }
        if (turn.expects(Key.Expects.THIGH_SIDE)) {
            Optional<Key> side = part.map(THIGH_SIDES::get);
            if (side.isPresent()) {
                return Answer.say(side.get());
            }
        }
        List<String> parts = parts(part, turn.slot(Companion.OTHER_PART));
        if (parts.size() == 2) {
            return Answer.say(Key.WHICH_PART,
                    Map.of("place", place(turn, parts.get(0)), "other", place(turn, parts.get(1))));
        }
        return Answer.say(parts.stream().findFirst().flatMap(Key::forBodyPart).filter(turn.catalog()::has)
                .orElse(Key.RELIEF_GENERAL));
    }

    /**
     * The body part ids among {@code part} and {@code other} that decide the answer: both, when their answers
     * differ and each has one of its own (then the skill asks which); a side ({@link #SIDES}) beside a part, alone
     * (it asks where); else the one with an answer of its own, or the first said. Empty when neither was.
     */
    public static List<String> parts(Optional<String> part, Optional<String> other) {
        if (part.isEmpty() || other.isEmpty() || part.equals(other)) {
            return part.or(() -> other).stream().toList();
        }
        if (SIDES.contains(part.get()) || SIDES.contains(other.get())) {
            return List.of(SIDES.contains(part.get()) ? part.get() : other.get());
        }
        Optional<Key> one = Key.forBodyPart(part.get()).filter(key -> key != Key.RELIEF_GENERAL);
        Optional<Key> two = Key.forBodyPart(other.get()).filter(key -> key != Key.RELIEF_GENERAL);
        if (one.isPresent() && two.isPresent() && !one.equals(two)) {
            return List.of(part.get(), other.get());
        }
        return List.of(one.isPresent() || two.isEmpty() ? part.get() : other.get());
    }

    private static String place(Turn turn, String part) {
        return turn.catalog().phraseText(Phrase.place(part), Map.of());
    }
}
