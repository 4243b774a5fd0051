package com.crampcoach.local;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.crampcoach.conversation.Companion;

/**
 * A guess at how Alexa would route what the exact matcher does not know. Alexa's language model is not
 * public; this is an approximation, and everything that shows its result says so. Each sample is
 * expanded with every value of one slot at a time (its other slots left out), and turned into weighted
 * word features (word stems and pairs of neighbouring stems); a word that many intents use weighs little.
 * The utterance is compared with every expanded sample by cosine similarity, and the closest samples of
 * different intents are returned.
 *
 * <p>Slots are filled as Alexa fills them: only from words the person said. A guess never carries a value
 * whose words were not spoken, so "my neck is stiff" cannot arrive with the stiff-neck-and-fever symptom; words
 * said in the symptom slot's place that are none of its values fill it unmatched ("... and it feels weird").
 */
public final class ApproximateMatcher {

    /** Below this similarity the closest sample is shown, but nothing is answered with it. */
    public static final double THRESHOLD = 0.5;
    private static final double SLOT_BONUS = 0.1;

    /** Plurals and past forms that dropping a suffix cannot bring back to their word. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("calves", "calf"), Map.entry("feet", "foot"), Map.entry("knees", "knee"),
            Map.entry("thighs", "thigh"), Map.entry("went", "go"), Map.entry("gone", "go"),
            Map.entry("seized", "seize"), Map.entry("woke", "wake"), Map.entry("caught", "catch"),
            Map.entry("i'm", "i am"), Map.entry("i've", "i have"), Map.entry("can't", "can not"),
            Map.entry("won't", "will not"), Map.entry("don't", "do not"), Map.entry("it's", "it is"),
            Map.entry("what's", "what is"), Map.entry("isn't", "is not"), Map.entry("doesn't", "does not"),
            Map.entry("didn't", "did not"), Map.entry("couldn't", "could not"), Map.entry("cannot", "can not"));

    private final List<Candidate> candidates = new ArrayList<>();
    /** For each feature, the candidates that have it and its weighted count in each. */
    private final Map<String, Postings> index = new HashMap<>();
    private final Map<String, Double> weight = new HashMap<>();
    private final InteractionModel model;
    private final Map<String, InteractionModel.Intent> intents = new HashMap<>();

    /**
     * The matcher for {@code model}, built once per model while memory allows: building one expands every sample
     * with every slot value, which takes seconds, and {@code chat} and the tests ask for the same few models often.
     */
    public static ApproximateMatcher of(InteractionModel model) {
        synchronized (BUILT) {
            ApproximateMatcher kept = Optional.ofNullable(BUILT.get(model)).map(SoftReference::get).orElse(null);
            if (kept == null) {
                kept = new ApproximateMatcher(model);
                BUILT.put(model, new SoftReference<>(kept));
            }
            return kept;
        }
    }

    private static final Map<InteractionModel, SoftReference<ApproximateMatcher>> BUILT = new HashMap<>();

    public ApproximateMatcher(InteractionModel model) {
        this.model = model;
        Map<String, Set<String>> intentsPerFeature = new HashMap<>();
        // Each candidate's features, needed only to build the index.
        List<Map<String, Integer>> featuresOf = new ArrayList<>();
        Map<String, String> spoken = new HashMap<>();
        for (InteractionModel.Intent intent : model.intents()) {
            intents.put(intent.name(), intent);
            List<String> phrases = new ArrayList<>(intent.samples());
            phrases.addAll(UtteranceMatcher.builtIn(intent.name()));
            for (String phrase : phrases) {
                for (Expansion expansion : expand(model, intent, phrase)) {
                    Map<String, Integer> features = features(expansion.text());
                    if (features.isEmpty()) {
                        continue;
                    }
                    features.keySet().forEach(feature -> intentsPerFeature
                            .computeIfAbsent(feature, f -> new java.util.HashSet<>()).add(intent.name()));
                    candidates.add(new Candidate(phrase, new UtteranceMatcher.Match(intent.name(), expansion.slots()), spoken));
                    featuresOf.add(features);
                }
            }
        }
        int intents = Math.max(1, model.intents().size());
        intentsPerFeature.forEach((feature, owners) ->
                weight.put(feature, Math.log(1.0 + (double) intents / owners.size())));
        Map<String, Growing> having = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            candidates.get(i).norm = norm(featuresOf.get(i));
            for (Map.Entry<String, Integer> feature : featuresOf.get(i).entrySet()) {
                having.computeIfAbsent(feature.getKey(), f -> new Growing()).add(i, feature.getValue());
            }
        }
        having.forEach((feature, grown) -> index.put(feature, grown.weighted(weight.getOrDefault(feature, 0.0))));
    }

    /** A feature's postings while they are collected: the candidates that have it, and how often. */
    private static final class Growing {
        private int[] ids = new int[4];
        private double[] counts = new double[4];
        private int size;

        void add(int id, int count) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
            }
            ids[size] = id;
            counts[size++] = count;
        }

        Postings weighted(double weight) {
            double[] weighted = new double[size];
            for (int i = 0; i < size; i++) {
                weighted[i] = counts[i] * weight;
            }
            return new Postings(java.util.Arrays.copyOf(ids, size), weighted);
        }
    }

    private record Postings(int[] candidates, double[] weighted) {
    }

    /** One close sample: the intent and slots it stands for, the sample as written, and how close it is (0 to 1). */
    public record Guess(UtteranceMatcher.Match match, String sample, double score) {
    }

    /** The closest sample of each of the {@code limit} closest intents, best first. */
    public List<Guess> closest(String utterance, int limit) {
        String said = " " + UtteranceMatcher.normalize(utterance) + " ";
        Map<String, Integer> features = features(said);
        double norm = norm(features);
        if (norm == 0) {
            return List.of();
        }
        double[] dots = new double[candidates.size()];
        features.forEach((feature, count) -> {
            Postings postings = index.get(feature);
            if (postings != null) {
                double spoken = count * weight.getOrDefault(feature, 0.0);
                for (int p = 0; p < postings.candidates().length; p++) {
                    dots[postings.candidates()[p]] += spoken * postings.weighted()[p];
                }
            }
        });
        Map<String, Guess> best = new LinkedHashMap<>();
        for (int i = 0; i < dots.length; i++) {
            if (dots[i] > 0) {
                Candidate c = candidates.get(i);
                double score = Math.min(1.0, dots[i] / (norm * c.norm) + SLOT_BONUS * saidSlots(c, said));
                Guess kept = best.get(c.match.intent());
                if (kept == null || score > kept.score()) {
                    best.put(c.match.intent(), new Guess(c.match, c.sample, score));
                }
            }
        }
        List<String> saidStems = stemSequence(said);
        return best.values().stream().sorted(Comparator.comparingDouble(Guess::score).reversed()).limit(limit)
                .map(guess -> new Guess(new UtteranceMatcher.Match(guess.match().intent(),
                        withUnmatched(guess.match().intent(), guess.sample(),
                                filledFromSaid(guess.match().intent(), guess.sample(), said, saidStems), said)),
                        guess.sample(), guess.score()))
                .toList();
    }

    /**
     * {@code slots}, with a slot said in the same breath as a cramp (the symptom, a second part, or the cramping part
     * beside one set aside: {@link Companion#saidWith}), if no value filled it, taking the words said where
     * {@code sample} has it, unmatched: Alexa fills a custom slot with what was said in its place whether or not it is one of the values,
     * and the skill then says the local number first ({@link Companion}). Read at a sample's end ("... and
     * {symptom}": the words after the last "and" said) or start ("{symptom} and ...": the words before the first "and"
     * said), where one literal word marks the place; elsewhere it is left empty. The mark is found anywhere in what
     * was said, which errs toward filling it (the number said once more than needed), never toward losing a danger.
     * Other slots keep to values: their unmatched words change no answer that matters here.
     */
    private Map<String, UtteranceMatcher.SlotFill> withUnmatched(String intentName, String sample,
            Map<String, UtteranceMatcher.SlotFill> slots, String said) {
        List<String> tokens = List.of(sample.trim().split("\\s+"));
        InteractionModel.Intent intent = intents.get(intentName);
        if (intent == null || tokens.size() < 2) {
            return slots;
        }
        Map<String, UtteranceMatcher.SlotFill> filled = new LinkedHashMap<>(slots);
        for (boolean atEnd : new boolean[] {true, false}) {
            String slot = atEnd ? tokens.get(tokens.size() - 1) : tokens.get(0);
            String neighbour = atEnd ? tokens.get(tokens.size() - 2) : tokens.get(1);
            String mark = " " + UtteranceMatcher.normalize(neighbour) + " ";
            String name = slot.startsWith("{") && slot.endsWith("}") ? slot.substring(1, slot.length() - 1) : null;
            String type = name == null ? null : intent.slots().get(name);
            int at = atEnd ? said.lastIndexOf(mark) : said.indexOf(mark);
            if (name == null || !Companion.saidWith(sample.contains("{" + Companion.BESIDE_PART + "}")).contains(name)
                    || type == null || filled.get(name) != null
                    || neighbour.contains("{") || mark.isBlank() || at < 0) {
                continue;
            }
            String words = (atEnd ? said.substring(at + mark.length()) : said.substring(0, at)).strip();
            if (!words.isEmpty()) {
                filled.put(name, new UtteranceMatcher.SlotFill(type, words, null, null));
            }
        }
        return filled;
    }

    /**
     * The intent's slots filled from what was said: for each slot, a value whose stems were said one after
     * another ("my calves" says calf; "front of my thigh's cramping" says the front of the thigh). Among those,
     * an emergency before a red flag before anything else ({@link Companion}), then the one with most words. A
     * second slot of a type already filled ("my calf and my {otherPart}") is filled only when {@code sample} has it,
     * as Alexa fills only a sample's slots, and only with another value said elsewhere in the words.
     */
    private Map<String, UtteranceMatcher.SlotFill> filledFromSaid(String intentName, String sample, String said,
            List<String> saidStems) {
        Map<String, UtteranceMatcher.SlotFill> slots = new LinkedHashMap<>();
        InteractionModel.Intent intent = intents.get(intentName);
        if (intent == null) {
            return slots;
        }
        Map<String, Taken> taken = new HashMap<>();
        Map<String, Taken> places = new HashMap<>();
        for (Map.Entry<String, String> slot : intent.slots().entrySet()) {
            Taken first = taken.get(slot.getValue());
            if (first != null && !sample.contains("{" + slot.getKey() + "}")) {
                slots.put(slot.getKey(), null);
                continue;
            }
            UtteranceMatcher.SlotFill best = null;
            double bestWeight = 0;
            Taken bestAt = null;
            for (InteractionModel.SlotValue value : model.types().getOrDefault(slot.getValue(), List.of())) {
                if (first != null && value.id().equals(first.id())) {
                    continue;
                }
                List<String> words = new ArrayList<>(List.of(value.name()));
                words.addAll(value.synonyms());
                for (String word : words) {
                    String spoken = UtteranceMatcher.normalize(word);
                    List<String> needed = stemSequence(spoken);
                    int at = needed.isEmpty() ? -1 : outside(saidStems, needed, first);
                    if (at < 0) {
                        continue;
                    }
                    double weight = 1000 * urgency(value.id()) + needed.size() + (said.contains(" " + spoken + " ") ? 0.5 : 0);
                    if (weight > bestWeight) {
                        best = new UtteranceMatcher.SlotFill(slot.getValue(), word, value.id(), value.name());
                        bestWeight = weight;
                        bestAt = new Taken(value.id(), at, at + needed.size());
                    }
                }
            }
            slots.put(slot.getKey(), best);
            if (bestAt != null) {
                places.put(slot.getKey(), bestAt);
                taken.putIfAbsent(slot.getValue(), bestAt);
            }
        }
        return inSampleOrder(slots, places, sample);
    }

    /**
     * {@code slots} with the values of each type that fills two of {@code sample}'s slots put where the sample has
     * them: Alexa fills a slot by its place in the sample, so in "my {besidePart} is fine it's my {bodyPart}" the
     * part said first is the one said to be fine.
     */
    private static Map<String, UtteranceMatcher.SlotFill> inSampleOrder(Map<String, UtteranceMatcher.SlotFill> slots,
            Map<String, Taken> places, String sample) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        places.keySet().stream().filter(name -> sample.contains("{" + name + "}"))
                .forEach(name -> byType.computeIfAbsent(slots.get(name).type(), type -> new ArrayList<>()).add(name));
        Map<String, UtteranceMatcher.SlotFill> ordered = new LinkedHashMap<>(slots);
        for (List<String> names : byType.values()) {
            List<String> bySample = names.stream().sorted(Comparator.comparingInt(name -> sample.indexOf("{" + name + "}")))
                    .toList();
            List<String> bySaid = names.stream().sorted(Comparator.comparingInt(name -> places.get(name).from())).toList();
            for (int i = 0; i < names.size(); i++) {
                ordered.put(bySample.get(i), slots.get(bySaid.get(i)));
            }
        }
        return ordered;
    }

    /** Where a value was found in the words: its id, and the stems it took, from (inclusive) to (exclusive). */
    private record Taken(String id, int from, int to) {
    }

    /** Where {@code needed} first occurs in {@code stems} without overlapping {@code taken} (if any); -1 if nowhere. */
    private static int outside(List<String> stems, List<String> needed, Taken taken) {
        for (int at = 0; at + needed.size() <= stems.size(); at++) {
            boolean overlaps = taken != null && at < taken.to() && at + needed.size() > taken.from();
            if (!overlaps && stems.subList(at, at + needed.size()).equals(needed)) {
                return at;
            }
        }
        return -1;
    }

    /** 2 for an emergency said in the same breath, 1 for a red flag, 0 for any other value. */
    private static int urgency(String id) {
        return Companion.byId(id).map(companion -> companion.emergency() ? 2 : 1).orElse(0);
    }

    /** The text's word stems in order, as {@link #features} reads them. */
    private static List<String> stemSequence(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : UtteranceMatcher.normalize(text).split(" ")) {
            if (!word.isEmpty()) {
                // "my foot's cramping" reads as "my foot is cramping"; a possessive loses nothing by it.
                String spoken = IRREGULAR.getOrDefault(word, word.endsWith("'s") ? word.substring(0, word.length() - 2) + " is" : word);
                for (String part : spoken.split(" ")) {
                    stems.add(stem(part));
                }
            }
        }
        return stems;
    }

    /** The best guess if it is at or above {@link #THRESHOLD}, else {@code AMAZON.FallbackIntent}. */
    public UtteranceMatcher.Match match(String utterance) {
        return closest(utterance, 1).stream()
                .filter(guess -> guess.score() >= THRESHOLD)
                .map(Guess::match)
                .findFirst()
                .orElse(new UtteranceMatcher.Match("AMAZON.FallbackIntent", Map.of()));
    }

    /**
     * How many of a sample's slot values the utterance says word for word. A sample that fills a slot with
     * words the person said beats an equally close one that ignores them ("i am having cramp in my calf"
     * is a calf cramp, not a cramp somewhere).
     */
    private static int saidSlots(Candidate candidate, String said) {
        int count = 0;
        for (String words : candidate.slotWords) {
            count += said.contains(words) ? 1 : 0;
        }
        return count;
    }

    private record Expansion(String text, Map<String, UtteranceMatcher.SlotFill> slots) {
    }

    private static final class Candidate {
        final String sample;
        final UtteranceMatcher.Match match;
        /** Each slot value's words as an utterance says them (" calf "), normalized once, not per comparison. */
        final List<String> slotWords;
        double norm;

        /** {@code spoken} keeps each value's words as normalized already: the same values fill many samples. */
        Candidate(String sample, UtteranceMatcher.Match match, Map<String, String> spoken) {
            this.sample = sample;
            this.match = match;
            this.slotWords = match.slots().values().stream().filter(java.util.Objects::nonNull)
                    .map(fill -> spoken.computeIfAbsent(fill.said(), said -> " " + UtteranceMatcher.normalize(said) + " "))
                    .toList();
        }
    }

    /**
     * A sample with one slot at a time filled by each of its values' names and synonyms, the sample's other
     * slots left out. A sample of two slots grows by the sum of their values, not their product.
     */
    private static List<Expansion> expand(InteractionModel model, InteractionModel.Intent intent, String phrase) {
        List<String> markers = intent.slots().keySet().stream().map(name -> "{" + name + "}").filter(phrase::contains).toList();
        if (markers.isEmpty()) {
            return phrase.contains("{") ? List.of() : List.of(new Expansion(phrase, Map.of()));
        }
        List<Expansion> done = new ArrayList<>();
        for (Map.Entry<String, String> slot : intent.slots().entrySet()) {
            String marker = "{" + slot.getKey() + "}";
            if (!phrase.contains(marker)) {
                continue;
            }
            String others = phrase;
            for (String other : markers) {
                others = other.equals(marker) ? others : others.replace(other, " ");
            }
            for (InteractionModel.SlotValue value : model.types().getOrDefault(slot.getValue(), List.of())) {
                List<String> words = new ArrayList<>(List.of(value.name()));
                words.addAll(value.synonyms());
                for (String word : words) {
                    done.add(new Expansion(others.replace(marker, word),
                            Map.of(slot.getKey(), new UtteranceMatcher.SlotFill(slot.getValue(), word, value.id(), value.name()))));
                }
            }
        }
        return done.stream().filter(e -> !e.text().contains("{")).toList();
    }

    /** Word stems and pairs of neighbouring stems, with how often each occurs. */
    static Map<String, Integer> features(String text) {
        List<String> stems = stemSequence(text);
        Map<String, Integer> features = new HashMap<>();
        for (int i = 0; i < stems.size(); i++) {
            features.merge(stems.get(i), 1, Integer::sum);
            if (i > 0) {
                features.merge(stems.get(i - 1) + " " + stems.get(i), 1, Integer::sum);
            }
        }
        return features;
    }

    /** A crude English stem: enough that "cramping", "cramped" and "cramps" meet at "cramp". */
    static String stem(String word) {
        String w = word.replace("'s", "").replace("'", "");
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : List.of("ing", "ed", "es", "s")) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix) && !w.endsWith("ss")) {
                return undouble(w.substring(0, w.length() - suffix.length()));
            }
        }
        return w;
    }

    /** "cramping" loses "ing"; "stopped" loses "ed" and then its doubled p. */
    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private double norm(Map<String, Integer> features) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : features.entrySet()) {
            double w = weight.getOrDefault(e.getKey(), 0.0) * e.getValue();
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
