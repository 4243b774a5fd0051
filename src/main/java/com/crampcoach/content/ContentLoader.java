package com.crampcoach.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads content files (see {@code src/main/resources/content/README.md}) into prompts and hold cues.
 * A broken element is left out and recorded as a {@link Problem} naming the file and line, and reading goes
 * on with the next one, so that one run reports every problem rather than only the first.
 */
final class ContentLoader {

    /** An {@code &} that does not start an entity: the XML parser's own words for it are obscure. */
    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?![a-zA-Z][a-zA-Z0-9]*;|#[0-9]+;|#x[0-9a-fA-F]+;)");

    private final Map<String, Prompt> prompts = new LinkedHashMap<>();
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, String> phrases = new LinkedHashMap<>();
    private final Map<String, Routine> routines = new LinkedHashMap<>();
    private final Map<String, Prompt.Source> sources = new LinkedHashMap<>();
    private final List<HoldCues.Cue> cues = new ArrayList<>();
    private String filler;
    private String release;
    /** A set, so that asking for the catalog twice does not report missing hold cues twice. */
    private final Set<Problem> problems = new LinkedHashSet<>();

    ContentLoader(Catalog base) {
        if (base != null) {
            base.keys().forEach(key -> prompts.put(key, base.prompt(key)));
            values.putAll(base.values());
            phrases.putAll(base.phrases());
            base.routines().forEach(routine -> routines.put(routine.id(), routine));
            sources.putAll(base.sources());
            cues.addAll(base.holdCues().cues());
            filler = base.holdCues().filler();
            release = base.holdCues().release();
        }
    }

    /** Reads one file; what is broken is left out and recorded in {@link #problems()}. */
    void read(String file, InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        Xml.Element root;
        try {
            root = Xml.parse(new ByteArrayInputStream(bytes));
        } catch (Xml.XmlException e) {
            problems.add(new Problem(file, e.line(), explain(e, bytes)));
            return;
        }
        if (!root.name().equals("content")) {
            problems.add(new Problem(file, root.line(), "expected <content> but found <" + root.name() + ">"));
            return;
        }
        for (Xml.Element child : root.elements()) {
            try {
                readElement(file, child);
            } catch (Broken e) {
                problems.add(e.problem);
            }
        }
    }

    private void readElement(String file, Xml.Element child) {
        switch (child.name()) {
            case "response" -> readResponse(file, child);
            case "hold-cues" -> readHoldCues(file, child);
            case "value" -> {
                String name = required(child, "name", file);
                // A locale's own value keeps the urgency of the one it replaces: a translation cannot quieten it.
                boolean urgent = flag(file, child, "urgent") || (values.containsKey(name) && values.get(name).urgent());
                values.put(name, new Value(nonEmpty(child.innerXml(), child, file), Xml.collapse(child.text()),
                        urgent));
                checkSsml(file, child, "<value name=\"" + name + "\">", false);
                sources.put("value " + name, new Prompt.Source(file, child.line()));
            }
            case "phrase" -> {
                String key = required(child, "key", file);
                phrases.put(key, nonEmpty(child.innerXml(), child, file));
                checkSsml(file, child, "<phrase key=\"" + key + "\">", false);
                sources.put("phrase " + key, new Prompt.Source(file, child.line()));
            }
            case "routine" -> readRoutine(file, child);
            default -> throw problem(file, child.line(), "unexpected <" + child.name()
                    + ">; expected <response>, <routine>, <phrase>, <value> or <hold-cues>");
        }
    }

    /** The parser's message, and in plain words what to do about the commonest mistake. */
    private static String explain(Xml.XmlException e, byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
        if (e.line() >= 1 && e.line() <= lines.length && BARE_AMPERSAND.matcher(lines[e.line() - 1]).find()) {
            return "a bare & (write &amp; or the word \"and\"): " + e.getMessage();
        }
        return "not well-formed XML: " + e.getMessage();
    }

    /** Every problem found so far, in the order found. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** What has been read, leaving out anything broken; see {@link #problems()}. */
    Catalog partialCatalog(String locale) {
        if (release == null || filler == null) {
            problems.add(new Problem(locale, 0, "no <hold-cues> with <filler> and <release> in any content file"));
        }
        HoldCues holdCues = new HoldCues(cues, filler == null ? "" : filler, release == null ? "" : release);
        return new Catalog(locale, prompts, values, phrases, routines.values(), holdCues, sources);
    }

    /** The catalog, or a {@link ContentException} naming every problem with its file and line. */
    Catalog catalog(String locale) {
        Catalog catalog = partialCatalog(locale);
        if (!problems.isEmpty()) {
            throw new ContentException(Problem.lines(problems));
        }
        return catalog;
    }

    private void readResponse(String file, Xml.Element response) {
        String key = required(response, "key", file);
        Xml.Element speech = null;
        Xml.Element repromptElement = null;
        String reprompt = null;
        Xml.Element card = null;
        for (Xml.Element part : response.elements()) {
            switch (part.name()) {
                case "speech" -> speech = part;
                case "reprompt" -> {
                    reprompt = nonEmpty(part.innerXml(), part, file);
                    repromptElement = part;
                }
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
        checkSsml(file, speech, "'" + key + "' <speech>", true);
        if (repromptElement != null) {
            checkSsml(file, repromptElement, "'" + key + "' <reprompt>", false);
        }
        Prompt.Source source = new Prompt.Source(file, response.line());
        prompts.put(key, new Prompt(key, segments(file, speech), reprompt,
                required(card, "title", file), cardText(file, card), followUp(file, response, "offer"),
                followUp(file, response, "decline"), source));
    }

    /** An {@code offer} or {@code decline}, read into what it does; null when the response has none. */
    private FollowUp followUp(String file, Xml.Element response, String attribute) {
        String written = response.attribute(attribute);
        if (written == null) {
            return null;
        }
        try {
            return FollowUp.parse(written);
        } catch (IllegalArgumentException e) {
            throw problem(file, response.line(), attribute + "=\"" + written + "\": " + e.getMessage());
        }
    }

    private void readRoutine(String file, Xml.Element routine) {
        String id = required(routine, "id", file);
        String intro = null;
        String outro = null;
        List<Routine.Step> steps = new ArrayList<>();
        for (Xml.Element part : routine.elements()) {
            switch (part.name()) {
                case "intro" -> {
                    intro = nonEmpty(part.innerXml(), part, file);
                    checkSsml(file, part, "routine '" + id + "' <intro>", false);
                }
                case "outro" -> {
                    outro = nonEmpty(part.innerXml(), part, file);
                    checkSsml(file, part, "routine '" + id + "' <outro>", false);
                }
                case "step" -> steps.add(readStep(file, part, "routine '" + id + "'"));
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

    private Routine.Step readStep(String file, Xml.Element step, String routine) {
        String instruction = null;
        String otherSide = null;
        String card = null;
        for (Xml.Element part : step.elements()) {
            switch (part.name()) {
                case "instruction" -> {
                    instruction = nonEmpty(part.innerXml(), part, file);
                    checkSsml(file, part, routine + " step '" + step.attribute("name") + "' <instruction>", false);
                }
                case "other-side" -> {
                    otherSide = nonEmpty(part.innerXml(), part, file);
                    checkSsml(file, part, routine + " step '" + step.attribute("name") + "' <other-side>", false);
                }
                case "card" -> card = cardText(file, part);
                default -> throw problem(file, part.line(), "unexpected <" + part.name() + "> in <step>");
            }
        }
        if (instruction == null || card == null) {
            throw problem(file, step.line(), "a <step> needs an <instruction> and a <card>");
        }
        boolean sides = flag(file, step, "sides");
        // Required: a routine played through gives time to move when the position changes (RoutineRenderer).
        String position = required(step, "position", file);
        Routine.Position where = Routine.Position.byId(position).orElseThrow(() -> problem(file, step.line(),
                "position=\"" + position + "\" must be one of " + java.util.Arrays.stream(Routine.Position.values())
                        .map(Routine.Position::id).toList()));
        return new Routine.Step(required(step, "name", file), instruction, otherSide,
                number(file, step, "hold", null, 5, 120), sides,
                number(file, step, "repetitions", "1", 1, 5), number(file, step, "rest", "5", 0, 10),
                card, step.line(), where);
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
            try {
                readHoldCue(file, part);
            } catch (Broken e) {
                problems.add(e.problem); // one broken cue should not silence the others
            }
        }
    }

    private void readHoldCue(String file, Xml.Element part) {
        switch (part.name()) {
            case "cue" -> {
                String remaining = required(part, "remaining", file);
                int seconds;
                try {
                    seconds = Integer.parseInt(remaining);
                } catch (NumberFormatException e) {
                    throw problem(file, part.line(), "<cue remaining=\"" + remaining + "\"> must be a whole number");
                }
                cues.add(new HoldCues.Cue(seconds, nonEmpty(part.innerXml(), part, file)));
                checkSsml(file, part, "<cue remaining=\"" + seconds + "\">", false);
                sources.put("cue " + seconds, new Prompt.Source(file, part.line()));
            }
            case "filler" -> {
                filler = nonEmpty(part.innerXml(), part, file);
                checkSsml(file, part, "<filler>", false);
                sources.put("filler", new Prompt.Source(file, part.line()));
            }
            case "release" -> {
                release = nonEmpty(part.innerXml(), part, file);
                checkSsml(file, part, "<release>", false);
                sources.put("release", new Prompt.Source(file, part.line()));
            }
            default -> throw problem(file, part.line(), "unexpected <" + part.name() + "> in <hold-cues>");
        }
    }

    /**
     * Alexa's SSML rules for the tags inside a piece of speech, each problem at the offending tag's own line (not
     * the line of the response around it). The element is kept: the problem fails the build, not the reading.
     */
    private void checkSsml(String file, Xml.Element holder, String what, boolean holdsAllowed) {
        for (Xml.Element tag : holder.elements()) {
            if (holdsAllowed && tag.name().equals("hold")) {
                continue; // ours: rendered into breaks and cues before Alexa sees it
            }
            SsmlRules.elementProblems(tag).forEach(finding ->
                    problems.add(new Problem(file, finding.line(), what + " " + finding.message())));
        }
    }

    private static String required(Xml.Element element, String attribute, String file) {
        String value = element.attribute(attribute);
        if (value == null || value.isBlank()) {
            throw problem(file, element.line(), "<" + element.name() + "> needs a " + attribute + "=\"...\" attribute");
        }
        return value.strip();
    }

    /** A true-or-false attribute; false when it is not written. */
    private static boolean flag(String file, Xml.Element element, String attribute) {
        String value = element.attributes().getOrDefault(attribute, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw problem(file, element.line(), attribute + "=\"" + value + "\" must be true or false");
        }
        return value.equals("true");
    }

    private static String nonEmpty(String value, Xml.Element element, String file) {
        if (value.isEmpty()) {
            throw problem(file, element.line(), "<" + element.name() + "> is empty");
        }
        return value;
    }

    private static Broken problem(String file, int line, String message) {
        return new Broken(new Problem(file, line, message));
    }

    /** Abandons the element being read; {@link #read} records the problem and goes on with the next element. */
    private static final class Broken extends RuntimeException {
        private final transient Problem problem;

        Broken(Problem problem) {
            super(problem.toString(), null, false, false); // control flow, not an error: no stack trace
            this.problem = problem;
        }
    }
}
