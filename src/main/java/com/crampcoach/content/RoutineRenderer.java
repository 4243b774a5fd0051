package com.crampcoach.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a routine's steps into answers; a pure function of the content, with no SDK in sight.
 *
 * <p>A step is spoken as its instruction, then its timed hold; a step done on each side adds the
 * other-side line and a second hold; repetitions add a short rest, the "again" line and the holds once
 * more. Every step but the last ends with a short question naming the next stretch; the last ends with
 * the routine's closing words.
 */
public final class RoutineRenderer {

    /** Room left for the closing words when the whole routine is packed into as few answers as possible. */
    private static final int PLAY_BUDGET = SsmlRules.MAX_CHARS - 1500;
    /**
     * Played through, the silence after "now lie down" before the next instruction: time to get from standing at a
     * wall to lying down, or back up, slowly (one step at a time, the person says "next" when ready instead).
     */
    public static final int MOVE_SECONDS = 8;

    private RoutineRenderer() {
    }

    /**
     * The answer for step {@code index}; {@code preface} (SSML, may be null) is said before it, such as the
     * routine's intro when it starts.
     */
    public static Reply step(Catalog catalog, Routine routine, int index, String preface) {
        return step(catalog, routine, index, preface, Preferences.DEFAULT);
    }

    /** The same, with the person's preferred hold length. */
    public static Reply step(Catalog catalog, Routine routine, int index, String preface, Preferences preferences) {
        Routine.Step step = routine.steps().get(index);
        List<String> speech = new ArrayList<>();
        if (preface != null) {
            speech.add(preface);
        }
        speech.add(body(catalog, step, preferences));
        String title = catalog.phraseText(Phrase.CARD_TITLE, Map.of("title", routine.title(),
                "number", String.valueOf(index + 1), "total", String.valueOf(routine.steps().size())));
        String card = card(catalog, step, preferences);
        if (index == routine.steps().size() - 1) {
            speech.add(catalog.render(routine.outro(), Map.of()));
            return new Reply(String.join(" ", speech), null, title, card);
        }
        Map<String, String> next = Map.of("next", routine.steps().get(index + 1).name());
        speech.add(catalog.phrase(Phrase.NEXT, next));
        return new Reply(String.join(" ", speech), catalog.phrase(Phrase.REPROMPT, next), title, card);
    }

    /** One answer of the whole routine played without stopping, from step {@code from}. */
    public static Chunk play(Catalog catalog, Routine routine, int from) {
        return play(catalog, routine, from, Preferences.DEFAULT);
    }

    /** The same, with the person's preferred hold length. */
    public static Chunk play(Catalog catalog, Routine routine, int from, Preferences preferences) {
        List<String> speech = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        if (from == 0) {
            speech.add(catalog.phrase(Phrase.PLAY_INTRO, Map.of("routine", routine.name())));
        }
        int length = String.join(" ", speech).length();
        int index = from;
        while (index < routine.steps().size()) {
            String body = body(catalog, routine.steps().get(index), preferences);
            if (index > from) {
                body = moving(catalog, routine.steps().get(index - 1), routine.steps().get(index)) + body;
            }
            if (index > from && length + body.length() > PLAY_BUDGET) {
                break;
            }
            speech.add(body);
            cards.add(card(catalog, routine.steps().get(index), preferences));
            length += body.length() + 1;
            index++;
        }
        String cardText = String.join("\n\n", cards);
        if (index == routine.steps().size()) {
            speech.add(catalog.render(routine.outro(), Map.of()));
            return new Chunk(new Reply(String.join(" ", speech), null, routine.title(), cardText), -1);
        }
        speech.add(catalog.phrase(Phrase.PLAY_MORE, Map.of()));
        return new Chunk(new Reply(String.join(" ", speech), catalog.phrase(Phrase.PLAY_MORE, Map.of()),
                routine.title(), cardText), index);
    }

    /** Played through: when {@code next} is done in another position than {@code last}, the words and time to move. */
    private static String moving(Catalog catalog, Routine.Step last, Routine.Step next) {
        if (next.position() == null || next.position() == last.position()) {
            return "";
        }
        return catalog.phrase(Phrase.move(next.position()), Map.of()) + " <break time=\"" + MOVE_SECONDS + "s\"/> ";
    }

    /** A part of a routine played without stopping, and the step to go on from ({@code -1}: it is finished). */
    public record Chunk(Reply reply, int next) {
    }

    /** How long a step's answer speaks before its first hold starts, by the content's estimate (see HoldRenderer). */
    public static long millisBeforeFirstHold(Catalog catalog, Routine.Step step) {
        return HoldRenderer.estimateMillis(catalog.render(step.instruction(), Map.of()));
    }

    /**
     * How long a step's answer speaks or rests between two of its holds, as {@link #body} puts them together: the
     * release line ending a hold, then the other side's words, or the rest and the "once more" line.
     */
    public static long millisBetweenHolds(Catalog catalog, Routine.Step step) {
        long release = HoldRenderer.estimateMillis(catalog.holdCues().release());
        if (step.sides()) {
            return release + HoldRenderer.estimateMillis(step.otherSide() != null
                    ? catalog.render(step.otherSide(), Map.of()) : catalog.phrase(Phrase.OTHER_SIDE, Map.of()));
        }
        return release + step.restSeconds() * 1000L + HoldRenderer.estimateMillis(catalog.phrase(Phrase.AGAIN, Map.of()));
    }

    /** A step's card, saying the hold the person will hear ({@code {hold}}). */
    private static String card(Catalog catalog, Routine.Step step, Preferences preferences) {
        return catalog.text(step.card(), Map.of(Catalog.HOLD, String.valueOf(preferences.hold(step.holdSeconds()))));
    }

    private static String body(Catalog catalog, Routine.Step step, Preferences preferences) {
        List<String> speech = new ArrayList<>();
        speech.add(catalog.render(step.instruction(), Map.of()));
        String hold = HoldRenderer.render(preferences.hold(step.holdSeconds()), catalog.holdCues());
        for (int repetition = 1; repetition <= step.repetitions(); repetition++) {
            if (repetition > 1) {
                if (step.restSeconds() > 0) {
                    speech.add("<break time=\"" + step.restSeconds() + "s\"/>");
                }
                speech.add(catalog.phrase(Phrase.AGAIN, Map.of()));
            }
            speech.add(hold);
            if (step.sides()) {
                speech.add(step.otherSide() != null
                        ? catalog.render(step.otherSide(), Map.of())
                        : catalog.phrase(Phrase.OTHER_SIDE, Map.of()));
                speech.add(hold);
            }
        }
        return String.join(" ", speech);
    }
}
