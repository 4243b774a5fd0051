package com.crampcoach.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every piece of SSML the code puts together into answers (routine steps, the cramp log's places and periods). */
public enum Phrase {
    OTHER_SIDE("routine.other-side"),
    AGAIN("routine.again"),
    NEXT("routine.next"),
    REPROMPT("routine.reprompt"),
    CARD_TITLE("routine.card-title"),
    PLAY_INTRO("routine.play-intro"),
    PLAY_MORE("routine.play-more"),
    RESTARTED("routine.restarted"),
    FIRST("routine.first"),
    MOVE_STANDING("routine.move.standing"),
    MOVE_SITTING("routine.move.sitting"),
    MOVE_LYING("routine.move.lying"),
    MOVE_KNEELING("routine.move.kneeling"),
    PLACE_CALF("place.calf"),
    PLACE_FOOT("place.foot"),
    PLACE_HAMSTRING("place.hamstring"),
    PLACE_BACK("place.back"),
    PLACE_NECK("place.neck"),
    PLACE_QUADRICEPS("place.quadriceps"),
    PLACE_TOES("place.toes"),
    PLACE_HAND("place.hand"),
    PLACE_SHIN("place.shin"),
    PLACE_ARM("place.arm"),
    PLACE_THIGH("place.thigh"),
    PLACE_STOMACH("place.stomach"),
    PLACE_BUTTOCK("place.buttock"),
    PLACE_CRAMP("place.cramp"),
    TODAY("when.today"),
    YESTERDAY("when.yesterday"),
    /** Today, with its date: said when the person's time zone is unknown, so that they can tell which day it was. */
    TODAY_DATED("when.today.dated"),
    YESTERDAY_DATED("when.yesterday.dated"),
    /** How a date is said in this locale: a java.time pattern of day and month names and numbers only. */
    DATE_PATTERN("date.pattern"),
    WEEK("period.week"),
    MONTH("period.month"),
    SCREEN_POSITION("screen.position"),
    SCREEN_NEXT("screen.next"),
    SCREEN_REPEAT("screen.repeat"),
    SCREEN_PAUSE("screen.pause"),
    CLOCK_AM("clock.am"),
    CLOCK_PM("clock.pm"),
    /**
     * Said before a cramp's answer when something said in the same breath was not understood: it may be a danger,
     * so the local emergency number comes first.
     */
    SAFETY_FIRST("safety.first"),
    /** What the bedtime reminder says when it rings (plain words: Alexa's Reminders API speaks them). */
    REMINDER_WORDS("reminder.words");

    private final String id;

    Phrase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** How a logged body part is spoken ("your calf"); a part without a phrase of its own is "a cramp". */
    public static Phrase place(String part) {
        String id = "place." + part.toLowerCase(Locale.ROOT);
        Optional<Phrase> phrase = Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
        return phrase.orElse(PLACE_CRAMP);
    }

    /** What a routine played through says when the next stretch is done in another position. */
    public static Phrase move(Routine.Position position) {
        return switch (position) {
            case STANDING -> MOVE_STANDING;
            case SITTING -> MOVE_SITTING;
            case LYING -> MOVE_LYING;
            case KNEELING -> MOVE_KNEELING;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
