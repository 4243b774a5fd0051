package com.crampcoach.lint;

import com.crampcoach.content.Problem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The interaction-model rules that Alexa's console enforces when a model is built, checked before upload. */
final class ModelRules {

    /** Words Alexa reserves: a name containing them is rejected. */
    private static final Set<String> RESERVED = Set.of("alexa", "amazon", "echo", "skill", "app");

    /** The words people use to start a skill; an invocation name starting with one cannot be said naturally. */
    private static final Set<String> LAUNCH_WORDS = Set.of("ask", "open", "launch", "start", "tell", "play", "begin",
            "load", "resume", "run", "enable", "use");

    private static final Pattern SLOT = Pattern.compile("\\{([^}]*)}");

    private ModelRules() {
    }

    /** The rules within one model. */
    static void check(ModelFile model, Consumer<Problem> problems) {
        checkInvocationName(model, problems);
        Set<String> typeNames = new HashSet<>();
        model.types().forEach(type -> typeNames.add(type.name().value()));
        Map<String, ModelFile.Text> owners = new HashMap<>(); // normalised sample -> the intent that has it
        for (ModelFile.Intent intent : model.intents()) {
            String name = intent.name().value();
            if (name == null) {
                problems.accept(at(model, intent.name().line(), "an intent without a \"name\""));
                continue;
            }
            Set<String> slots = new HashSet<>();
            for (ModelFile.Slot slot : intent.slots()) {
                slots.add(slot.name().value());
                String type = slot.type().value();
                if (type == null || !(type.startsWith("AMAZON.") || typeNames.contains(type))) {
                    problems.accept(at(model, slot.type().line(), name + " slot {" + slot.name().value() + "} has type "
                            + type + ", which is neither declared in \"types\" nor a built-in AMAZON. type"));
                }
            }
            for (ModelFile.Text sample : intent.samples()) {
                String key = normalise(sample.value());
                ModelFile.Text owner = owners.putIfAbsent(key, new ModelFile.Text(name, sample.line()));
                if (owner != null && !owner.value().equals(name)) {
                    problems.accept(at(model, sample.line(), "sample \"" + sample.value() + "\" of " + name
                            + " is also a sample of " + owner.value() + " (line " + owner.line()
                            + "); Alexa cannot tell which intent is meant"));
                }
                Matcher m = SLOT.matcher(sample.value() == null ? "" : sample.value());
                while (m.find()) {
                    if (!slots.contains(m.group(1))) {
                        problems.accept(at(model, sample.line(), "sample \"" + sample.value() + "\" of " + name
                                + " uses slot {" + m.group(1) + "}, which " + name + " does not declare in \"slots\""));
                    }
                }
            }
        }
    }

    /** Every locale must understand the same requests, or a handler would wait for an intent that never comes. */
    static void compareIntents(ModelFile base, ModelFile other, Consumer<Problem> problems) {
        Map<String, ModelFile.Text> ours = names(other);
        Map<String, ModelFile.Text> theirs = names(base);
        theirs.keySet().stream().filter(name -> !ours.containsKey(name)).forEach(name -> problems.accept(
                at(other, other.intentsLine(), "no intent " + name + ", which " + base.locale() + " declares")));
        ours.forEach((name, text) -> {
            if (!theirs.containsKey(name)) {
                problems.accept(at(other, text.line(), "intent " + name + " is not in " + base.locale()
                        + "; every locale declares the same intents"));
            }
        });
    }

    private static void checkInvocationName(ModelFile model, Consumer<Problem> problems) {
        String name = model.invocationName().value();
        int line = model.invocationName().line();
        if (name == null || name.isBlank()) {
            problems.accept(at(model, line, "no \"invocationName\""));
            return;
        }
        String quoted = "invocation name \"" + name + "\"";
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            problems.accept(at(model, line, quoted + " must be lower case"));
        }
        if (!name.matches("[\\p{L}' .]+")) {
            problems.accept(at(model, line, quoted + " may contain only letters, spaces, apostrophes and periods"
                    + " (spell out numbers)"));
        }
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        if (words.size() < 2) {
            problems.accept(at(model, line, quoted + " needs at least two words"));
        }
        words.stream().map(word -> word.replaceAll("'s$|[.']", "")).filter(RESERVED::contains).distinct()
                .forEach(word -> problems.accept(at(model, line, quoted + " must not contain \"" + word
                        + "\", a word Alexa reserves")));
        if (LAUNCH_WORDS.contains(words.get(0))) {
            problems.accept(at(model, line, quoted + " must not start with \"" + words.get(0)
                    + "\": people say it before the name (\"Alexa, " + words.get(0) + " ...\")"));
        }
    }

    private static Map<String, ModelFile.Text> names(ModelFile model) {
        Map<String, ModelFile.Text> names = new LinkedHashMap<>();
        model.intents().stream().filter(intent -> intent.name().value() != null)
                .forEach(intent -> names.put(intent.name().value(), intent.name()));
        return names;
    }

    /** Alexa compares samples regardless of case and spacing. */
    private static String normalise(String sample) {
        return sample == null ? "" : sample.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static Problem at(ModelFile model, int line, String message) {
        return new Problem(model.file(), line, message);
    }
}
