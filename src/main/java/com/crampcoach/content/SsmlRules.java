package com.crampcoach.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alexa's rules for SSML: the tags and attribute values it accepts, breaks of at most ten seconds, and
 * at most {@value #MAX_CHARS} characters. A response that breaks one of them fails as a whole on the device.
 */
public final class SsmlRules {

    public static final int MAX_CHARS = 8000;

    private static final Pattern TIME = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s)");
    private static final Pattern PERCENT = Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)%");
    private static final Pattern DECIBELS = Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)dB");

    private static final Predicate<String> ANY = v -> !v.isEmpty();

    /** Tag to its allowed attributes, each with a check of its value. */
    private static final Map<String, Map<String, Predicate<String>>> TAGS = Map.ofEntries(
            Map.entry("speak", Map.of()),
            Map.entry("p", Map.of()),
            Map.entry("s", Map.of()),
            Map.entry("break", Map.of(
                    "time", SsmlRules::validBreakTime,
                    "strength", oneOf("none", "x-weak", "weak", "medium", "strong", "x-strong"))),
            Map.entry("prosody", Map.of(
                    "rate", v -> oneOf("x-slow", "slow", "medium", "fast", "x-fast").test(v) || percentAtLeast(v, 20),
                    "pitch", v -> oneOf("x-low", "low", "medium", "high", "x-high").test(v) || percentWithin(v, -33.3, 50),
                    "volume", v -> oneOf("silent", "x-soft", "soft", "medium", "loud", "x-loud").test(v) || decibelsAtMost(v, 4.08))),
            Map.entry("amazon:effect", Map.of("name", oneOf("whispered"))),
            Map.entry("amazon:domain", Map.of("name", oneOf("conversational", "long-form", "music", "news", "fun"))),
            Map.entry("amazon:emotion", Map.of(
                    "name", oneOf("excited", "disappointed"),
                    "intensity", oneOf("low", "medium", "high"))),
            Map.entry("audio", Map.of("src", v -> v.startsWith("https://"))),
            Map.entry("emphasis", Map.of("level", oneOf("strong", "moderate", "reduced"))),
            Map.entry("lang", Map.of("xml:lang", ANY)),
            Map.entry("say-as", Map.of("interpret-as", ANY, "format", ANY)),
            Map.entry("sub", Map.of("alias", ANY)),
            Map.entry("voice", Map.of("name", ANY)),
            Map.entry("w", Map.of("role", ANY)),
            Map.entry("phoneme", Map.of("alphabet", oneOf("ipa", "x-sampa"), "ph", ANY)));

    private SsmlRules() {
    }

    /** A rule that an element breaks, and the line the element starts on. */
    public record Finding(int line, String message) {
    }

    /** Every rule a whole {@code <speak>} document breaks; empty when Alexa will accept it. */
    public static List<String> problems(String speak) {
        List<String> problems = new ArrayList<>();
        if (speak.length() > MAX_CHARS) {
            problems.add("is " + speak.length() + " characters long; Alexa allows " + MAX_CHARS);
        }
        Xml.Element root;
        try {
            root = Xml.parse(speak);
        } catch (Xml.XmlException e) {
            problems.add("is not well-formed XML: " + e.getMessage());
            return problems;
        }
        if (!root.name().equals("speak")) {
            problems.add("must be wrapped in <speak>, not <" + root.name() + ">");
        }
        List<Finding> findings = new ArrayList<>();
        check(root, findings);
        findings.forEach(finding -> problems.add(finding.message()));
        return problems;
    }

    /**
     * Every rule broken by an element of a content file and the elements inside it, each at the element's own
     * line, so that a problem points at the offending tag rather than at the response around it.
     */
    public static List<Finding> elementProblems(Xml.Element element) {
        List<Finding> findings = new ArrayList<>();
        check(element, findings);
        return findings;
    }

    /** Every rule a fragment (SSML without {@code <speak>}) breaks. */
    public static List<String> fragmentProblems(String fragment) {
        return problems("<speak>" + fragment + "</speak>");
    }

    private static void check(Xml.Element element, List<Finding> problems) {
        Map<String, Predicate<String>> allowed = TAGS.get(element.name());
        if (allowed == null) {
            problems.add(new Finding(element.line(), "uses <" + element.name() + ">, which Alexa does not support"));
        } else {
            element.attributes().forEach((name, value) -> {
                Predicate<String> valid = allowed.get(name);
                if (valid == null) {
                    problems.add(new Finding(element.line(),
                            "<" + element.name() + "> has attribute " + name + ", which Alexa does not support"));
                } else if (!valid.test(value)) {
                    problems.add(new Finding(element.line(),
                            "<" + element.name() + " " + name + "=\"" + value + "\"> is not a value Alexa accepts"));
                }
            });
        }
        for (Xml.Element child : element.elements()) {
            check(child, problems);
        }
    }

    private static boolean validBreakTime(String value) {
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            return false;
        }
        double ms = Double.parseDouble(m.group(1)) * ("s".equals(m.group(2)) ? 1000 : 1);
        return ms <= HoldRenderer.MAX_BREAK_MS;
    }

    private static Predicate<String> oneOf(String... values) {
        Set<String> set = Set.of(values);
        return set::contains;
    }

    private static boolean percentAtLeast(String value, double min) {
        Matcher m = PERCENT.matcher(value);
        return m.matches() && Double.parseDouble(m.group(1)) >= min;
    }

    private static boolean percentWithin(String value, double min, double max) {
        Matcher m = PERCENT.matcher(value);
        return m.matches() && Double.parseDouble(m.group(1)) >= min && Double.parseDouble(m.group(1)) <= max;
    }

    private static boolean decibelsAtMost(String value, double max) {
        Matcher m = DECIBELS.matcher(value);
        return m.matches() && Double.parseDouble(m.group(1)) <= max;
    }
}
