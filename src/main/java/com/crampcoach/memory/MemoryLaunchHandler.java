package com.crampcoach.memory;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.content.Routine;
import com.crampcoach.conversation.Preferences;
import com.crampcoach.conversation.Turn;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * "Open cramp coach": one breath of welcome, then what to say. With memory, it also brings back the
 * person's preferences for the session and, if a routine was left part-way within the last day,
 * offers to carry on: "Welcome back. You were on the hamstring stretch of your bedtime routine."
 */
public final class MemoryLaunchHandler implements RequestHandler {

    static final Duration RESUME_WITHIN = Duration.ofDays(1);

    private final Content content;
    private final Memory memory;

    public MemoryLaunchHandler(Content content, Memory memory) {
        this.content = content;
        this.memory = memory;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        if (!memory.available()) {
            return turn.say(Keys.LAUNCH);
        }
        Lookup<Map<String, Object>> read = memory.read(turn.envelope());
        if (read.failed()) {
            return turn.say(Keys.LAUNCH);
        }
        Map<String, Object> data = read.orIfNone(Map.of());
        turn.usePreferences(Preferences.from(data.get("prefs")));
        return Resume.from(data, turn)
                .filter(resume -> !resume.at().isBefore(turn.requestTime().minus(RESUME_WITHIN)))
                .map(resume -> turn.offer(Keys.RESUME_OFFER, Map.of(
                        "step", resume.routine().steps().get(resume.step()).name(),
                        "routine", resume.routine().name()),
                        Keys.ACTION_RESUME + ":" + resume.routine().id() + ":" + resume.step()))
                .orElseGet(() -> turn.say(Keys.LAUNCH));
    }

    /** A routine left part-way, as stored: checked against the routines we have. */
    public record Resume(Routine routine, int step, java.time.Instant at) {

        static Optional<Resume> from(Map<String, Object> data, Turn turn) {
            if (!(data.get("resume") instanceof Map<?, ?> saved) || !(saved.get("id") instanceof String id)
                    || !(saved.get("step") instanceof Integer step) || !(saved.get("at") instanceof Number at)) {
                return Optional.empty();
            }
            return turn.catalog().routine(id)
                    .filter(routine -> step >= 0 && step < routine.steps().size())
                    .map(routine -> new Resume(routine, step, java.time.Instant.ofEpochSecond(at.longValue())));
        }
    }
}
