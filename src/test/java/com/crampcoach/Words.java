package com.crampcoach;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.HoldCues;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a test expects, rendered from shipped content in a request's locale, so that a therapist who rewords
 * a content file breaks no test: a test names the key, routine step or cue, never the sentence.
 */
public final class Words {

    /**
     * Each locale's emergency number in digits, as cards and the chat show it. Written here, not read from the content,
     * on purpose: the tests that hold safety lines to it must fail if the content's number is ever wrong.
     */
    public static final Map<String, String> EMERGENCY_DIGITS = Map.of("en-US", "911", "en-CA", "911", "en-GB", "999",
            "en-AU", "000", "en-IN", "112");
    private static final Content CONTENT = Content.load();

    private Words() {
    }

    public static Catalog in(String locale) {
        return CONTENT.forLocale(locale);
    }

    /** Content key {@code key}'s answer as the skill renders it, holds as written. */
    public static Reply reply(String locale, Key key) {
        return in(locale).reply(key);
    }

    public static Reply reply(String locale, Key key, Map<String, String> values) {
        return in(locale).reply(key, values);
    }

    /** The whole spoken answer of {@code key}, as the response's SSML carries it. */
    public static String speech(String locale, Key key) {
        return "<speak>" + reply(locale, key).speech() + "</speak>";
    }

    /** The first sentence ({@code <s>…</s>}) of some rendered SSML. */
    public static String firstSentence(String ssml) {
        int end = ssml.indexOf("</s>");
        if (end < 0) {
            throw new IllegalArgumentException("no sentence in " + ssml);
        }
        return ssml.substring(0, end + "</s>".length());
    }

    /** The card title of routine {@code id}'s step {@code index} (from 0). */
    public static String stepTitle(String locale, String id, int index) {
        Routine routine = routine(locale, id);
        return in(locale).phraseText(Phrase.CARD_TITLE, Map.of("title", routine.title(),
                "number", String.valueOf(index + 1), "total", String.valueOf(routine.steps().size())));
    }

    /** How routine {@code id}'s step {@code index} is named in speech ("the towel stretch"). */
    public static String stepName(String locale, String id, int index) {
        return routine(locale, id).steps().get(index).name();
    }

    /** The names a routine answer fills in at step {@code index}: the routine, this step and the next one. */
    public static Map<String, String> place(String locale, String id, int index) {
        Routine routine = routine(locale, id);
        int next = Math.min(index + 1, routine.steps().size() - 1);
        return Map.of("routine", routine.name(), "step", routine.steps().get(index).name(),
                "next", routine.steps().get(next).name());
    }

    /** The spoken part of {@code key}'s answer with {@code values} (no {@code <speak>}). */
    public static String said(String locale, Key key, Map<String, String> values) {
        return reply(locale, key, values).speech();
    }

    public static String said(String locale, Key key) {
        return said(locale, key, Map.of());
    }

    /** How a logged body part ({@code "CALF"}) is said in the cramp log's answers. */
    public static String place(String locale, String part) {
        return in(locale).phraseText(Phrase.place(part), Map.of());
    }

    /** The cramp log's answer for a single cramp in {@code part} over {@code period} (WEEK or MONTH). */
    public static String oneCramp(String locale, Phrase period, String part) {
        return said(locale, Key.LOG_COUNT_ONE, Map.of("period", in(locale).phraseText(period, Map.of()),
                "place", place(locale, part)));
    }

    /** A date as the locale's content says it ({@code date.pattern}). */
    public static String date(String locale, LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern(in(locale).phraseText(Phrase.DATE_PATTERN, Map.of()),
                Locale.forLanguageTag(locale)));
    }

    /** The cramp log's "logged" answer for {@code part} on {@code day}, said with its date (no time zone known). */
    public static String logged(String locale, String part, LocalDate day, LocalDate today) {
        Phrase when = day.equals(today) ? Phrase.TODAY_DATED : Phrase.YESTERDAY_DATED;
        return said(locale, Key.LOG_SAVED, Map.of("place", place(locale, part),
                "day", in(locale).phraseText(when, Map.of("date", date(locale, day)))));
    }

    /**
     * Key {@code key}'s answer as a pattern: {@code values} filled in, and each placeholder named in {@code free}
     * matching any words (a date the test cannot know, say).
     */
    public static Pattern answer(String locale, Key key, Map<String, String> values, String... free) {
        Map<String, String> all = new HashMap<>(values);
        for (int i = 0; i < free.length; i++) {
            all.put(free[i], "QQFREE" + i + "QQ");
        }
        String said = said(locale, key, all);
        StringBuilder regex = new StringBuilder();
        for (String part : said.split("QQFREE\\d+QQ", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".+?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** The cramp log's "logged" answer for {@code part} on any day; for any place too if {@code part} is null. */
    public static Pattern logged(String locale, String part) {
        return part == null ? answer(locale, Key.LOG_SAVED, Map.of(), "place", "day")
                : answer(locale, Key.LOG_SAVED, Map.of("place", place(locale, part)), "day");
    }

    public static Routine routine(String locale, String id) {
        return in(locale).routine(id).orElseThrow();
    }

    /** The hold cue spoken when {@code remaining} seconds are left. */
    public static String cue(String locale, int remaining) {
        return in(locale).holdCues().cues().stream().filter(cue -> cue.remaining() == remaining)
                .map(HoldCues.Cue::ssml).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cue at " + remaining + " s in " + locale));
    }

    /** The line that ends every hold. */
    public static String release(String locale) {
        return in(locale).holdCues().release();
    }

    public static String phrase(String locale, Phrase phrase, Map<String, String> values) {
        return in(locale).phrase(phrase, values);
    }
}
