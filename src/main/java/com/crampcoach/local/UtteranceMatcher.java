package com.crampcoach.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict stand-in for Alexa's language understanding: an utterance matches an intent when, after
 * lower-casing and dropping punctuation, it equals one of the intent's samples, with each {@code {slot}}
 * standing for one or more words. Slot words are resolved against the slot type's values and synonyms,
 * as Alexa's entity resolution does. Nothing matched means {@code AMAZON.FallbackIntent}.
 */
public final class UtteranceMatcher {

    /** What Alexa's built-in intents understand without samples of ours. */
    static final Map<String, List<String>> BUILT_IN = Map.ofEntries(
            Map.entry("AMAZON.StopIntent", List.of("stop", "off", "shut up", "be quiet", "exit", "quit", "that's enough")),
            Map.entry("AMAZON.CancelIntent", List.of("cancel", "never mind", "forget it")),
            Map.entry("AMAZON.HelpIntent", List.of("help", "help me")),
            Map.entry("AMAZON.YesIntent", List.of("yes", "yeah", "yep", "yes please", "sure", "ok", "okay", "please")),
            Map.entry("AMAZON.NoIntent", List.of("no", "nope", "no thanks", "no thank you", "not now")),
            Map.entry("AMAZON.RepeatIntent", List.of("repeat", "repeat that", "say that again", "again", "what", "pardon")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("go home", "home")),
            Map.entry("AMAZON.NextIntent", List.of("next", "next one", "next stretch", "continue", "ready", "i'm ready",
                    "done", "go on", "keep going", "skip", "skip this one", "move on")),
            Map.entry("AMAZON.PreviousIntent", List.of("go back", "previous", "previous one", "previous stretch", "back one",
                    "the last one again")),
            Map.entry("AMAZON.StartOverIntent", List.of("start over", "restart", "start again", "from the top",
                    "from the beginning", "start from the beginning")),
            Map.entry("AMAZON.PauseIntent", List.of("pause", "pause the routine", "pause it")),
            Map.entry("AMAZON.ResumeIntent", List.of("resume", "carry on", "pick up where we left off", "unpause",
                    "continue the routine")));

    private final InteractionModel model;
    private final List<Sample> samples = new ArrayList<>();

    public UtteranceMatcher(InteractionModel model) {
        this.model = model;
        for (InteractionModel.Intent intent : model.intents()) {
            List<String> phrases = new ArrayList<>(intent.samples());
            phrases.addAll(BUILT_IN.getOrDefault(intent.name(), List.of()));
            for (String phrase : phrases) {
                samples.add(Sample.compile(intent, phrase));
            }
        }
    }

    /** A matched intent and its slots; a slot with a null value was not said. */
    public record Match(String intent, Map<String, SlotFill> slots) {
    }

    /** A slot as Alexa fills it: the words said, and the resolved value's id and name if one matched. */
    public record SlotFill(String type, String said, String id, String name) {
        public boolean resolved() {
            return id != null;
        }
    }

    /** The phrases a built-in intent understands without samples of ours (none for other intents). */
    static List<String> builtIn(String intent) {
        return BUILT_IN.getOrDefault(intent, List.of());
    }

    public Match match(String utterance) {
        String text = normalize(utterance);
        return samples.stream()
                .map(sample -> sample.match(text, this))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(Scored::score))
                .map(Scored::match)
                .orElse(new Match("AMAZON.FallbackIntent", Map.of()));
    }

    private static final Map<String, String> TYPED = Map.of("cant", "can't", "wont", "won't", "dont", "don't",
            "im", "i'm", "ive", "i've", "doesnt", "doesn't", "isnt", "isn't", "didnt", "didn't", "its been", "it's been");

    /** Each of {@link #TYPED}'s words as a whole word. */
    private static final Map<String, Pattern> TYPED_WORDS = TYPED.keySet().stream().collect(
            java.util.stream.Collectors.toMap(word -> word, word -> Pattern.compile("\\b" + word + "\\b")));

    private static final String[] DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /**
     * Lower case, apostrophes kept, other punctuation turned into spaces, digits spoken one by one
     * ("999" is "nine nine nine", as samples spell numbers out).
     */
    public static String normalize(String utterance) {
        StringBuilder spoken = new StringBuilder(utterance.length());
        for (int i = 0; i < utterance.length(); i++) {
            char c = utterance.charAt(i);
            if (c >= '0' && c <= '9') {
                spoken.append(' ').append(DIGITS[c - '0']).append(' ');
            } else {
                spoken.append(c);
            }
        }
        String lower = spoken.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // Runs of letters and apostrophes, one space between them (as replacing everything else with spaces,
        // collapsing them and trimming would, in one pass: this runs for every sample the matchers read).
        StringBuilder kept = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c == '\'') {
                if (gap && kept.length() > 0) {
                    kept.append(' ');
                }
                gap = false;
                kept.append(c);
            } else {
                gap = true;
            }
        }
        String words = kept.toString();
        // Typed without apostrophes ("cant", "wont"); Alexa's speech recognition writes them.
        for (Map.Entry<String, Pattern> typed : TYPED_WORDS.entrySet()) {
            if (words.contains(typed.getKey())) {
                words = typed.getValue().matcher(words).replaceAll(TYPED.get(typed.getKey()));
            }
        }
        return words;
    }

    private SlotFill resolve(String type, String said) {
        if (type.equals("AMAZON.TIME")) {
            // Alexa fills a time with its value ("21:30"), and no value list: words that say no time do not fill it.
            return SpokenTime.parse(said).map(time -> new SlotFill(type, said, time, time))
                    .orElseGet(() -> new SlotFill(type, said, null, null));
        }
        for (InteractionModel.SlotValue value : model.types().getOrDefault(type, List.of())) {
            if (normalize(value.name()).equals(said)
                    || value.synonyms().stream().map(UtteranceMatcher::normalize).anyMatch(said::equals)) {
                return new SlotFill(type, said, value.id(), value.name());
            }
        }
        return new SlotFill(type, said, null, null);
    }

    private record Scored(Match match, int score) {
    }

    private record Sample(InteractionModel.Intent intent, Pattern pattern, List<String> slotNames, int literalLength) {

        private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
        /** A body part nobody listed is still a word or two, not a sentence. */
        private static final int MAX_UNRESOLVED_WORDS = 2;

        private static int longestUnresolved(Map<String, SlotFill> slots) {
            return slots.values().stream()
                    .filter(fill -> fill != null && !fill.resolved())
                    .mapToInt(fill -> fill.said().split(" ").length)
                    .max().orElse(0);
        }

        static Sample compile(InteractionModel.Intent intent, String phrase) {
            List<String> parts = new ArrayList<>();
            List<String> slotNames = new ArrayList<>();
            int literal = 0;
            for (String token : phrase.trim().split("\\s+")) {
                Matcher slot = SLOT.matcher(token);
                if (slot.matches()) {
                    slotNames.add(slot.group(1));
                    parts.add("(.+?)");
                } else if (!normalize(token).isEmpty()) {
                    parts.add(Pattern.quote(normalize(token)));
                    literal += normalize(token).length();
                }
            }
            return new Sample(intent, Pattern.compile(String.join(" ", parts)), slotNames, literal);
        }

        Optional<Scored> match(String text, UtteranceMatcher matcher) {
            Matcher m = pattern.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            Map<String, SlotFill> slots = new LinkedHashMap<>();
            intent.slots().forEach((name, type) -> slots.put(name, null));
            int resolved = 0;
            for (int i = 0; i < slotNames.size(); i++) {
                String name = slotNames.get(i);
                SlotFill fill = matcher.resolve(intent.slots().getOrDefault(name, ""), m.group(i + 1));
                slots.put(name, fill);
                resolved += fill.resolved() ? 1 : 0;
            }
            int unresolved = slotNames.size() - resolved;
            if (slots.values().stream().anyMatch(fill -> fill != null && !fill.resolved() && fill.type().startsWith("AMAZON."))) {
                // Alexa fills a built-in slot (a time) only with what it understood as one: "help me" is no time.
                return Optional.empty();
            }
            if (unresolved > 0 && (literalLength == 0 || longestUnresolved(slots) > MAX_UNRESOLVED_WORDS)) {
                // Without this, "{slot}" or "the {slot}" would swallow any utterance at all.
                return Optional.empty();
            }
            // Prefer samples whose slots resolved, then the most literal words (the most specific sample).
            return Optional.of(new Scored(new Match(intent.name(), slots), literalLength - unresolved * 1000));
        }
    }
}
