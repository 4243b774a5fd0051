package com.crampcoach.local;

import java.util.List;

/**
 * How {@code chat} decides which intent a line means: the exact matcher first; when it finds nothing, or
 * only a sample whose slot words match no value, the {@link ApproximateMatcher}'s closest samples are
 * consulted, and the best one is used if it is at or above the threshold. Tests and {@code invoke} keep
 * to the exact matcher, whose answer does not depend on a guess.
 */
public final class Router {

    private final InteractionModel model;
    private final UtteranceMatcher exact;
    /** Built the first time a line is not matched exactly: most lines are. */
    private ApproximateMatcher approximate;

    public Router(InteractionModel model) {
        this.model = model;
        this.exact = new UtteranceMatcher(model);
    }

    /** The intent chosen, whether it was a guess, and the closest samples (empty when the match was exact). */
    public record Route(UtteranceMatcher.Match match, boolean approximate, List<ApproximateMatcher.Guess> closest) {
    }

    public Route route(String utterance) {
        UtteranceMatcher.Match exactMatch = exact.match(utterance);
        boolean sure = !exactMatch.intent().equals("AMAZON.FallbackIntent")
                && exactMatch.slots().values().stream().allMatch(fill -> fill == null || fill.resolved());
        if (sure) {
            return new Route(exactMatch, false, List.of());
        }
        if (approximate == null) {
            approximate = ApproximateMatcher.of(model);
        }
        List<ApproximateMatcher.Guess> closest = approximate.closest(utterance, 3);
        if (!closest.isEmpty() && closest.get(0).score() >= ApproximateMatcher.THRESHOLD) {
            return new Route(closest.get(0).match(), true, closest);
        }
        return new Route(exactMatch, false, closest);
    }
}
