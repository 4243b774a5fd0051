package com.crampcoach.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source of what people say ({@code interactionModels/phrases.txt}), parsed: word lists, slot types,
 * intents and their phrase patterns, some of them for certain locales only. The format is described at
 * the top of that file; {@link Pattern} expands one pattern into sample utterances.
 */
public record PhraseSource(String invocationName, List<String> locales, Set<String> pending,
        Map<String, Map<String, String>> lists, List<SlotType> types, List<Intent> intents) {

    /** A line of the source, for error messages. */
    public record Line(int number, String text) {
    }

    /** A pattern that applies in every locale ({@code locales} empty) or only in the ones listed. */
    public record Phrase(Line line, Set<String> locales, String pattern) {
        boolean appliesTo(String locale) {
            return locales.isEmpty() || locales.contains(locale);
        }
    }

    public record Intent(String name, Map<String, String> slots, List<Phrase> phrases, Line line) {
    }

    /** A slot value: its id and the patterns whose expansions are its name (the first) and synonyms. */
    public record Value(String id, List<Phrase> phrases) {
    }

    public record SlotType(String name, List<Value> values) {
    }

    /** Reads the source text; any line it does not understand is an error naming that line. */
    public static PhraseSource parse(String text) {
        String invocation = null;
        List<String> locales = new ArrayList<>();
        Set<String> pending = new LinkedHashSet<>();
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        List<SlotType> types = new ArrayList<>();
        List<Intent> intents = new ArrayList<>();
        Intent intent = null;
        SlotType type = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Line line = new Line(i + 1, lines[i]);
            String content = stripComment(lines[i]);
            if (content.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(content.charAt(0));
            String body = content.strip();
            if (!indented) {
                intent = null;
                type = null;
                String[] words = body.split("\\s+", 2);
                String rest = words.length > 1 ? words[1].strip() : "";
                switch (words[0]) {
                    case "invocation" -> invocation = rest;
                    case "locales" -> locales.addAll(List.of(rest.split("\\s+")));
                    case "pending" -> pending.addAll(List.of(rest.split("[\\s,]+")));
                    case "list" -> {
                        int equals = rest.indexOf('=');
                        if (equals < 0) {
                            throw error(line, "a list is written: list name = a | b | c");
                        }
                        LocaleScope scope = LocaleScope.of(rest.substring(0, equals).strip(), line);
                        Map<String, String> byLocale = lists.computeIfAbsent(scope.name(), n -> new LinkedHashMap<>());
                        String pattern = rest.substring(equals + 1).strip();
                        if (scope.locales().isEmpty()) {
                            byLocale.put("", pattern);
                        } else {
                            scope.locales().forEach(locale -> byLocale.put(locale, pattern));
                        }
                    }
                    case "type" -> {
                        // Named again, a type goes on with more values, or more words for the ones it has.
                        type = types.stream().filter(named -> named.name().equals(rest)).findFirst().orElse(null);
                        if (type == null) {
                            type = new SlotType(rest, new ArrayList<>());
                            types.add(type);
                        }
                    }
                    case "intent" -> {
                        String[] parts = rest.split("\\s+");
                        Map<String, String> slots = new LinkedHashMap<>();
                        for (int p = 1; p < parts.length; p++) {
                            String[] slot = parts[p].split(":");
                            if (slot.length != 2) {
                                throw error(line, "a slot is written name:Type, as in bodyPart:BodyPart");
                            }
                            slots.put(slot[0], slot[1]);
                        }
                        // Named again, an intent goes on where it was left, with any slots the new line adds: a
                        // section of the file can add to intents declared elsewhere ("said in the same breath").
                        Intent earlier = intents.stream().filter(named -> named.name().equals(parts[0])).findFirst().orElse(null);
                        if (earlier == null) {
                            intent = new Intent(parts[0], slots, new ArrayList<>(), line);
                            intents.add(intent);
                        } else {
                            for (Map.Entry<String, String> slot : slots.entrySet()) {
                                String before = earlier.slots().putIfAbsent(slot.getKey(), slot.getValue());
                                if (before != null && !before.equals(slot.getValue())) {
                                    throw error(line, "the slot " + slot.getKey() + " of " + parts[0] + " is a " + before
                                            + " where the intent was first named");
                                }
                            }
                            intent = earlier;
                        }
                    }
                    default -> throw error(line, "expected invocation, locales, pending, list, type or intent");
                }
            } else if (intent != null) {
                intent.phrases().add(phrase(line, body));
            } else if (type != null) {
                int equals = body.indexOf('=');
                if (equals < 0) {
                    throw error(line, "a slot value is written: ID = name | synonym | synonym");
                }
                LocaleScope scope = LocaleScope.of(body.substring(0, equals).strip(), line);
                String id = scope.name();
                Value value = type.values().stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
                if (value == null) {
                    value = new Value(id, new ArrayList<>());
                    type.values().add(value);
                }
                for (String alternative : splitTop(body.substring(equals + 1))) {
                    value.phrases().add(new Phrase(line, scope.locales(), alternative.strip()));
                }
            } else {
                throw error(line, "an indented line belongs under an intent or a type");
            }
        }
        if (invocation == null || locales.isEmpty()) {
            throw new IllegalArgumentException("the source needs an 'invocation' line and a 'locales' line");
        }
        return new PhraseSource(invocation, locales, pending, lists, types, intents);
    }

    /** "@en-GB,en-AU: pattern" applies only there; a plain pattern everywhere. */
    private static Phrase phrase(Line line, String body) {
        if (body.startsWith("@")) {
            int colon = body.indexOf(':');
            if (colon < 0) {
                throw error(line, "a phrase for some locales is written @en-GB,en-AU: pattern");
            }
            Set<String> locales = new LinkedHashSet<>(List.of(body.substring(1, colon).strip().split("\\s*,\\s*")));
            return new Phrase(line, locales, body.substring(colon + 1).strip());
        }
        return new Phrase(line, Set.of(), body);
    }

    /** "name" or "name@en-GB,en-AU". */
    private record LocaleScope(String name, Set<String> locales) {
        static LocaleScope of(String text, Line line) {
            int at = text.indexOf('@');
            if (at < 0) {
                return new LocaleScope(text, Set.of());
            }
            if (at == 0) {
                throw error(line, "a name is missing before @");
            }
            return new LocaleScope(text.substring(0, at).strip(),
                    new LinkedHashSet<>(List.of(text.substring(at + 1).strip().split("\\s*,\\s*"))));
        }
    }

    /** Splits on the '|' that are outside brackets. */
    static List<String> splitTop(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            }
            if (c == '|' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    static IllegalArgumentException error(Line line, String message) {
        return new IllegalArgumentException("phrases.txt line " + line.number() + ": " + message + "\n    "
                + line.text().strip());
    }
}
