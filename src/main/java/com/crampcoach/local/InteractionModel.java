package com.crampcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Alexa interaction model ({@code interactionModels/custom/<locale>.json}) as the local runner needs
 * it: the invocation name, each intent's slots and samples, and each slot type's values.
 */
public record InteractionModel(String invocationName, List<Intent> intents, Map<String, List<SlotValue>> types) {

    /** An intent with its slots (name to type) and sample utterances. */
    public record Intent(String name, Map<String, String> slots, List<String> samples) {
    }

    /** One value of a slot type: the id the skill sees, the value's name and its synonyms. */
    public record SlotValue(String id, String name, List<String> synonyms) {
    }

    private static final String FOLDER = "interactionModels/custom/";

    /** The locales there is a model for on the class path, such as en-GB, in name order. */
    public static List<String> locales() {
        return com.crampcoach.content.ClassPathFolder.list(FOLDER, com.crampcoach.content.Content.DEFAULT_LOCALE + ".json").stream()
                .filter(path -> path.endsWith(".json"))
                .map(path -> path.substring(path.lastIndexOf('/') + 1, path.length() - ".json".length()))
                .toList();
    }

    /**
     * The locale with a model that {@code asked} names, whatever its letter case ("en-gb" is en-GB), or empty.
     */
    public static java.util.Optional<String> locale(String asked) {
        return locales().stream().filter(locale -> locale.equalsIgnoreCase(asked.strip())).findFirst();
    }

    /** Reads the model for a locale from the class path (the build copies the models into the jar). */
    public static InteractionModel forLocale(String locale) {
        String path = FOLDER + locale + ".json";
        try (InputStream in = InteractionModel.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no interaction model for locale " + locale + " (" + path + ")");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** Reads a model file, such as one the generator has just written. */
    public static InteractionModel read(java.nio.file.Path file) {
        try {
            return parse(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    public static InteractionModel parse(JsonNode root) {
        JsonNode language = root.path("interactionModel").path("languageModel");
        List<Intent> intents = new ArrayList<>();
        for (JsonNode intent : language.path("intents")) {
            Map<String, String> slots = new LinkedHashMap<>();
            for (JsonNode slot : intent.path("slots")) {
                slots.put(slot.path("name").asText(), slot.path("type").asText());
            }
            intents.add(new Intent(intent.path("name").asText(), slots, texts(intent.path("samples"))));
        }
        Map<String, List<SlotValue>> types = new LinkedHashMap<>();
        for (JsonNode type : language.path("types")) {
            List<SlotValue> values = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                JsonNode name = value.path("name");
                values.add(new SlotValue(value.path("id").asText(null), name.path("value").asText(),
                        texts(name.path("synonyms"))));
            }
            types.put(type.path("name").asText(), values);
        }
        return new InteractionModel(language.path("invocationName").asText(), intents, types);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
