package com.crampcoach.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands one phrase pattern into every sample it stands for.
 * <ul>
 *   <li>{@code (a|b c)}: one of the alternatives, each a sequence of words;</li>
 *   <li>{@code [a|b]}: one of them, or nothing;</li>
 *   <li>{@code <name>}: the word list {@code name} for this locale (a list is itself a pattern);</li>
 *   <li>{@code {slot}}: kept as it is, for Alexa to fill.</li>
 * </ul>
 */
final class Pattern {

    private static final int MAX_DEPTH = 20;
    static final int FULL_PRODUCT = 32;

    private final String text;
    private final String locale;
    private final Map<String, Map<String, String>> lists;
    private final PhraseSource.Line line;
    private final int depth;
    /** Set when any part of this pattern (or a list in it) was cut to a covering set: shared with those lists. */
    private final boolean[] cut;
    private int at;

    private Pattern(String text, String locale, Map<String, Map<String, String>> lists, PhraseSource.Line line, int depth,
            boolean[] cut) {
        this.text = text;
        this.locale = locale;
        this.lists = lists;
        this.line = line;
        this.depth = depth;
        this.cut = cut;
    }

    /**
     * A pattern's expansions, and whether it stands for more combinations than those: somewhere, more than
     * {@value #FULL_PRODUCT} of them were cut to a covering set. A cut is fine for samples (Alexa learns from varied
     * words); not for a slot value's synonyms, where each combination left out is a way of saying the value that no
     * longer resolves to it.
     */
    record Expansion(List<String> words, boolean cut) {
    }

    /** Every expansion, single-spaced, in the order written, without repeats. */
    static List<String> expand(String pattern, String locale, Map<String, Map<String, String>> lists, PhraseSource.Line line) {
        return expansion(pattern, locale, lists, line).words();
    }

    /** Every expansion as {@link #expand} gives it, and whether any part was cut to a covering set. */
    static Expansion expansion(String pattern, String locale, Map<String, Map<String, String>> lists, PhraseSource.Line line) {
        boolean[] cut = new boolean[1];
        List<String> words = new ArrayList<>(clean(new Pattern(pattern, locale, lists, line, 0, cut).top()));
        return new Expansion(words, cut[0]);
    }

    private static Set<String> clean(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        raw.forEach(s -> out.add(s.strip().replaceAll("\\s+", " ")));
        return out;
    }

    private List<String> top() {
        List<String> result = alternatives();
        if (at < text.length()) {
            throw PhraseSource.error(line, "unexpected '" + text.charAt(at) + "' at character " + (at + 1));
        }
        return result;
    }

    /** sequence ('|' sequence)* */
    private List<String> alternatives() {
        List<String> result = new ArrayList<>(sequence());
        while (at < text.length() && text.charAt(at) == '|') {
            at++;
            result.addAll(sequence());
        }
        return result;
    }

    /** Items up to '|', ')' or ']': every combination of their choices, or a covering set if that is too many. */
    private List<String> sequence() {
        List<List<String>> items = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '|' || c == ')' || c == ']') {
                break;
            }
            List<String> item;
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            if (at > 0 && glued(text.charAt(at - 1), c)) {
                // "i('m| am)" would read as "i 'm": every item stands apart, so write "(i'm|i am)".
                throw PhraseSource.error(line, "put a space between \"" + text.charAt(at - 1) + "\" and \"" + c
                        + "\" (character " + (at + 1) + "): a group or word cannot be glued to its neighbour");
            }
            if (c == '(' || c == '[') {
                at++;
                item = alternatives();
                char close = c == '(' ? ')' : ']';
                if (at >= text.length() || text.charAt(at) != close) {
                    throw PhraseSource.error(line, "'" + c + "' is not closed by '" + close + "'");
                }
                at++;
                if (c == '[') {
                    item.add(0, ""); // saying nothing is the plainest choice, so it comes first
                }
            } else if (c == '<') {
                int end = text.indexOf('>', at);
                if (end < 0) {
                    throw PhraseSource.error(line, "'<' without '>'");
                }
                item = list(text.substring(at + 1, end).strip());
                at = end + 1;
            } else {
                int start = at;
                while (at < text.length() && "|()[]<> \t".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                item = List.of(text.substring(start, at));
            }
            items.add(item);
        }
        return combine(items);
    }

    /**
     * Every combination when there are at most {@link #FULL_PRODUCT} of them. Beyond that, one choice at a
     * time: the first choice of every item (write the most common first), then each other choice of each
     * item with the first choices of the rest, so that every word written appears. Alexa learns
     * from the variety of words, not from every product of them, and a full product would break the size
     * limits (see ModelGenerator).
     */
    private List<String> combine(List<List<String>> items) {
        long product = 1;
        int widest = 1;
        for (List<String> item : items) {
            product *= item.size();
            widest = Math.max(widest, item.size());
        }
        List<String> result = new ArrayList<>();
        if (product <= FULL_PRODUCT) {
            result.add("");
            for (List<String> item : items) {
                List<String> next = new ArrayList<>(result.size() * item.size());
                for (String before : result) {
                    for (String after : item) {
                        next.add(join(before, after));
                    }
                }
                result = next;
            }
            return result;
        }
        // One choice at a time: the first choice of every item, then each other choice of each item in turn.
        cut[0] = true;
        List<String> first = new ArrayList<>();
        items.forEach(item -> first.add(item.get(0)));
        result.add(String.join(" ", first));
        for (int k = 0; k < items.size(); k++) {
            for (int o = 1; o < items.get(k).size(); o++) {
                List<String> varied = new ArrayList<>(first);
                varied.set(k, items.get(k).get(o));
                result.add(String.join(" ", varied));
            }
        }
        return result;
    }

    private static String join(String before, String after) {
        return before.isEmpty() ? after : after.isEmpty() ? before : before + " " + after;
    }

    private static boolean glued(char before, char c) {
        boolean beforeEndsItem = !Character.isWhitespace(before) && "([|".indexOf(before) < 0;
        boolean startsGroup = c == '(' || c == '[' || c == '<';
        boolean afterGroup = before == ')' || before == ']' || before == '>';
        return beforeEndsItem && (startsGroup || afterGroup);
    }

    private List<String> list(String name) {
        Map<String, String> byLocale = lists.get(name);
        String pattern = byLocale == null ? null : byLocale.getOrDefault(locale, byLocale.get(""));
        if (pattern == null) {
            throw PhraseSource.error(line, "no list <" + name + "> for " + locale);
        }
        if (depth >= MAX_DEPTH) {
            throw PhraseSource.error(line, "list <" + name + "> refers to itself");
        }
        return new Pattern(pattern, locale, lists, line, depth + 1, cut).top();
    }
}
