package com.crampcoach.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A second stand-in for Alexa's language understanding, independent of the pattern matchers: Apache
 * OpenNLP's maximum-entropy document categorizer (words and word pairs as features), trained on the
 * interaction model alone. The intent is the classifier's best guess; a slot is filled with the longest of
 * its type's values or synonyms found in the words, resolved as entity resolution would resolve it (a second slot
 * of the same type, with the longest other value in the words the first did not take).
 *
 * <p>It is not Alexa either: it shows how far a model generalises beyond its own samples, which the exact
 * matcher cannot.
 */
final class ClassifierMatcher {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private final InteractionModel model;
    private final DocumentCategorizerME categorizer;

    ClassifierMatcher(InteractionModel model) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(train(model));
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
        Map<String, UtteranceMatcher.SlotFill> slots = new LinkedHashMap<>();
        // A second slot of a type ("my calf and my {otherPart}") takes another value, from the words the first left.
        Map<String, UtteranceMatcher.SlotFill> firsts = new HashMap<>();
        intent.slots().forEach((slot, type) -> {
            UtteranceMatcher.SlotFill first = firsts.get(type);
            UtteranceMatcher.SlotFill fill = first == null ? fill(type, said)
                    : fill(type, said.replaceFirst(Pattern.quote(" " + first.said() + " "), " | "));
            slots.put(slot, fill != null && first != null && fill.id().equals(first.id()) ? null : fill);
            if (first == null && fill != null) {
                firsts.put(type, fill);
            }
        });
        return new UtteranceMatcher.Match(intentName, slots);
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

    private static DoccatModel train(InteractionModel model) {
        List<DocumentSample> samples = new ArrayList<>();
        // One turn per slot type and kind of fill, across the whole model: each next slot of a type takes the next
        // word, so every word is used once before any is used twice.
        Map<String, int[]> turns = new HashMap<>();
        for (InteractionModel.Intent intent : model.intents()) {
            List<String> phrases = new ArrayList<>(intent.samples());
            phrases.addAll(UtteranceMatcher.BUILT_IN.getOrDefault(intent.name(), List.of()));
            for (String phrase : phrases) {
                for (String filled : fills(model, intent, phrase, turns)) {
                    String[] words = words(filled);
                    if (words.length > 0) {
                        samples.add(new DocumentSample(intent.name(), words));
                    }
                }
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
     * A sample with its slots filled by words of their types, taken in turn: once by a value's name, so that every
     * value is seen about as often however many synonyms it has (entity resolution maps a synonym onto its value;
     * it does not make a value with many synonyms rarer), and once by any of the type's words, so that every
     * synonym is seen (while the type's slots in the model outnumber its words).
     */
    private static List<String> fills(InteractionModel model, InteractionModel.Intent intent, String phrase,
            Map<String, int[]> turns) {
        if (!SLOT.matcher(phrase).find()) {
            return List.of(phrase);
        }
        List<String> filled = new ArrayList<>();
        for (boolean byName : List.of(true, false)) {
            Matcher slot = SLOT.matcher(phrase);
            StringBuilder text = new StringBuilder();
            while (slot.find()) {
                String type = intent.slots().get(slot.group(1));
                List<String> words = slotWords(model, type, byName);
                int turn = turns.computeIfAbsent(type + (byName ? " names" : " words"), k -> new int[1])[0]++;
                String word = words.isEmpty() ? "" : words.get(Math.floorMod(turn, words.size()));
                slot.appendReplacement(text, Matcher.quoteReplacement(word));
            }
            slot.appendTail(text);
            filled.add(text.toString());
        }
        return filled;
    }

    /** The type's value names, or all of its words (names and synonyms), in a fixed order. */
    private static List<String> slotWords(InteractionModel model, String type, boolean namesOnly) {
        List<String> words = new ArrayList<>();
        for (InteractionModel.SlotValue value : model.types().getOrDefault(type, List.of())) {
            words.add(value.name());
            if (!namesOnly) {
                words.addAll(value.synonyms());
            }
        }
        words.sort(Comparator.naturalOrder());
        return words;
    }

    private static String[] words(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").trim();
        return normal.isEmpty() ? new String[0] : normal.split("\\s+");
    }
}
