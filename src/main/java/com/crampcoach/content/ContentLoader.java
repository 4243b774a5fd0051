package com.crampcoach.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads content files (see {@code src/main/resources/content/README.md}) into prompts and hold cues.
 * Every problem is reported as a {@link ContentException} naming the file and line.
 */
final class ContentLoader {

    private final Map<String, Prompt> prompts = new LinkedHashMap<>();
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, String> phrases = new LinkedHashMap<>();
    private final Map<String, Routine> routines = new LinkedHashMap<>();
    private final List<HoldCues.Cue> cues = new ArrayList<>();
    private String filler;
    private String release;

    ContentLoader(Catalog base) {
        if (base != null) {
            base.keys().forEach(key -> prompts.put(key, base.prompt(key)));
            values.putAll(base.values());
            phrases.putAll(base.phrases());
            base.routines().forEach(routine -> routines.put(routine.id(), routine));
            cues.addAll(base.holdCues().cues());
            filler = base.holdCues().filler();
            release = base.holdCues().release();
        }
    }

    void read(String file, InputStream in) throws IOException {
        Xml.Element root;
        try {
            root = Xml.parse(in);
        } catch (Xml.XmlException e) {
            throw problem(file, e.line(), e.getMessage());
        }
        expect(root, "content", file);
        for (Xml.Element child : root.elements()) {
            switch (child.name()) {
                case "response" -> readResponse(file, child);
                case "hold-cues" -> readHoldCues(file, child);
                case "value" -> values.put(required(child, "name", file),
                        new Value(nonEmpty(child.innerXml(), child, file), Xml.collapse(child.text())));
                case "phrase" -> phrases.put(required(child, "key", file), nonEmpty(child.innerXml(), child, file));
                case "routine" -> readRoutine(file, child);
                default -> throw problem(file, child.line(), "unexpected <" + child.name()
                        + ">; expected <response>, <routine>, <phrase>, <value> or <hold-cues>");
            }
        }
    }

    Catalog catalog(String locale) {
        if (release == null || filler == null) {
            throw new ContentException(locale + ": no <hold-cues> with <filler> and <release> in any content file");
        }
        return new Catalog(locale, prompts, values, phrases, routines.values(), new HoldCues(cues, filler, release));
    }

    private void readResponse(String file, Xml.Element response) {
        String key = required(response, "key", file);
        Xml.Element speech = null;
        String reprompt = null;
        Xml.Element card = null;
        for (Xml.Element part : response.elements()) {
            switch (part.name()) {
                case "speech" -> speech = part;
                case "reprompt" -> reprompt = nonEmpty(part.innerXml(), part, file);
                case "card" -> card = part;
                default -> throw problem(file, part.line(), "unexpected <" + part.name() + "> in response '" + key + "'");
            }
        }
        if (speech == null) {
            throw problem(file, response.line(), "response '" + key + "' has no <speech>");
        }
        if (card == null) {
            throw problem(file, response.line(), "response '" + key + "' has no <card>");
        }
        Prompt.Source source = new Prompt.Source(file, response.line());
        prompts.put(key, new Prompt(key, segments(file, speech), reprompt,
                required(card, "title", file), cardText(file, card), response.attribute("offer"),
                response.attribute("decline"), source));
    }

    private void readRoutine(String file, Xml.Element routine) {
        String id = required(routine, "id", file);
        String intro = null;
        String outro = null;
        List<Routine.Step> steps = new ArrayList<>();
        for (Xml.Element part : routine.elements()) {
            switch (part.name()) {
                case "intro" -> intro = nonEmpty(part.innerXml(), part, file);
                case "outro" -> outro = nonEmpty(part.innerXml(), part, file);
                case "step" -> steps.add(readStep(file, part));
                default -> throw problem(file, part.line(), "unexpected <" + part.name() + "> in routine '" + id + "'");
            }
        }
        if (steps.isEmpty()) {
            throw problem(file, routine.line(), "routine '" + id + "' has no <step>");
        }
        if (outro == null) {
            throw problem(file, routine.line(), "routine '" + id + "' has no <outro>");
        }
        routines.put(id, new Routine(id, required(routine, "name", file), required(routine, "title", file),
                intro, steps, outro, new Prompt.Source(file, routine.line())));
    }

    private Routine.Step readStep(String file, Xml.Element step) {
        String instruction = null;
        String otherSide = null;
        String card = null;
        for (Xml.Element part : step.elements()) {
            switch (part.name()) {
                case "instruction" -> instruction = nonEmpty(part.innerXml(), part, file);
                case "other-side" -> otherSide = nonEmpty(part.innerXml(), part, file);
                case "card" -> card = cardText(file, part);
                default -> throw problem(file, part.line(), "unexpected <" + part.name() + "> in <step>");
            }
        }
        if (instruction == null || card == null) {
            throw problem(file, step.line(), "a <step> needs an <instruction> and a <card>");
        }
        String sides = step.attributes().getOrDefault("sides", "false");
        if (!sides.equals("true") && !sides.equals("false")) {
            throw problem(file, step.line(), "sides=\"" + sides + "\" must be true or false");
        }
        return new Routine.Step(required(step, "name", file), instruction, otherSide,
                number(file, step, "hold", null, 5, 120), sides.equals("true"),
                number(file, step, "repetitions", "1", 1, 5), number(file, step, "rest", "5", 0, 10),
                card, step.line());
    }

    private static int number(String file, Xml.Element element, String attribute, String fallback, int min, int max) {
        String value = element.attributes().getOrDefault(attribute, fallback);
        if (value == null) {
            throw problem(file, element.line(), "<" + element.name() + "> needs a " + attribute + "=\"...\" attribute");
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(file, element.line(), attribute + "=\"" + value + "\" must be a whole number from " + min + " to " + max);
    }

    private List<Prompt.Segment> segments(String file, Xml.Element speech) {
        List<Prompt.Segment> segments = new ArrayList<>();
        List<Object> pending = new ArrayList<>();
        for (Object child : speech.children()) {
            if (child instanceof Xml.Element e && e.name().equals("hold")) {
                flush(pending, segments);
                segments.add(new Prompt.Hold(number(file, e, "seconds", null, 5, 120)));
            } else {
                pending.add(child);
            }
        }
        flush(pending, segments);
        if (segments.isEmpty()) {
            throw problem(file, speech.line(), "<speech> is empty");
        }
        return segments;
    }

    private static void flush(List<Object> pending, List<Prompt.Segment> segments) {
        String ssml = new Xml.Element("speech", Map.of(), pending, 0).innerXml();
        if (!ssml.isEmpty()) {
            segments.add(new Prompt.Text(ssml));
        }
        pending.clear();
    }

    private static String cardText(String file, Xml.Element card) {
        if (!card.elements().isEmpty()) {
            throw problem(file, card.line(), "a <card> holds plain text only, no tags");
        }
        List<String> lines = new ArrayList<>();
        for (String line : card.text().strip().split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() || (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty())) {
                lines.add(trimmed);
            }
        }
        String text = String.join("\n", lines);
        if (text.isEmpty()) {
            throw problem(file, card.line(), "<card> is empty");
        }
        return text;
    }

    private void readHoldCues(String file, Xml.Element holdCues) {
        cues.clear();
        for (Xml.Element part : holdCues.elements()) {
            switch (part.name()) {
                case "cue" -> {
                    String remaining = required(part, "remaining", file);
                    try {
                        cues.add(new HoldCues.Cue(Integer.parseInt(remaining), nonEmpty(part.innerXml(), part, file)));
                    } catch (NumberFormatException e) {
                        throw problem(file, part.line(), "<cue remaining=\"" + remaining + "\"> must be a whole number");
                    }
                }
                case "filler" -> filler = nonEmpty(part.innerXml(), part, file);
                case "release" -> release = nonEmpty(part.innerXml(), part, file);
                default -> throw problem(file, part.line(), "unexpected <" + part.name() + "> in <hold-cues>");
            }
        }
    }

    private static void expect(Xml.Element element, String name, String file) {
        if (!element.name().equals(name)) {
            throw problem(file, element.line(), "expected <" + name + "> but found <" + element.name() + ">");
        }
    }

    private static String required(Xml.Element element, String attribute, String file) {
        String value = element.attribute(attribute);
        if (value == null || value.isBlank()) {
            throw problem(file, element.line(), "<" + element.name() + "> needs a " + attribute + "=\"...\" attribute");
        }
        return value.strip();
    }

    private static String nonEmpty(String value, Xml.Element element, String file) {
        if (value.isEmpty()) {
            throw problem(file, element.line(), "<" + element.name() + "> is empty");
        }
        return value;
    }

    static ContentException problem(String file, int line, String message) {
        return new ContentException(file + ":" + line + ": " + message);
    }
}
