package com.crampcoach.local;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.crampcoach.conversation.Companion;

/**
 * A guess at how Alexa would route what the exact matcher does not know. Alexa's language model is not
 * public; this is an approximation, and everything that shows its result says so. Each sample is compared
 * with what was said as weighted word features (word stems and pairs of neighbouring stems), its slots filled
 * with the values that were said (a slot none was said for left empty, weighing as one unsaid word of its type,
 * its neighbours read as if side by side); a word that many intents or slot types use weighs little, and a slot
 * value's words belong to its type, not to every intent that carries a slot of it.
 * The closest samples of different intents are returned.
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

    /**
     * Plurals whose number matters, with their singulars: one leg locked mid-cramp gets the stretch, and both legs that
     * won't move are the emergency. Both forms share a stem, so "my legs are cramping" stays close to every sample
     * about a leg; but a value said in the plural is not said by the singular ("can't move my leg" does not say the
     * symptom "can't move my legs"), and a sample whose own words name the other number scores a little less. A danger
     * in the singular (no feeling in one leg) is a value of its own in the model.
     */
    private static final Map<String, String> NUMBER_MATTERS = Map.of("legs", "leg");
    /** What a sample loses when its own words name one number of such a word and what was said names the other. */
    private static final double OTHER_NUMBER = 0.05;
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** Every sample of every intent, its slots in their places. */
    private final List<Template> templates = new ArrayList<>();
    /** For each stem a sample's own words say, the samples that say it. */
    private final Map<String, int[]> saying = new HashMap<>();
    /** For each slot type, the samples that have a slot of it. */
    private final Map<String, int[]> slotted = new HashMap<>();
    /** Each slot type's values: every name and synonym, with the stems it is said in. */
    private final Map<String, List<Value>> values = new HashMap<>();
    private final Map<String, Double> weight = new HashMap<>();
    /** For each slot type, the weight of a word of it: the median weight of its values' words. */
    private final Map<String, Double> placeholder = new HashMap<>();
    private final InteractionModel model;
    private final Map<String, InteractionModel.Intent> intents = new HashMap<>();

    /**
     * The matcher for {@code model}, built once per model while memory allows: {@code chat} and the tests ask for
     * the same few models often.
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

    /**
     * A word's weight is lower the more owners use it. The owners are the intents, by their samples' own words
     * and the words either side of a slot, and each slot type, by its values' words: a value's words count once,
     * for the type, however many intents carry a slot of it (as Alexa keeps a slot type's values in one catalog).
     */
    public ApproximateMatcher(InteractionModel model) {
        this.model = model;
        model.types().forEach((type, typeValues) -> {
            List<Value> list = new ArrayList<>();
            for (InteractionModel.SlotValue value : typeValues) {
                List<String> words = new ArrayList<>(List.of(value.name()));
                words.addAll(value.synonyms());
                for (String word : words) {
                    String spoken = UtteranceMatcher.normalize(word);
                    List<String> stems = stemSequence(spoken);
                    if (!stems.isEmpty()) {
                        list.add(new Value(value.id(), value.name(), word, " " + spoken + " ", stems,
                                numberSequence(spoken)));
                    }
                }
            }
            values.put(type, list);
        });
        Map<String, Set<String>> owners = new HashMap<>();
        Map<String, List<Integer>> saidBy = new HashMap<>();
        Map<String, List<Integer>> slottedBy = new HashMap<>();
        for (InteractionModel.Intent intent : model.intents()) {
            intents.put(intent.name(), intent);
            List<String> phrases = new ArrayList<>(intent.samples());
            phrases.addAll(UtteranceMatcher.builtIn(intent.name()));
            Set<String> sides = new HashSet<>();
            for (String phrase : phrases) {
                Template template = Template.of(intent, phrase);
                if (template == null) {
                    continue;
                }
                int id = templates.size();
                templates.add(template);
                List<String> own = new ArrayList<>();
                for (int i = 0; i < template.pieces().size(); i++) {
                    Piece piece = template.pieces().get(i);
                    if (piece.type() == null) {
                        own.add(piece.stem());
                        saidBy.computeIfAbsent(piece.stem(), s -> new ArrayList<>()).add(id);
                        continue;
                    }
                    slottedBy.computeIfAbsent(piece.type(), t -> new ArrayList<>()).add(id);
                    String before = i > 0 ? template.pieces().get(i - 1).stem() : null;
                    String after = i + 1 < template.pieces().size() ? template.pieces().get(i + 1).stem() : null;
                    if (before != null && sides.add(before + " {" + piece.type())) {
                        values.getOrDefault(piece.type(), List.of()).forEach(value -> owners
                                .computeIfAbsent(before + " " + value.stems().get(0), f -> new HashSet<>())
                                .add(intent.name()));
                    }
                    if (after != null && sides.add(piece.type() + "} " + after)) {
                        values.getOrDefault(piece.type(), List.of()).forEach(value -> owners
                                .computeIfAbsent(value.stems().get(value.stems().size() - 1) + " " + after,
                                        f -> new HashSet<>())
                                .add(intent.name()));
                    }
                }
                features(own).keySet().forEach(feature -> owners
                        .computeIfAbsent(feature, f -> new HashSet<>()).add(intent.name()));
            }
        }
        values.forEach((type, typeValues) -> typeValues.forEach(value -> features(value.stems()).keySet()
                .forEach(feature -> owners.computeIfAbsent(feature, f -> new HashSet<>()).add("{" + type + "}"))));
        int documents = Math.max(1, model.intents().size() + values.size());
        owners.forEach((feature, by) -> weight.put(feature, Math.log(1.0 + (double) documents / by.size())));
        values.forEach((type, typeValues) -> {
            double[] words = typeValues.stream().flatMap(value -> value.stems().stream())
                    .mapToDouble(stem -> weight.getOrDefault(stem, 0.0)).sorted().toArray();
            placeholder.put(type, words.length == 0 ? 0.0 : words[words.length / 2]);
        });
        saidBy.forEach((stem, ids) -> saying.put(stem, ids.stream().distinct().mapToInt(Integer::intValue).toArray()));
        slottedBy.forEach((type, ids) -> slotted.put(type, ids.stream().distinct().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * One of a slot type's values as it may be said: its id and name, the {@code word} (the name or a synonym) as
     * written, as normalised and padded with spaces ({@code spoken}), its stems, and beside each stem the word if its
     * number matters ({@link #numberSequence}).
     */
    private record Value(String id, String name, String word, String spoken, List<String> stems, List<String> numbers) {

        /** Whether this value was said at {@code at}: its stems there, and each plural whose number matters as a plural. */
        boolean saidAt(List<String> saidStems, List<String> saidNumbers, int at) {
            if (!saidStems.subList(at, at + stems.size()).equals(stems)) {
                return false;
            }
            for (int i = 0; i < numbers.size(); i++) {
                String word = numbers.get(i);
                if (word != null && NUMBER_MATTERS.containsKey(word) && !word.equals(saidNumbers.get(at + i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A value found in what was said, at stems {@code from} (inclusive) to {@code to} (exclusive). */
    private record Found(Value value, int from, int to) {

        boolean overlaps(Found other) {
            return other != null && from < other.to() && to > other.from();
        }
    }

    /**
     * Every place each of the slot types' values was said, by type (types none of whose values was said are absent),
     * each type's in the order of its values and then of where they were said.
     */
    private Map<String, List<Found>> found(List<String> saidStems, List<String> saidNumbers) {
        Map<String, List<Found>> found = new HashMap<>();
        values.forEach((type, typeValues) -> {
            List<Found> here = new ArrayList<>();
            for (Value value : typeValues) {
                int size = value.stems().size();
                for (int at = 0; at + size <= saidStems.size(); at++) {
                    if (value.saidAt(saidStems, saidNumbers, at)) {
                        here.add(new Found(value, at, at + size));
                    }
                }
            }
            if (!here.isEmpty()) {
                found.put(type, here);
            }
        });
        return found;
    }

    /** A word stem of a sample, or one of its slots ({@code type} set, {@code stem} null). */
    private record Piece(String stem, String type) {
    }

    /**
     * A sample as written, read as stems and slots, with the words of its own whose number matters
     * ({@link #NUMBER_MATTERS}).
     */
    private record Template(String intent, String sample, List<Piece> pieces, Set<String> numbers) {

        /**
         * Null for a sample with a slot its intent does not have (Alexa would reject the model), a slot marker joined
         * to other text ("{bodyPart}'s", which no model here has), or no words at all.
         */
        static Template of(InteractionModel.Intent intent, String sample) {
            List<Piece> pieces = new ArrayList<>();
            StringBuilder words = new StringBuilder();
            StringBuilder own = new StringBuilder();
            for (String token : sample.trim().split("\\s+")) {
                if (token.startsWith("{") && token.endsWith("}")) {
                    String type = intent.slots().get(token.substring(1, token.length() - 1));
                    if (type == null) {
                        return null;
                    }
                    stemSequence(words.toString()).forEach(stem -> pieces.add(new Piece(stem, null)));
                    words.setLength(0);
                    pieces.add(new Piece(null, type));
                } else if (token.contains("{")) {
                    return null;
                } else {
                    words.append(token).append(' ');
                    own.append(token).append(' ');
                }
            }
            stemSequence(words.toString()).forEach(stem -> pieces.add(new Piece(stem, null)));
            return pieces.isEmpty() ? null : new Template(intent.name(), sample, List.copyOf(pieces),
                    numbersIn(own.toString()));
        }
    }

    /** One close sample: the intent and slots it stands for, the sample as written, and how close it is (0 to 1). */
    public record Guess(UtteranceMatcher.Match match, String sample, double score) {
    }

    /**
     * The closest sample of each of the {@code limit} closest intents, best first. Each sample that shares a word
     * with what was said, or has a slot of a type one of whose values was said, is compared with it, its slots
     * filled with the values said ({@link #score}). The guesses' slots are then filled from what was said as Alexa
     * would fill them, a danger first.
     */
    public List<Guess> closest(String utterance, int limit) {
        String said = " " + UtteranceMatcher.normalize(utterance) + " ";
        List<String> saidStems = stemSequence(said);
        Map<String, Double> spoken = new HashMap<>();
        features(saidStems).forEach((feature, count) -> spoken.put(feature, count * weight.getOrDefault(feature, 0.0)));
        double norm = Math.sqrt(spoken.values().stream().mapToDouble(w -> w * w).sum());
        if (norm == 0) {
            return List.of();
        }
        List<String> saidNumbers = numberSequence(said);
        Set<String> saidForms = numbersIn(said);
        Map<String, List<Found>> found = found(saidStems, saidNumbers);
        boolean[] compared = new boolean[templates.size()];
        for (String type : found.keySet()) {
            for (int id : slotted.getOrDefault(type, new int[0])) {
                compared[id] = true;
            }
        }
        for (String stem : saidStems) {
            for (int id : saying.getOrDefault(stem, new int[0])) {
                compared[id] = true;
            }
        }
        Map<String, Guess> best = new LinkedHashMap<>();
        // For each intent's closest sample: the value its score put in each slot, by slot name.
        Map<String, Map<String, Found>> placed = new HashMap<>();
        for (int id = 0; id < compared.length; id++) {
            if (compared[id]) {
                Template template = templates.get(id);
                Found[] fills = new Found[template.pieces().size()];
                double score = score(template, spoken, norm, notOwnWords(template, found, saidStems), said, fills)
                        - (otherNumber(template.numbers(), saidForms) ? OTHER_NUMBER : 0);
                Guess kept = best.get(template.intent());
                if (score > 0 && (kept == null || score > kept.score())) {
                    best.put(template.intent(),
                            new Guess(new UtteranceMatcher.Match(template.intent(), Map.of()), template.sample(), score));
                    placed.put(template.intent(), bySlotName(template, fills));
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Guess::score).reversed()).limit(limit)
                .map(guess -> new Guess(new UtteranceMatcher.Match(guess.match().intent(),
                        withUnmatched(guess.match().intent(), guess.sample(),
                                filledFromSaid(guess.match().intent(), guess.sample(), said,
                                        notOwnWords(Template.of(intents.get(guess.match().intent()), guess.sample()),
                                                found, saidStems), placed.get(guess.match().intent())), said)),
                        guess.sample(), guess.score()))
                .toList();
    }

    /** {@code fills}, one per piece of {@code template}, by the name of the sample's slot at each slot's piece. */
    private static Map<String, Found> bySlotName(Template template, Found[] fills) {
        Map<String, Found> named = new HashMap<>();
        Matcher slot = SLOT.matcher(template.sample());
        for (int i = 0; i < fills.length; i++) {
            if (template.pieces().get(i).type() != null && slot.find() && fills[i] != null) {
                named.put(slot.group(1), fills[i]);
            }
        }
        return named;
    }

    /**
     * {@code found} without the plain values said in words the sample says itself: two or more of its own words side
     * by side ("do all the {routine} stretches back to back" says "back" twice, and neither is the back routine). A
     * danger or red flag is kept wherever it was said: a danger is never lost to a sample's wording.
     */
    private static Map<String, List<Found>> notOwnWords(Template template, Map<String, List<Found>> found,
            List<String> saidStems) {
        boolean[] own = new boolean[saidStems.size()];
        boolean any = false;
        List<Piece> pieces = template.pieces();
        for (int i = 0; i + 1 < pieces.size(); i++) {
            String first = pieces.get(i).stem();
            String second = pieces.get(i + 1).stem();
            if (first == null || second == null) {
                continue;
            }
            for (int at = 0; at + 1 < saidStems.size(); at++) {
                if (saidStems.get(at).equals(first) && saidStems.get(at + 1).equals(second)) {
                    own[at] = true;
                    own[at + 1] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return found;
        }
        Map<String, List<Found>> free = new HashMap<>();
        found.forEach((type, here) -> {
            List<Found> kept = here.stream().filter(candidate -> urgency(candidate.value().id()) > 0
                    || !covered(own, candidate)).toList();
            if (!kept.isEmpty()) {
                free.put(type, kept);
            }
        });
        return free;
    }

    private static boolean covered(boolean[] own, Found candidate) {
        for (int at = candidate.from(); at < candidate.to(); at++) {
            if (!own[at]) {
                return false;
            }
        }
        return true;
    }

    /**
     * How close {@code template} is to what was said (0 to 1), its slots filled one after another with the value
     * said that brings it closest (a value at most once, and not over words another slot of its type took), left in
     * {@code fills} (empty, one per piece, on entry).
     */
    private double score(Template template, Map<String, Double> spoken, double norm, Map<String, List<Found>> found,
            String said, Found[] fills) {
        List<Piece> pieces = template.pieces();
        double best = similarity(template, fills, spoken, norm, said);
        for (int i = 0; i < pieces.size(); i++) {
            String type = pieces.get(i).type();
            if (type == null) {
                continue;
            }
            Found chosen = null;
            for (Found candidate : found.getOrDefault(type, List.of())) {
                if (clashes(candidate, i, fills, pieces)) {
                    continue;
                }
                fills[i] = candidate;
                double score = similarity(template, fills, spoken, norm, said);
                if (score > best) {
                    best = score;
                    chosen = candidate;
                }
            }
            fills[i] = chosen;
        }
        return best;
    }

    /**
     * Whether {@code candidate}, for the slot at {@code at}, takes words another of the template's slots has taken (as
     * Alexa fills each word into one slot at most), or a value another slot of its type has.
     */
    private static boolean clashes(Found candidate, int at, Found[] fills, List<Piece> pieces) {
        for (int j = 0; j < fills.length; j++) {
            Found other = fills[j];
            if (j != at && other != null && (candidate.overlaps(other)
                    || pieces.get(at).type().equals(pieces.get(j).type()) && candidate.value().id().equals(other.value().id()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cosine of the weighted word features of what was said and of {@code template} with {@code fills} in its
     * slots, plus a little for each slot filled with words said word for word (a sample that fills a slot with words
     * the person said beats an equally close one that ignores them: "i am having cramp in my calf" is a calf cramp,
     * not a cramp somewhere). A slot left empty still weighs as a word of its type that was not said: a sample
     * expects something there.
     */
    private double similarity(Template template, Found[] fills, Map<String, Double> spoken, double norm, String said) {
        List<String> stems = new ArrayList<>();
        int saidSlots = 0;
        double own = 0;
        for (int i = 0; i < fills.length; i++) {
            Piece piece = template.pieces().get(i);
            if (piece.type() == null) {
                stems.add(piece.stem());
            } else if (fills[i] != null) {
                stems.addAll(fills[i].value().stems());
                saidSlots += said.contains(fills[i].value().spoken()) ? 1 : 0;
            } else {
                double unsaid = placeholder.getOrDefault(piece.type(), 0.0);
                own += unsaid * unsaid;
            }
        }
        double dot = 0;
        for (Map.Entry<String, Integer> feature : features(stems).entrySet()) {
            double w = weight.getOrDefault(feature.getKey(), 0.0) * feature.getValue();
            own += w * w;
            dot += w * spoken.getOrDefault(feature.getKey(), 0.0);
        }
        return dot <= 0 ? 0 : Math.min(1.0, dot / (norm * Math.sqrt(own)) + SLOT_BONUS * saidSlots);
    }

    /**
     * {@code slots}, with a slot said in the same breath as a cramp (the symptom, a second part, or the cramping part
     * beside one set aside: {@link Companion#saidWith}), if no value filled it, taking the words said where
     * {@code sample} has it, unmatched: Alexa fills a custom slot with what was said in its place whether or not it is one of the values,
     * and the skill then says the local number first ({@link Companion}). Read at a sample's end ("... and
     * {symptom}": the words after the last "and" said) or start ("{symptom} and ...": the words before the first "and"
     * said), where one literal word marks the place, or inside it, between the literal words on either side (a slot beside
     * another slot is left empty). The mark is found anywhere in what
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
            String name = unmatchedSlot(intent, sample, slot, filled);
            int at = atEnd ? said.lastIndexOf(mark) : said.indexOf(mark);
            if (name == null || neighbour.contains("{") || mark.isBlank() || at < 0) {
                continue;
            }
            fillUnmatched(filled, intent, name, (atEnd ? said.substring(at + mark.length()) : said.substring(0, at)));
        }
        // Inside the sample ("it started in my {otherPart} and now it's in my {bodyPart}"): the words said between the
        // literal word before the slot and the literal word after it.
        for (int i = 1; i < tokens.size() - 1; i++) {
            String name = unmatchedSlot(intent, sample, tokens.get(i), filled);
            String before = " " + UtteranceMatcher.normalize(tokens.get(i - 1)) + " ";
            String after = " " + UtteranceMatcher.normalize(tokens.get(i + 1)) + " ";
            if (name == null || tokens.get(i - 1).contains("{") || tokens.get(i + 1).contains("{") || before.isBlank()
                    || after.isBlank()) {
                continue;
            }
            int start = said.indexOf(before);
            int end = start < 0 ? -1 : said.indexOf(after, start + before.length() - 1);
            fillUnmatched(filled, intent, name, end < 0 ? "" : said.substring(start + before.length(), end + 1));
        }
        return filled;
    }

    /**
     * The name of the slot {@code token} stands for, when it is one said in the same breath as a cramp
     * ({@link Companion#saidWith}) that no value has filled yet; else null.
     */
    private static String unmatchedSlot(InteractionModel.Intent intent, String sample, String token,
            Map<String, UtteranceMatcher.SlotFill> filled) {
        String name = token.startsWith("{") && token.endsWith("}") ? token.substring(1, token.length() - 1) : null;
        boolean sameBreath = name != null
                && Companion.saidWith(sample.contains("{" + Companion.BESIDE_PART + "}")).contains(name);
        return sameBreath && intent.slots().get(name) != null && filled.get(name) == null ? name : null;
    }

    /** {@code slot} filled with {@code words}, matching no value, unless nothing was said there. */
    private static void fillUnmatched(Map<String, UtteranceMatcher.SlotFill> filled, InteractionModel.Intent intent,
            String slot, String words) {
        if (!words.strip().isEmpty()) {
            filled.put(slot, new UtteranceMatcher.SlotFill(intent.slots().get(slot), words.strip(), null, null));
        }
    }

    /**
     * The intent's slots filled from what was said: for each slot, a value whose stems were said one after
     * another ("my calves" says calf; "front of my thigh's cramping" says the front of the thigh). Among those,
     * an emergency before a red flag before anything else ({@link Companion}), then the one {@code placed} there (the
     * value that brought the sample closest in that slot: "play the entire office routine back to back" fits "play
     * the entire {routine} routine" with "office" beside "entire", not "back"), then the one with most words. A
     * second slot of a type already filled ("my calf and my {otherPart}") is filled only when {@code sample} has it,
     * as Alexa fills only a sample's slots, and only with another value said elsewhere in the words.
     */
    private Map<String, UtteranceMatcher.SlotFill> filledFromSaid(String intentName, String sample, String said,
            Map<String, List<Found>> found, Map<String, Found> placed) {
        Map<String, UtteranceMatcher.SlotFill> slots = new LinkedHashMap<>();
        InteractionModel.Intent intent = intents.get(intentName);
        if (intent == null) {
            return slots;
        }
        Map<String, Found> taken = new HashMap<>();
        Map<String, Found> places = new HashMap<>();
        for (Map.Entry<String, String> slot : intent.slots().entrySet()) {
            Found first = taken.get(slot.getValue());
            if (first != null && !sample.contains("{" + slot.getKey() + "}")) {
                slots.put(slot.getKey(), null);
                continue;
            }
            Found best = null;
            double bestWeight = 0;
            for (Found candidate : found.getOrDefault(slot.getValue(), List.of())) {
                Value value = candidate.value();
                if (first != null && (value.id().equals(first.value().id()) || candidate.overlaps(first))) {
                    continue;
                }
                double weight = 1000 * urgency(value.id()) + (placed != null && candidate.equals(placed.get(slot.getKey())) ? 100 : 0)
                        + value.stems().size() + (said.contains(value.spoken()) ? 0.5 : 0);
                if (weight > bestWeight) {
                    best = candidate;
                    bestWeight = weight;
                }
            }
            slots.put(slot.getKey(), best == null ? null
                    : new UtteranceMatcher.SlotFill(slot.getValue(), best.value().word(), best.value().id(), best.value().name()));
            if (best != null) {
                places.put(slot.getKey(), best);
                taken.putIfAbsent(slot.getValue(), best);
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
            Map<String, Found> places, String sample) {
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

    /** 2 for an emergency said in the same breath, 1 for a red flag, 0 for any other value. */
    private static int urgency(String id) {
        return Companion.byId(id).map(companion -> companion.emergency() ? 2 : 1).orElse(0);
    }

    /** The text's word stems in order: what {@link #features} and the slot values are read from. */
    private static List<String> stemSequence(String text) {
        return sequence(text, false);
    }

    /**
     * Beside each of the text's stems ({@link #stemSequence}), the word itself if its number matters (either form of
     * one of {@link #NUMBER_MATTERS}), else null.
     */
    private static List<String> numberSequence(String text) {
        return sequence(text, true);
    }

    /** The words of the text whose number matters, as said. */
    private static Set<String> numbersIn(String text) {
        Set<String> forms = new HashSet<>(numberSequence(text));
        forms.remove(null);
        return Set.copyOf(forms);
    }

    /**
     * Whether a sample's own words name one number of a word whose number matters and what was said names only the
     * other ("my legs won't move" for "my leg won't move").
     */
    private static boolean otherNumber(Set<String> sample, Set<String> said) {
        for (Map.Entry<String, String> word : NUMBER_MATTERS.entrySet()) {
            boolean samplePlural = sample.contains(word.getKey());
            boolean sampleSingular = sample.contains(word.getValue());
            boolean saidPlural = said.contains(word.getKey());
            boolean saidSingular = said.contains(word.getValue());
            if (samplePlural != sampleSingular && saidPlural != saidSingular && samplePlural != saidPlural) {
                return true;
            }
        }
        return false;
    }

    private static String numberOf(String word) {
        return NUMBER_MATTERS.containsKey(word) || NUMBER_MATTERS.containsValue(word) ? word : null;
    }

    private static List<String> sequence(String text, boolean numbers) {
        List<String> stems = new ArrayList<>();
        for (String word : UtteranceMatcher.normalize(text).split(" ")) {
            if (!word.isEmpty()) {
                // "my foot's cramping" reads as "my foot is cramping"; a possessive loses nothing by it.
                String spoken = IRREGULAR.getOrDefault(word, word.endsWith("'s") ? word.substring(0, word.length() - 2) + " is" : word);
                for (String part : spoken.split(" ")) {
                    stems.add(numbers ? numberOf(part) : stem(part));
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

    /** Word stems and pairs of neighbouring stems, with how often each occurs. */
    private static Map<String, Integer> features(List<String> stems) {
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
}
