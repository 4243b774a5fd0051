package com.crampcoach.model;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates {@code interactionModels/custom/<locale>.json} from {@code interactionModels/phrases.txt}, and
 * checks the result against Alexa's limits and against itself before anything is written.
 *
 * <pre>./mvnw -B -q compile exec:java -Dexec.mainClass=com.crampcoach.model.ModelGenerator [-Dexec.args=--check]</pre>
 *
 * <p>Limits, as found (Alexa's own limits page could not be read here, so the numbers are kept on the safe
 * side of what was found; a limit we cannot confirm is a budget, not a claim):
 * <ul>
 *   <li>A sample's words are letters, spaces and valid punctuation only: "periods for abbreviations,
 *       underscores, possessive apostrophes, and hyphens" (the console's error quoted in
 *       jradwan/alexa_tivo_control#30). We allow less: lower case letters, spaces, apostrophes in
 *       contractions, and {slot} references; numbers are spelled out.</li>
 *   <li>A slot value or synonym is at most 140 characters ("Slot value length exceeds the limit of 140
 *       characters", m0ngr31/kanzi#263).</li>
 *   <li>A sample that is only a slot is refused when the skill has a dialog model
 *       (alexa/alexa-cookbook#29 and #35) or the slot is a phrase type such as AMAZON.SearchQuery
 *       (k4l1sh/alexa-gpt#1). We have neither, so "{bodyPart}" alone is allowed.</li>
 *   <li>Custom slot values: 50,000 in all (alexa-js/alexa-app#34).</li>
 *   <li>Intents: 250 (the limit Amazon Lex documents, hashicorp/terraform-provider-aws#25147); we stay far below.</li>
 *   <li>Size: Amazon's own page for this limit ("Interaction model limits", linked from the "Interaction Model
 *       Management REST API Reference v1" page, developer.amazon.com/docs/smapi/interaction-model-operations.html)
 *       is not among the stored copies the search tool reads, so no figure here is Amazon's own words. The one
 *       figure that comes from Amazon's service itself is its validation error, quoted in Amazon's own
 *       repository alexa/ask-cli#9 ("Update model fails with large number of slot values", 2017): "at
 *       'modelDefinition' failed to satisfy constraint: Member must have length less than or equal to
 *       1000000". Public material also reports 1.5 MB for a whole model (unconfirmed), and developers once
 *       reported the old console failing to save near 200 KB (m0ngr31/kanzi#90, #139, #163: "a hazy limit",
 *       tied to slot references, not size alone). We hold each model to {@value #MAX_MODEL_BYTES} bytes of
 *       JSON as uploaded (no indentation; our models are ASCII, so bytes are characters): 75 % of the smallest
 *       figure Amazon's service is known to enforce, half the reported 1.5 MB. It was 500,000 until the
 *       danger words of issue 18's tenth round filled it, 600,000 until its twenty-first round, 650,000 until
 *       its twenty-ninth, when en-IN's danger lines cut to fit it were given back their words, and 700,000 until its
 *       forty-second, when en-IN had 1,244 bytes left and leaving out words a locale does not say had been measured
 *       to cost accuracy (the forty-first round); the danger words are the last samples to prune. A quarter of the
 *       enforced figure stays free, since it is an error message's figure, not a documented limit. The models are
 *       not in the Lambda's jar, so their size costs no cold start. Each sample is held to
 *       {@value #MAX_SAMPLE_CHARS} characters (Amazon Lex's limit for a sample utterance).</li>
 *   <li>The invocation name's rules (lower case, two words, no "alexa", no launch word) are checked by
 *       the linter ({@code lint/ModelRules}).</li>
 * </ul>
 * Also refused: a sample in two intents after normalising case, spaces and punctuation (Alexa could not
 * tell which is meant), locales that differ in anything but words (intents, slots, value ids), and a slot value's
 * pattern that stands for more combinations than {@link Pattern} expands in full (a sample's may be cut to a
 * covering set; a value's synonyms would then silently lose ways of saying it).
 */
public final class ModelGenerator {

    static final int MAX_SAMPLE_CHARS = 200;
    static final int MAX_VALUE_CHARS = 140;
    static final int MAX_SLOT_VALUES = 50_000;
    static final int MAX_INTENTS = 250;
    static final int MAX_MODEL_BYTES = 750_000;
    /** One pattern that stands for more samples than this is a mistake in it, not coverage. */
    static final int MAX_PER_PATTERN = 400;

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[a-z' ]+");
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile("[a-z]+'(s|t|re|ve|ll|m|d)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelGenerator() {
    }

    /** One generated model per locale, or the problems that stop it. */
    public record Result(Map<String, String> models, List<String> problems) {
    }

    /** Reads the source and generates every locale's model as the text the file should hold. */
    public static Result generate(String sourceText) {
        PhraseSource source;
        try {
            source = PhraseSource.parse(sourceText);
        } catch (IllegalArgumentException e) {
            return new Result(Map.of(), List.of(e.getMessage()));
        }
        Map<String, String> models = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String locale : source.locales()) {
            try {
                ObjectNode model = model(source, locale, problems);
                String text = write(model);
                int bytes = JSON.writeValueAsBytes(model).length; // as uploaded, without the file's indentation
                if (bytes > MAX_MODEL_BYTES) {
                    problems.add(locale + ": the model is " + bytes + " bytes, over the budget of " + MAX_MODEL_BYTES
                            + "; prune the patterns");
                }
                models.put(locale, text);
            } catch (IllegalArgumentException e) {
                problems.add(locale + ": " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(models, problems);
    }

    private static ObjectNode model(PhraseSource source, String locale, List<String> problems) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode language = root.putObject("interactionModel").putObject("languageModel");
        language.put("invocationName", source.invocationName());
        ArrayNode intents = language.putArray("intents");
        Map<String, String> owners = new HashMap<>();
        int intentCount = 0;
        for (PhraseSource.Intent intent : source.intents()) {
            if (source.pending().contains(intent.name())) {
                continue;
            }
            intentCount++;
            ObjectNode node = intents.addObject();
            node.put("name", intent.name());
            if (!intent.slots().isEmpty()) {
                ArrayNode slots = node.putArray("slots");
                intent.slots().forEach((name, type) -> slots.addObject().put("name", name).put("type", type));
            }
            Set<String> samples = new LinkedHashSet<>();
            for (PhraseSource.Phrase phrase : intent.phrases()) {
                if (phrase.appliesTo(locale)) {
                    List<String> expanded = Pattern.expand(phrase.pattern(), locale, source.lists(), phrase.line());
                    if (expanded.size() > MAX_PER_PATTERN) {
                        problems.add(locale + ": line " + phrase.line().number() + " expands to " + expanded.size()
                                + " samples, over " + MAX_PER_PATTERN + ": split it, or use fewer alternatives");
                    }
                    samples.addAll(expanded);
                }
            }
            boolean builtIn = intent.name().startsWith("AMAZON.");
            if (!samples.isEmpty() || !builtIn) {
                ArrayNode array = node.putArray("samples");
                for (String sample : samples) {
                    check(locale, intent, sample, problems);
                    String owner = owners.putIfAbsent(normalise(sample), intent.name());
                    if (owner != null && !owner.equals(intent.name())) {
                        problems.add(locale + ": \"" + sample + "\" is a sample of " + owner + " and of " + intent.name()
                                + " (line " + intent.line().number() + "); Alexa cannot tell which is meant");
                    }
                    array.add(sample);
                }
            }
        }
        if (intentCount > MAX_INTENTS) {
            problems.add(locale + ": " + intentCount + " intents, over " + MAX_INTENTS);
        }
        ArrayNode types = language.putArray("types");
        int values = 0;
        for (PhraseSource.SlotType type : source.types()) {
            ObjectNode typeNode = types.addObject();
            typeNode.put("name", type.name());
            ArrayNode valueArray = typeNode.putArray("values");
            for (PhraseSource.Value value : type.values()) {
                if (source.pending().contains(type.name() + "." + value.id())) {
                    continue;
                }
                Set<String> words = new LinkedHashSet<>();
                for (PhraseSource.Phrase phrase : value.phrases()) {
                    if (phrase.appliesTo(locale)) {
                        Pattern.Expansion expansion = Pattern.expansion(phrase.pattern(), locale, source.lists(), phrase.line());
                        words.addAll(expansion.words());
                        if (expansion.cut()) {
                            problems.add(locale + ": line " + phrase.line().number() + " (" + type.name() + " " + value.id()
                                    + ") stands for over " + Pattern.FULL_PRODUCT + " combinations of words, and only a"
                                    + " covering set of them would be synonyms: split it");
                        }
                    }
                }
                if (words.isEmpty()) {
                    problems.add(locale + ": " + type.name() + " value " + value.id() + " has no words here");
                    continue;
                }
                List<String> all = new ArrayList<>(words);
                for (String word : all) {
                    values++;
                    if (word.length() > MAX_VALUE_CHARS || !WORDS.matcher(word).matches()) {
                        problems.add(locale + ": " + type.name() + " " + value.id() + " \"" + word
                                + "\": a slot value is lower case words of at most " + MAX_VALUE_CHARS + " characters");
                    }
                }
                ObjectNode name = valueArray.addObject().put("id", value.id()).putObject("name");
                name.put("value", all.get(0));
                if (all.size() > 1) {
                    ArrayNode synonyms = name.putArray("synonyms");
                    all.subList(1, all.size()).forEach(synonyms::add);
                }
            }
        }
        if (values > MAX_SLOT_VALUES) {
            problems.add(locale + ": " + values + " slot values and synonyms, over " + MAX_SLOT_VALUES);
        }
        return root;
    }

    private static void check(String locale, PhraseSource.Intent intent, String sample, List<String> problems) {
        String where = locale + " " + intent.name() + " \"" + sample + "\"";
        if (sample.length() > MAX_SAMPLE_CHARS) {
            problems.add(where + ": longer than " + MAX_SAMPLE_CHARS + " characters");
        }
        java.util.regex.Matcher slots = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(sample);
        while (slots.find()) {
            if (!intent.slots().containsKey(slots.group(1))) {
                problems.add(where + ": {" + slots.group(1) + "} is not a slot of " + intent.name());
            }
        }
        String words = sample.replaceAll("\\{\\w+}", "").strip();
        if (!words.isEmpty() && !WORDS.matcher(words).matches()) {
            problems.add(where + ": only lower case letters, spaces and apostrophes (spell numbers out)");
        }
        for (String word : words.split(" ")) {
            if (word.contains("'") && !CONTRACTION.matcher(word).matches()) {
                problems.add(where + ": an apostrophe only in a contraction (" + word + ")");
            }
        }
    }

    /** How Alexa compares samples: case, spacing and punctuation do not count. */
    static String normalise(String sample) {
        return sample.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9'{} ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String write(ObjectNode model) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            String text = JSON.writer(printer.withArrayIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(model);
            // "name": "value", as people and the linter's tests write JSON, not Jackson's "name" : "value".
            return text.replaceAll("(?m)^(\\s*\"[^\"]*\") : ", "$1: ") + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The models the source generates that differ from the files in {@code folder}, by locale. */
    public static List<String> stale(Result result, Path folder) {
        List<String> stale = new ArrayList<>();
        result.models().forEach((locale, text) -> {
            Path file = folder.resolve(locale + ".json");
            try {
                JsonNode committed = Files.exists(file) ? JSON.readTree(file.toFile()) : null;
                if (committed == null || !committed.equals(JSON.readTree(text))) {
                    stale.add(locale);
                }
            } catch (IOException e) {
                stale.add(locale);
            }
        });
        return stale;
    }

    /**
     * Writes the models (or, with {@code --check}, only says which are out of date). Exit 1 on any problem.
     * Run from the project folder; {@code --source FILE} and {@code --out DIR} override the default paths.
     */
    public static void main(String[] args) throws IOException {
        Path sourceFile = Path.of("interactionModels", "phrases.txt");
        Path out = Path.of("interactionModels", "custom");
        boolean check = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--check" -> check = true;
                case "--source" -> sourceFile = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: ModelGenerator [--check] [--source FILE] [--out DIR]");
                    System.exit(2);
                }
            }
        }
        Result result = generate(Files.readString(sourceFile, StandardCharsets.UTF_8));
        if (!result.problems().isEmpty()) {
            result.problems().forEach(problem -> System.err.println("error: " + problem));
            System.exit(1);
        }
        if (check) {
            List<String> stale = stale(result, out);
            if (!stale.isEmpty()) {
                System.err.println("out of date: " + stale + "; run the generator without --check");
                System.exit(1);
            }
            System.out.println("all " + result.models().size() + " models are what " + sourceFile + " generates");
            return;
        }
        Files.createDirectories(out);
        for (Map.Entry<String, String> model : result.models().entrySet()) {
            Files.writeString(out.resolve(model.getKey() + ".json"), model.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + out.resolve(model.getKey() + ".json") + " ("
                    + JSON.readTree(model.getValue()).at("/interactionModel/languageModel/intents").size() + " intents)");
        }
    }
}
