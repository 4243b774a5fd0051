package com.crampcoach.lint;

import com.crampcoach.content.Problem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An interaction model ({@code interactionModels/custom/<locale>.json}) as the linter needs it: every name,
 * sample and slot type with the line it is written on, so that a problem can point at it.
 */
record ModelFile(String file, String locale, Text invocationName, int intentsLine, List<Intent> intents,
        List<Type> types) {

    /** A string from the file and its line; {@code value} is null when the field is missing. */
    record Text(String value, int line) {
    }

    record Intent(Text name, List<Slot> slots, List<Text> samples) {
    }

    record Slot(Text name, Text type) {
    }

    /** A slot type and the ids of its values (the code sees ids, such as {@code CALF}). */
    record Type(Text name, List<Text> ids) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** Reads a model, or records why it cannot be read and returns null. */
    static ModelFile read(String file, String locale, InputStream in, Consumer<Problem> problems) throws IOException {
        Json root;
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() == null) {
                problems.accept(new Problem(file, 1, "is empty"));
                return null;
            }
            root = Json.parse(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.accept(new Problem(file, line, "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        Json language = root.get("interactionModel").get("languageModel");
        if (!(language.value() instanceof Map)) {
            problems.accept(new Problem(file, language.line(), "no interactionModel.languageModel object"));
            return null;
        }
        List<Intent> intents = new ArrayList<>();
        for (Json intent : language.get("intents").items()) {
            List<Slot> slots = new ArrayList<>();
            for (Json slot : intent.get("slots").items()) {
                slots.add(new Slot(slot.get("name").text(), slot.get("type").text()));
            }
            intents.add(new Intent(intent.get("name").text(), slots,
                    intent.get("samples").items().stream().map(Json::text).toList()));
        }
        List<Type> types = new ArrayList<>();
        for (Json type : language.get("types").items()) {
            types.add(new Type(type.get("name").text(),
                    type.get("values").items().stream().map(value -> value.get("id").text()).toList()));
        }
        return new ModelFile(file, locale, language.get("invocationName").text(), language.get("intents").line(),
                intents, types);
    }

    /**
     * A JSON value (a map, a list, a string or other scalar's text, or null) and the line it starts on. A missing
     * field is a null value on its parent's line, so that a problem about it points at the object it is missing from.
     */
    private record Json(Object value, int line) {

        Json get(String field) {
            Json child = value instanceof Map<?, ?> fields ? (Json) fields.get(field) : null;
            return child != null ? child : new Json(null, line);
        }

        List<Json> items() {
            List<Json> items = new ArrayList<>();
            if (value instanceof List<?> list) {
                list.forEach(item -> items.add((Json) item));
            }
            return items;
        }

        Text text() {
            return new Text(value instanceof String s ? s : null, line);
        }

        /** Reads the value at the parser's current token, with its line. */
        static Json parse(JsonParser parser) throws IOException {
            int line = parser.currentTokenLocation().getLineNr();
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                Map<String, Json> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    fields.put(name, parse(parser));
                }
                return new Json(fields, line);
            }
            if (token == JsonToken.START_ARRAY) {
                List<Json> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(parse(parser));
                }
                return new Json(items, line);
            }
            return new Json(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
        }
    }
}
