package com.crampcoach.lint;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.ContentException;
import com.crampcoach.content.FollowUp;
import com.crampcoach.content.HoldCues;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Preferences;
import com.crampcoach.content.Problem;
import com.crampcoach.content.Prompt;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import com.crampcoach.content.RoutineRenderer;
import com.crampcoach.content.SsmlRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The content rules: the keys the code needs, placeholders that something fills, and Alexa's size limits on every
 * response the skill can give (SSML tags are checked as content is read, at each tag's line: see ContentLoader).
 * One instance checks one {@link Content}.
 */
final class ContentRules {

    /** What the code puts in a placeholder, as long as a step name or routine title might get: 60 characters. */
    private static final String LONG_SAMPLE = "long sample ".repeat(5);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private final Content content;
    private final Function<String, String> folder;
    private final Consumer<Problem> problems;
    private int responses;
    private int routineSteps;

    /** {@code folder} names a locale's content folder, for problems that belong to no single line. */
    ContentRules(Content content, Function<String, String> folder, Consumer<Problem> problems) {
        this.content = content;
        this.folder = folder;
        this.problems = problems;
    }

    void check() {
        Catalog base = content.forLocale(Content.DEFAULT_LOCALE);
        checkKeys(base);
        for (String locale : content.locales()) {
            Catalog catalog = content.forLocale(locale);
            checkPieces(catalog);
            checkDatePattern(catalog);
            checkOffers(catalog);
            if (catalog != base) {
                checkTranslation(catalog, base);
            }
            checkLimits(catalog);
        }
    }

    /** How many responses were rendered to check their size (every prompt in every locale). */
    int responses() {
        return responses;
    }

    int routineSteps() {
        return routineSteps;
    }

    // Other locales fall back to en-US for every key, so a key that en-US has, every locale has.
    private void checkKeys(Catalog base) {
        Set<String> unclaimed = new TreeSet<>(base.keys());
        Arrays.stream(Key.values()).map(Key::id).forEach(unclaimed::remove);
        base.keys().stream().flatMap(key -> Stream.of(base.prompt(key).offer(), base.prompt(key).decline()))
                .filter(FollowUp.Answer.class::isInstance).map(f -> ((FollowUp.Answer) f).key()).forEach(unclaimed::remove);
        Arrays.stream(Key.values()).map(Key::id).sorted().filter(key -> !base.has(key)).forEach(key -> missing(base, key,
                "<response key=\"" + key + "\">, which the code says", unclaimed, other -> base.prompt(other).source()));
        Set<String> unusedPhrases = new TreeSet<>(base.phrases().keySet());
        Arrays.stream(Phrase.values()).map(Phrase::id).forEach(unusedPhrases::remove);
        Arrays.stream(Phrase.values()).map(Phrase::id).sorted().filter(key -> !base.phrases().containsKey(key))
                .forEach(key -> missing(base, key, "<phrase key=\"" + key + "\">, which the code puts into answers",
                        unusedPhrases, other -> base.sourceOf("phrase " + other)));
    }

    /**
     * A key the code needs is missing. When a key that nothing uses is spelled nearly the same, it was most likely
     * renamed: the problem then points at that one's file and line; otherwise at the locale's folder.
     */
    private void missing(Catalog base, String key, String what, Set<String> unused,
            Function<String, Prompt.Source> sourceOf) {
        String renamed = unused.stream().filter(other -> distance(key, other) <= Math.max(2, key.length() / 3))
                .min(Comparator.comparingInt(other -> distance(key, other))).orElse(null);
        Prompt.Source source = renamed == null ? null : sourceOf.apply(renamed);
        if (source == null) {
            report(base, null, "no " + what);
        } else {
            report(base, source, "no " + what + "; was it renamed to \"" + renamed + "\", which nothing uses?");
        }
    }

    /** How many single-character edits turn one key into the other (Levenshtein). */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Which placeholders a piece may use: what the code fills in (see Catalog, RoutineRenderer, HoldRenderer). */
    private enum Fill {
        /** A prompt's speech or reprompt: checked with its whole prompt, so that a name is reported once. */
        PROMPT,
        /** Phrases: the locale's values and what the code gives. */
        VALUES_AND_CODE,
        /** Routine texts: rendered with the locale's values only. */
        VALUES,
        /** Step cards: the locale's values and {hold}, the hold the person hears. */
        CARD,
        /** Values and hold cues: used as written. */
        NOTHING
    }

    /** A piece of a locale's content: its text, where it is written, what to call it, and how it is used. */
    private record Piece(String text, Prompt.Source source, String what, Fill fill) {
    }

    /** Every piece of text in a catalog, each as the code uses it (see RoutineRenderer, HoldRenderer, Catalog). */
    private static List<Piece> pieces(Catalog catalog) {
        List<Piece> pieces = new ArrayList<>();
        for (String key : catalog.keys()) {
            Prompt prompt = catalog.prompt(key);
            String what = "'" + key + "'";
            for (Prompt.Segment segment : prompt.speech()) {
                if (segment instanceof Prompt.Text text) {
                    pieces.add(new Piece(text.ssml(), prompt.source(), what + " <speech>", Fill.PROMPT));
                }
            }
            if (prompt.reprompt() != null) {
                pieces.add(new Piece(prompt.reprompt(), prompt.source(), what + " <reprompt>", Fill.PROMPT));
            }
        }
        catalog.phrases().forEach((key, ssml) -> pieces.add(new Piece(ssml, catalog.sourceOf("phrase " + key),
                "<phrase key=\"" + key + "\">", Fill.VALUES_AND_CODE)));
        catalog.values().forEach((name, value) -> pieces.add(new Piece(value.ssml(), catalog.sourceOf("value " + name),
                "<value name=\"" + name + "\">", Fill.NOTHING)));
        HoldCues cues = catalog.holdCues();
        cues.cues().forEach(cue -> pieces.add(new Piece(cue.ssml(), catalog.sourceOf("cue " + cue.remaining()),
                "<cue remaining=\"" + cue.remaining() + "\">", Fill.NOTHING)));
        pieces.add(new Piece(cues.filler(), catalog.sourceOf("filler"), "<filler>", Fill.NOTHING));
        pieces.add(new Piece(cues.release(), catalog.sourceOf("release"), "<release>", Fill.NOTHING));
        for (Routine routine : catalog.routines()) {
            String what = "routine '" + routine.id() + "'";
            if (routine.intro() != null) {
                pieces.add(new Piece(routine.intro(), routine.source(), what + " <intro>", Fill.VALUES));
            }
            pieces.add(new Piece(routine.outro(), routine.source(), what + " <outro>", Fill.VALUES));
            for (Routine.Step step : routine.steps()) {
                Prompt.Source at = stepSource(routine, step);
                String inStep = what + " step '" + step.name() + "'";
                pieces.add(new Piece(step.instruction(), at, inStep + " <instruction>", Fill.VALUES));
                if (step.otherSide() != null) {
                    pieces.add(new Piece(step.otherSide(), at, inStep + " <other-side>", Fill.VALUES));
                }
                pieces.add(new Piece(step.card(), at, inStep + " <card>", Fill.CARD));
            }
        }
        return pieces;
    }

    // Messages here name no locale: a locale inherits en-US's text, and the same problem is then reported once.
    /** {@code date.pattern} must be a date pattern java.time reads, of names, numbers, commas and spaces only. */
    private void checkDatePattern(Catalog catalog) {
        if (!catalog.phrases().containsKey(Phrase.DATE_PATTERN.id())) {
            return; // reported as a missing phrase
        }
        String pattern = catalog.phraseText(Phrase.DATE_PATTERN, java.util.Map.of());
        String problem = null;
        if (!pattern.matches("[EMd ,]+")) {
            problem = "may use only E (weekday), M (month), d (day), commas and spaces";
        } else {
            try {
                java.time.format.DateTimeFormatter.ofPattern(pattern).format(java.time.LocalDate.of(2026, 12, 1));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                problem = "is not a date pattern java.time reads: " + e.getMessage();
            }
        }
        if (problem != null) {
            report(catalog, catalog.sourceOf("phrase " + Phrase.DATE_PATTERN.id()), "'" + Phrase.DATE_PATTERN.id()
                    + "' " + problem);
        }
    }

    private void checkPieces(Catalog catalog) {
        Set<String> values = new TreeSet<>(catalog.values().keySet());
        Set<String> valuesAndCode = new TreeSet<>(values);
        valuesAndCode.addAll(Key.CODE_VALUES);
        String notAValue = "is not a locale value (" + String.join(", ", values) + ")";
        String notGiven = notAValue + " or one the code gives (" + String.join(", ", new TreeSet<>(Key.CODE_VALUES))
                + ")";
        for (String key : catalog.keys()) {
            Prompt prompt = catalog.prompt(key);
            unknown(catalog, prompt.placeholders(), valuesAndCode, prompt.source(), "'" + key + "'", notGiven);
            if (prompt.placeholders().contains(Catalog.HOLD) && prompt.firstHoldSeconds() == 0) {
                report(catalog, prompt.source(), "'" + key + "' uses {" + Catalog.HOLD + "} but has no <hold>: it is"
                        + " the length of the answer's first hold");
            }
        }
        for (Piece piece : pieces(catalog)) {
            // Tags and attribute values were checked as the files were read, each at its own line (ContentLoader).
            Set<String> used = placeholders(piece.text());
            switch (piece.fill()) {
                case PROMPT -> { } // checked above, with the whole prompt
                case VALUES_AND_CODE -> unknown(catalog, used, valuesAndCode, piece.source(), piece.what(), notGiven);
                case VALUES -> unknown(catalog, used, values, piece.source(), piece.what(),
                        notAValue + ", the only placeholders routine texts get");
                case CARD -> unknown(catalog, used, withHold(values), piece.source(), piece.what(),
                        notAValue + " or {" + Catalog.HOLD + "}, the only placeholders a step's card gets");
                case NOTHING -> unknown(catalog, used, Set.of(), piece.source(), piece.what(),
                        "is never filled in here; it would be said or shown as written");
            }
        }
    }

    private void unknown(Catalog catalog, Set<String> used, Set<String> allowed, Prompt.Source source, String what,
            String why) {
        used.stream().filter(name -> !allowed.contains(name))
                .forEach(name -> report(catalog, source, "{" + name + "} in " + what + " " + why));
    }

    private static Set<String> withHold(Set<String> values) {
        Set<String> names = new TreeSet<>(values);
        names.add(Catalog.HOLD);
        return names;
    }

    private void checkOffers(Catalog catalog) {
        for (String key : catalog.keys()) {
            Prompt prompt = catalog.prompt(key);
            checkTarget(catalog, prompt, "offer", prompt.offer());
            checkTarget(catalog, prompt, "decline", prompt.decline());
            if ((prompt.offer() != null || prompt.decline() != null) && !prompt.asksQuestion()) {
                report(catalog, prompt.source(), "'" + prompt.key() + "' offers an answer to yes or no but asks"
                        + " nothing: add a <reprompt>, which keeps the microphone open");
            }
        }
    }

    /**
     * An offer or decline names an answer, which must exist, or a routine to start, which must exist too. What the
     * other follow-ups act on is the question's subject, which only the code can give: so only the questions the
     * code asks about a subject may offer them.
     */
    private void checkTarget(Catalog catalog, Prompt prompt, String attribute, FollowUp target) {
        if (target == null) {
            return;
        }
        String missing = null;
        if (target instanceof FollowUp.StartRoutine start) {
            missing = catalog.routine(start.routineId()).isPresent() ? null : "<routine id=\"" + start.routineId() + "\">";
        } else if (target instanceof FollowUp.Answer answer) {
            missing = catalog.has(answer.key()) ? null : "<response key=\"" + answer.key() + "\">";
        } else if (!SUBJECTS.getOrDefault(prompt.key(), Set.of()).contains(target.getClass())) {
            report(catalog, prompt.source(), "'" + prompt.key() + "' has " + attribute + "=\"" + target.written()
                    + "\", which needs a subject the code gives only to " + SUBJECTS.keySet().stream().sorted().toList());
            return;
        }
        if (missing != null) {
            report(catalog, prompt.source(), "'" + prompt.key() + "' has " + attribute + "=\"" + target.written()
                    + "\", but there is no " + missing);
        }
    }

    /** The questions the code asks about a subject, and the follow-ups that subject allows. */
    private static final Map<String, Set<Class<? extends FollowUp>>> SUBJECTS = Map.of(
            Key.RESUME_OFFER.id(), Set.of(FollowUp.Resume.class, FollowUp.Restart.class),
            Key.ROUTINE_RESUME_OFFER.id(), Set.of(FollowUp.Resume.class, FollowUp.Restart.class));

    private void checkTranslation(Catalog catalog, Catalog base) {
        for (String key : catalog.keys()) {
            Prompt prompt = catalog.prompt(key);
            if (base.has(key) && !prompt.equals(base.prompt(key))) {
                sameAsBase(catalog, prompt.placeholders(), base.prompt(key).placeholders(), prompt.source(),
                        "'" + key + "'", base.prompt(key).source());
            }
        }
        catalog.phrases().forEach((key, ssml) -> {
            Prompt.Source source = catalog.sourceOf("phrase " + key);
            Prompt.Source baseSource = base.sourceOf("phrase " + key);
            if (base.phrases().containsKey(key) && !Objects.equals(source, baseSource)) {
                sameAsBase(catalog, placeholders(ssml), placeholders(base.phrases().get(key)), source,
                        "<phrase key=\"" + key + "\">", baseSource);
            }
        });
    }

    /** A translation that drops or adds a placeholder says something different, or fails for want of a value. */
    private void sameAsBase(Catalog catalog, Set<String> ours, Set<String> theirs, Prompt.Source source, String what,
            Prompt.Source baseSource) {
        if (!ours.equals(theirs)) {
            report(catalog, source, what + " in " + catalog.locale() + " uses " + braces(ours) + " but "
                    + Content.DEFAULT_LOCALE + "'s" + (baseSource == null ? "" : " (" + baseSource + ")") + " uses "
                    + braces(theirs) + "; a translation keeps the same placeholders");
        }
    }

    private static final Preferences LONGEST = new Preferences(java.util.Collections.max(Preferences.HOLDS), true, true);

    private void checkLimits(Catalog catalog) {
        for (String key : new TreeSet<>(catalog.keys())) {
            Prompt prompt = catalog.prompt(key);
            Map<String, String> given = new HashMap<>();
            prompt.placeholders().stream().filter(name -> !catalog.values().containsKey(name))
                    .forEach(name -> given.put(name, LONG_SAMPLE));
            // With the longest hold a person can choose: the longest the answer can be.
            limits(catalog, catalog.reply(key, given, LONGEST.holdSeconds()), prompt.source(), "'" + key + "'");
            responses++;
        }
        if (!Arrays.stream(Phrase.values()).map(Phrase::id).allMatch(catalog.phrases()::containsKey)) {
            return; // the renderer cannot put a step together; checkKeys has said which phrase is missing
        }
        for (Routine routine : catalog.routines()) {
            try {
                checkLimits(catalog, routine);
            } catch (ContentException e) {
                report(catalog, routine.source(), "routine '" + routine.id() + "' cannot be spoken in "
                        + catalog.locale() + ": " + e.getMessage());
            }
        }
    }

    private void checkLimits(Catalog catalog, Routine routine) {
        // Step 1 may follow the intro, "I lost my place" or "this is the first stretch"; the longest counts. Later
        // steps follow nothing today, but are checked with "I lost my place" before them to leave room for it.
        String restarted = catalog.phrase("routine.restarted", Map.of());
        String first = catalog.phrase("routine.first", Map.of());
        String intro = routine.intro() == null ? "" : catalog.render(routine.intro(), Map.of());
        String longestFirst = List.of(intro, restarted, first).stream().max(Comparator.comparingInt(String::length))
                .orElseThrow();
        for (int i = 0; i < routine.steps().size(); i++) {
            Routine.Step step = routine.steps().get(i);
            Reply reply = RoutineRenderer.step(catalog, routine, i, i == 0 ? longestFirst : restarted, LONGEST);
            limits(catalog, reply, stepSource(routine, step),
                    "step " + (i + 1) + " ('" + step.name() + "') of routine '" + routine.id() + "'");
            routineSteps++;
        }
        for (int from = 0; from >= 0; ) {
            RoutineRenderer.Chunk chunk = RoutineRenderer.play(catalog, routine, from, LONGEST);
            limits(catalog, chunk.reply(), routine.source(),
                    "routine '" + routine.id() + "' played without stopping from step " + (from + 1));
            from = chunk.next();
        }
    }

    /** Counted slow and quiet, as the most it can be: a quiet voice's {@code <prosody>} counts too. */
    private void limits(Catalog catalog, Reply reply, Prompt.Source source, String what) {
        heard(catalog, source, "speech of " + what, reply.speech());
        limit(catalog, source, "speech of " + what, "<speak>" + LONGEST.apply(reply.speech(), catalog.urgent())
                + "</speak>", " (with <speak>)");
        if (reply.reprompt() != null) {
            heard(catalog, source, "reprompt of " + what, reply.reprompt());
            limit(catalog, source, "reprompt of " + what, "<speak>" + LONGEST.apply(reply.reprompt(), catalog.urgent())
                    + "</speak>", " (with <speak>)");
        }
        // Alexa counts a simple card's title and text together.
        limit(catalog, source, "card of " + what, reply.cardTitle() + reply.cardText(), " (title and text)");
    }

    /**
     * Each time {@code ssml} names an urgent value (the emergency number), it is in a sentence of its own, which a
     * quiet or slow setting leaves in the usual voice (Preferences.apply).
     */
    private void heard(Catalog catalog, Prompt.Source source, String what, String ssml) {
        List<String> sentences = Preferences.sentences(ssml);
        catalog.values().forEach((name, value) -> {
            if (value.urgent() && count(ssml, value.ssml())
                    > sentences.stream().mapToLong(s -> count(s, value.ssml())).sum()) {
                report(catalog, source, "the " + what + " names {" + name + "} outside a sentence of its own: write"
                        + " <s>...</s> around it, outside any other tag, so that a quiet or slow voice never"
                        + " quietens it");
            }
        });
    }

    private static long count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    private void limit(Catalog catalog, Prompt.Source source, String what, String text, String counted) {
        if (text.length() > SsmlRules.MAX_CHARS) {
            report(catalog, source, "in " + catalog.locale() + ", the " + what + " is " + text.length() + " characters"
                    + counted + "; Alexa allows " + SsmlRules.MAX_CHARS);
        }
    }

    private static Prompt.Source stepSource(Routine routine, Routine.Step step) {
        return routine.source() == null ? null : new Prompt.Source(routine.source().file(), step.line());
    }

    private void report(Catalog catalog, Prompt.Source source, String message) {
        problems.accept(source == null
                ? new Problem(folder.apply(catalog.locale()), 0, message)
                : new Problem(source.file(), source.line(), message));
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "no placeholders"
                : String.join(", ", new TreeSet<>(names).stream().map(name -> "{" + name + "}").toList());
    }
}
