package com.crampcoach.content;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Everything one locale's content says: prompts by key and the cadence of timed holds. */
public final class Catalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private final String locale;
    private final Map<String, Prompt> prompts;
    private final Map<String, Value> values;
    private final Map<String, String> phrases;
    private final Map<String, Routine> routines;
    private final HoldCues holdCues;
    private final Map<String, Prompt.Source> sources;
    private final Set<String> urgent;

    public Catalog(String locale, Map<String, Prompt> prompts, Map<String, Value> values, Map<String, String> phrases,
            Collection<Routine> routines, HoldCues holdCues) {
        this(locale, prompts, values, phrases, routines, holdCues, Map.of());
    }

    /** With {@code sources}: where each phrase, value and hold cue was written (see {@link #sourceOf}). */
    Catalog(String locale, Map<String, Prompt> prompts, Map<String, Value> values, Map<String, String> phrases,
            Collection<Routine> routines, HoldCues holdCues, Map<String, Prompt.Source> sources) {
        this.locale = locale;
        this.prompts = Map.copyOf(prompts);
        this.values = Map.copyOf(values);
        this.urgent = values.values().stream().filter(Value::urgent).map(Value::ssml)
                .collect(Collectors.toUnmodifiableSet());
        this.phrases = Map.copyOf(phrases);
        Map<String, Routine> byId = new LinkedHashMap<>();
        routines.forEach(routine -> byId.put(routine.id(), routine));
        this.routines = Collections.unmodifiableMap(byId);
        this.holdCues = holdCues;
        this.sources = Map.copyOf(sources);
    }

    public String locale() {
        return locale;
    }

    public Set<String> keys() {
        return prompts.keySet();
    }

    public boolean has(Key key) {
        return has(key.id());
    }

    public boolean has(String key) {
        return prompts.containsKey(key);
    }

    public Prompt prompt(String key) {
        Prompt prompt = prompts.get(key);
        if (prompt == null) {
            throw new ContentException("no content for key '" + key + "' in " + locale);
        }
        return prompt;
    }

    /** The locale's own values, such as {@code emergencyNumber}, that fill placeholders in every answer. */
    public Map<String, Value> values() {
        return values;
    }

    /** The speech of the values a sentence is never quietened for (see {@link Preferences#apply}). */
    public Set<String> urgent() {
        return urgent;
    }

    /** SSML fragments the code assembles into answers, such as a routine's "Now the other side." */
    public Map<String, String> phrases() {
        return phrases;
    }

    /** The routines, in the order their files were read. */
    public Collection<Routine> routines() {
        return routines.values();
    }

    public Optional<Routine> routine(String id) {
        return Optional.ofNullable(id == null ? null : routines.get(id));
    }

    public String phrase(Phrase phrase, Map<String, String> given) {
        return phrase(phrase.id(), given);
    }

    public String phraseText(Phrase phrase, Map<String, String> given) {
        return phraseText(phrase.id(), given);
    }

    /** A phrase as SSML, its placeholders filled from {@code given} and the locale's values. */
    public String phrase(String key, Map<String, String> given) {
        return fill(phraseTemplate(key), merged(given), true, key);
    }

    /** A phrase as plain text, for a card. */
    public String phraseText(String key, Map<String, String> given) {
        return fill(phraseTemplate(key), merged(given), false, key).replaceAll("<[^>]*>", "");
    }

    /** Plain text written in this locale's content (a routine step's card, say), placeholders filled. */
    public String text(String template, Map<String, String> given) {
        return fill(template, merged(given), false, "card text");
    }

    /** Any SSML written in this locale's content (a routine's instruction, say), placeholders filled. */
    public String render(String ssml, Map<String, String> given) {
        return fill(ssml, merged(given), true, "routine text");
    }

    private String phraseTemplate(String key) {
        String phrase = phrases.get(key);
        if (phrase == null) {
            throw new ContentException("no phrase '" + key + "' in " + locale);
        }
        return phrase;
    }

    private Map<String, Value> merged(Map<String, String> given) {
        Map<String, Value> values = new HashMap<>(this.values);
        given.forEach((name, text) -> values.put(name, Value.of(text)));
        return values;
    }

    public HoldCues holdCues() {
        return holdCues;
    }

    /**
     * Where a piece of content other than a prompt or routine was written, so that the linter can name the file
     * and line: {@code "phrase routine.next"}, {@code "value emergencyNumber"}, {@code "cue 30"}, {@code "filler"}
     * or {@code "release"}. Null if it was not read from a file.
     */
    public Prompt.Source sourceOf(String fragment) {
        return sources.get(fragment);
    }

    Map<String, Prompt.Source> sources() {
        return sources;
    }

    public Reply reply(String key) {
        return reply(key, Map.of(), 0);
    }

    public Reply reply(String key, Map<String, String> given) {
        return reply(key, given, 0);
    }

    public Reply reply(Key key) {
        return reply(key.id(), Map.of(), 0);
    }

    public Reply reply(Key key, Map<String, String> given) {
        return reply(key.id(), given, 0);
    }

    /**
     * Renders a prompt, filling {@code {name}} placeholders from {@code given}, then the locale's values. Every
     * timed hold lasts {@code holdSeconds} (0: as written), and {@code {hold}} is the first hold's length, so that
     * a card says what the voice does.
     */
    public Reply reply(String key, Map<String, String> given, int holdSeconds) {
        Prompt prompt = prompt(key);
        Map<String, Value> values = merged(given);
        int firstHold = prompt.firstHoldSeconds();
        if (firstHold > 0) {
            values.put(HOLD, Value.of(String.valueOf(holdSeconds > 0 ? holdSeconds : firstHold)));
        }
        StringBuilder speech = new StringBuilder();
        for (Prompt.Segment segment : prompt.speech()) {
            if (!speech.isEmpty()) {
                speech.append(' ');
            }
            if (segment instanceof Prompt.Hold hold) {
                speech.append(HoldRenderer.render(holdSeconds > 0 ? holdSeconds : hold.seconds(), holdCues));
            } else if (segment instanceof Prompt.Text text) {
                speech.append(fill(text.ssml(), values, true, key));
            }
        }
        String reprompt = prompt.reprompt() == null ? null : fill(prompt.reprompt(), values, true, key);
        return new Reply(speech.toString(), reprompt, fill(prompt.cardTitle(), values, false, key),
                fill(prompt.cardText(), values, false, key));
    }

    /** The placeholder a card uses for the length of a hold, as the person will hear it. */
    public static final String HOLD = "hold";

    private String fill(String template, Map<String, Value> values, boolean ssml, String key) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Value value = values.get(m.group(1));
            if (value == null) {
                throw new ContentException("'" + key + "' in " + locale + " needs a value for {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(ssml ? value.ssml() : value.text()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
