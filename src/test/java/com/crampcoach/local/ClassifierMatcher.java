package com.crampcoach.local;

import com.crampcoach.conversation.Companion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * A second stand-in for Alexa's language understanding, independent of the pattern matchers: Apache
 * OpenNLP's maximum-entropy document categorizer (words and word pairs as features), trained on the
 * interaction model alone. The intent is the classifier's best guess; a slot is filled with the longest of
 * its type's values or synonyms found in the words, resolved as entity resolution would resolve it. Where an intent
 * has several slots of one type ("my calf and my {otherPart}"), the second takes another value said; a sequence
 * tagger trained on the model's samples decides whether one of the two is in a further slot's place ("my
 * {besidePart} is fine, it's my {bodyPart}"), as Alexa fills a slot by its place in a sample. Words said in the same
 * breath that no value matches fill the {symptom} slot unresolved where a second tagger places them ("my calf is
 * cramping and {symptom}"), as Alexa fills a custom slot with words it cannot resolve.
 *
 * <p>It is not Alexa either: it shows how far a model generalises beyond its own samples, which the exact
 * matcher cannot.
 */
final class ClassifierMatcher {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    /**
     * Salts the place a slot's word is drawn for, apart from the place each word's extra filling is ranked for (the
     * place is hashed once more, so any constant keeps the two apart). Of the eight tried (1 to 7 and 0x9e3779b9), 2
     * is the first with which this stand-in's one-sentence tests (ClassifierMatcherTest) all pass: 1 and 0x9e3779b9
     * each flip one of them, as a trained tagger's answer to a single sentence moves with its draws. It was chosen
     * before any blind set was measured with it.
     */
    private static final int DRAW_SALT = 2;
    private final InteractionModel model;
    private final DocumentCategorizerME categorizer;
    /** Where the model puts each slot of a type said in several slots ("my {besidePart} is fine, it's my {bodyPart}"). */
    private final NameFinderME roles;
    /** Where the model puts the words said in the same breath ("my calf is cramping and {symptom}"). */
    private final NameFinderME companions;

    ClassifierMatcher(InteractionModel model) {
        this.model = model;
        SlotWords vocabulary = new SlotWords(model);
        this.categorizer = new DocumentCategorizerME(train(model, vocabulary));
        this.roles = tagger(model, vocabulary, intent -> sharedTypes(intent).values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        this.companions = tagger(model, vocabulary,
                intent -> intent.slots().containsKey(Companion.SLOT) ? Set.of(Companion.SLOT) : Set.of());
    }

    UtteranceMatcher.Match match(String utterance) {
        String[] words = words(utterance);
        if (words.length == 0) {
            return new UtteranceMatcher.Match("AMAZON.FallbackIntent", Map.of());
        }
        String intentName = categorizer.getBestCategory(categorizer.categorize(words));
        InteractionModel.Intent intent = model.intents().stream().filter(i -> i.name().equals(intentName))
                .findFirst().orElseThrow();
        String said = " " + String.join(" ", words) + " ";
        Map<String, List<String>> shared = sharedTypes(intent);
        Map<String, UtteranceMatcher.SlotFill> slots = new LinkedHashMap<>();
        intent.slots().forEach((slot, type) -> slots.put(slot, shared.containsKey(type) ? null : fill(type, said)));
        shared.forEach((type, names) -> {
            // A type in several slots ("my calf and my {otherPart}"): the longest value said fills the first, another
            // value the second. A part set aside ("my {besidePart} is fine, it's my {bodyPart}") takes one of the two
            // only where the role tagger places that value there; the other is then the cramping part.
            String part = names.get(0);
            String other = names.contains(Companion.OTHER_PART) ? Companion.OTHER_PART : null;
            UtteranceMatcher.SlotFill first = fill(type, said);
            UtteranceMatcher.SlotFill second = first == null || other == null ? null
                    : fill(type, said.replaceFirst(Pattern.quote(" " + first.said() + " "), " | "));
            if (second != null && second.id().equals(first.id())) {
                second = null;
            }
            slots.put(part, first);
            if (other == null || second == null) {
                return;
            }
            slots.put(other, second);
            String placed = names.contains(Companion.BESIDE_PART)
                    ? tagged(roles, words).get(Companion.BESIDE_PART) : null;
            UtteranceMatcher.SlotFill aside = placed == null ? null : fill(type, " " + placed + " ");
            if (aside != null && (aside.id().equals(first.id()) || aside.id().equals(second.id()))) {
                slots.put(Companion.BESIDE_PART, aside.id().equals(first.id()) ? first : second);
                slots.put(part, aside.id().equals(first.id()) ? second : first);
                slots.put(other, null);
            }
        });
        // Words in the symptom's place that no value matched still fill it, unresolved: the skill then says the
        // local number first, as it would after Alexa sent them.
        String companion = intent.slots().containsKey(Companion.SLOT) && slots.get(Companion.SLOT) == null
                ? tagged(companions, words).get(Companion.SLOT) : null;
        if (companion != null) {
            String type = intent.slots().get(Companion.SLOT);
            slots.put(Companion.SLOT, new UtteranceMatcher.SlotFill(type, companion, null, null));
        }
        return new UtteranceMatcher.Match(intentName, slots);
    }

    /** The intent's slot types that more than one of its slots takes, each with those slots in the intent's order. */
    private static Map<String, List<String>> sharedTypes(InteractionModel.Intent intent) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        intent.slots().forEach((slot, type) -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(slot));
        byType.values().removeIf(names -> names.size() < 2);
        return byType;
    }

    /** The words {@code tagger} places in each slot (the first place it finds for each); none without a tagger. */
    private static Map<String, String> tagged(NameFinderME tagger, String[] words) {
        Map<String, String> found = new HashMap<>();
        if (tagger == null) {
            return found;
        }
        for (Span span : tagger.find(words)) {
            found.putIfAbsent(span.getType(),
                    String.join(" ", java.util.Arrays.copyOfRange(words, span.getStart(), span.getEnd())));
        }
        tagger.clearAdaptiveData();
        return found;
    }

    /**
     * A sequence tagger (OpenNLP's name finder: the words around a place as features) trained on the samples of
     * every intent with {@code placed} slots, filled as for the categorizer, each filled slot of those labelled with
     * its name: it learns where the model puts each, as Alexa fills a slot by its place in a sample. Null when no
     * intent has such slots.
     */
    private static NameFinderME tagger(InteractionModel model, SlotWords vocabulary,
            Function<InteractionModel.Intent, Set<String>> placed) {
        Map<InteractionModel.Intent, List<String>> phrases = new LinkedHashMap<>();
        for (InteractionModel.Intent intent : model.intents()) {
            if (!placed.apply(intent).isEmpty()) {
                phrases.put(intent, intent.samples());
            }
        }
        List<NameSample> samples = new ArrayList<>();
        for (Filling filling : fillings(vocabulary, phrases)) {
            NameSample sample = placedSample(vocabulary, filling, placed.apply(filling.intent()));
            if (sample != null) {
                samples.add(sample);
            }
        }
        if (samples.isEmpty()) {
            return null;
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        try {
            return new NameFinderME(NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                    parameters, new TokenNameFinderFactory()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The filled sample, the {@code labelled} slots marked with their names; null when the filled words do not fall on
     * word boundaries ("{bodyPart}'s").
     */
    private static NameSample placedSample(SlotWords vocabulary, Filling filling, Set<String> labelled) {
        List<String> tokens = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        String phrase = filling.phrase();
        Matcher slot = SLOT.matcher(phrase);
        int from = 0;
        for (int place = 0; slot.find(); place++) {
            String before = phrase.substring(from, slot.start());
            boolean joinedBefore = !before.isEmpty() && !before.endsWith(" ");
            boolean joinedAfter = slot.end() < phrase.length() && phrase.charAt(slot.end()) != ' ';
            if (joinedBefore || joinedAfter) {
                return null;
            }
            tokens.addAll(List.of(words(before)));
            String[] word = words(filling.word(vocabulary, slot.group(1), place));
            if (labelled.contains(slot.group(1)) && word.length > 0) {
                spans.add(new Span(tokens.size(), tokens.size() + word.length, slot.group(1)));
            }
            tokens.addAll(List.of(word));
            from = slot.end();
        }
        tokens.addAll(List.of(words(phrase.substring(from))));
        return tokens.isEmpty() ? null : new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), true);
    }

    /** The longest value or synonym of {@code type} said, or null when none is. */
    private UtteranceMatcher.SlotFill fill(String type, String said) {
        UtteranceMatcher.SlotFill best = null;
        for (InteractionModel.SlotValue value : model.types().getOrDefault(type, List.of())) {
            List<String> names = new ArrayList<>(value.synonyms());
            names.add(value.name());
            for (String name : names) {
                String normal = String.join(" ", words(name));
                if (!normal.isEmpty() && said.contains(" " + normal + " ")
                        && (best == null || normal.length() > best.said().length())) {
                    best = new UtteranceMatcher.SlotFill(type, normal, value.id(), value.name());
                }
            }
        }
        return best;
    }

    private static DoccatModel train(InteractionModel model, SlotWords vocabulary) {
        Map<InteractionModel.Intent, List<String>> phrases = new LinkedHashMap<>();
        for (InteractionModel.Intent intent : model.intents()) {
            List<String> said = new ArrayList<>(intent.samples());
            said.addAll(UtteranceMatcher.BUILT_IN.getOrDefault(intent.name(), List.of()));
            phrases.put(intent, said);
        }
        List<DocumentSample> samples = new ArrayList<>();
        for (Filling filling : fillings(vocabulary, phrases)) {
            String[] words = words(filling.text(vocabulary));
            if (words.length > 0) {
                samples.add(new DocumentSample(filling.intent().name(), words));
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One way of filling a sample's slots with words of their types: by a value's name only ({@code byName}), so that
     * every value is seen about as often however many synonyms it has (entity resolution maps a synonym onto its
     * value; it does not make a value with many synonyms rarer), or by any of the type's words, so that synonyms are
     * seen too. Each slot's word is drawn by a hash of the sample and the slot's place in it, except that the slot at
     * {@code place} (when not -1) takes {@code word}.
     */
    record Filling(InteractionModel.Intent intent, String phrase, boolean byName, int place, String word) {

        /** The word for {@code slot} at {@code at}, the {@code at}-th slot of the phrase. */
        String word(SlotWords vocabulary, String slot, int at) {
            if (at == place) {
                return word;
            }
            // The word that ranks highest for the place (rendezvous hashing): a word added to the type moves only the
            // fills it now wins, where a hash modulo the number of words would re-draw every fill of the type. The place
            // is salted apart from the ranking that places each word's extra filling (fillings), or a word's best place
            // would nearly always draw that word already and its extra filling would only repeat the drawn one.
            int salted = mix(hash(at) ^ DRAW_SALT);
            String best = null;
            int top = 0;
            for (String choice : vocabulary.of(intent.slots().get(slot), byName)) {
                int rank = rank(salted, choice);
                if (best == null || rank > top) {
                    best = choice;
                    top = rank;
                }
            }
            return best == null ? "" : best;
        }

        /** The phrase with every slot filled. */
        String text(SlotWords vocabulary) {
            Matcher slot = SLOT.matcher(phrase);
            StringBuilder text = new StringBuilder();
            for (int at = 0; slot.find(); at++) {
                slot.appendReplacement(text, Matcher.quoteReplacement(word(vocabulary, slot.group(1), at)));
            }
            slot.appendTail(text);
            return text.toString();
        }

        /**
         * The hash of the slot at {@code at} of this sample, from the sample alone (its intent, words, place and kind
         * of fill), whatever other samples the model has: it draws the slot's word and ranks the place for each word.
         */
        int hash(int at) {
            return mix((intent.name() + '\n' + phrase + '\n' + at + '\n' + byName).hashCode());
        }
    }

    /** Where a word of a kind is best placed so far: the place's rank for the word, and its filling. */
    private record Ranked(int rank, Filling filling) {
    }

    /**
     * The fillings the stand-ins train on: each of the {@code phrases} once when it has no slots, and otherwise once by
     * names and once by words, each slot's word drawn from the sample itself. Then, where a slot type has at least as
     * many places in the samples as words of a kind (its body parts, not its thousands of symptom words), every such
     * word gets one more filling, of the place that ranks highest for it (rendezvous hashing), so that none goes unseen
     * in training by chance. No draw depends on the other samples or their order: adding or removing a sample adds or
     * removes its own fillings and moves the extra filling of only those words that ranked it highest.
     */
    static List<Filling> fillings(SlotWords vocabulary, Map<InteractionModel.Intent, List<String>> phrases) {
        List<Filling> fillings = new ArrayList<>();
        // Per slot type and kind of fill: for each word, the best-ranked place so far.
        Map<String, Map<String, Ranked>> best = new LinkedHashMap<>();
        Map<String, Integer> places = new HashMap<>();
        phrases.forEach((intent, said) -> {
            for (String phrase : said) {
                if (!SLOT.matcher(phrase).find()) {
                    fillings.add(new Filling(intent, phrase, true, -1, null));
                    continue;
                }
                for (boolean byName : List.of(true, false)) {
                    Filling drawn = new Filling(intent, phrase, byName, -1, null);
                    fillings.add(drawn);
                    Matcher slot = SLOT.matcher(phrase);
                    for (int at = 0; slot.find(); at++) {
                        String kind = SlotWords.kind(intent.slots().get(slot.group(1)), byName);
                        places.merge(kind, 1, Integer::sum);
                        int place = drawn.hash(at);
                        Map<String, Ranked> byWord = best.computeIfAbsent(kind, k -> new LinkedHashMap<>());
                        for (String word : vocabulary.of(intent.slots().get(slot.group(1)), byName)) {
                            int rank = rank(place, word);
                            Ranked held = byWord.get(word);
                            if (held == null || rank > held.rank()) {
                                byWord.put(word, new Ranked(rank, new Filling(intent, phrase, byName, at, word)));
                            }
                        }
                    }
                }
            }
        });
        best.forEach((kind, byWord) -> {
            if (places.get(kind) >= byWord.size()) {
                byWord.values().forEach(ranked -> fillings.add(ranked.filling()));
            }
        });
        return fillings;
    }

    /** How highly {@code word} ranks for the place hashed to {@code place}. */
    private static int rank(int place, String word) {
        return mix(place ^ mix(word.hashCode()));
    }

    /** Spreads a hash's bits (MurmurHash3's finalizer), so that near keys draw far-apart words. */
    private static int mix(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        return hash ^ (hash >>> 16);
    }

    /** Each slot type's words of each kind, listed once per model. */
    static final class SlotWords {

        private final InteractionModel model;
        private final Map<String, List<String>> listed = new HashMap<>();

        SlotWords(InteractionModel model) {
            this.model = model;
        }

        /** The type's value names ({@code namesOnly}), or all of its words (names and synonyms), in a fixed order. */
        List<String> of(String type, boolean namesOnly) {
            return listed.computeIfAbsent(kind(type, namesOnly), key -> {
                List<String> words = new ArrayList<>();
                for (InteractionModel.SlotValue value : model.types().getOrDefault(type, List.of())) {
                    words.add(value.name());
                    if (!namesOnly) {
                        words.addAll(value.synonyms());
                    }
                }
                words.sort(Comparator.naturalOrder());
                return List.copyOf(words);
            });
        }

        /** The key naming one kind of a type's words: its value names, or all of its words. */
        static String kind(String type, boolean namesOnly) {
            return type + (namesOnly ? " names" : " words");
        }
    }

    private static String[] words(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").trim();
        return normal.isEmpty() ? new String[0] : normal.split("\\s+");
    }
}
