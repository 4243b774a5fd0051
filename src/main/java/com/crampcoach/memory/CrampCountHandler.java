package com.crampcoach.memory;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.Slots;
import com.crampcoach.conversation.Turn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "How many cramps this week?": the count over the last 7 or 30 days, and the most common place. */
public final class CrampCountHandler implements IntentHandler {

    private final Content content;
    private final Memory memory;

    public CrampCountHandler(Content content, Memory memory) {
        this.content = content;
        this.memory = memory;
    }

    @Override
    public String intentName() {
        return "CrampCountIntent";
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Turn turn = Turn.of(input, content);
        if (!memory.available()) {
            return turn.say(Keys.MEMORY_UNAVAILABLE);
        }
        boolean month = Slots.resolvedId(input, "period").filter("MONTH"::equals).isPresent();
        LocalDate today = LogCrampHandler.today(turn);
        Lookup<Map<String, Object>> data = memory.read(turn.envelope());
        if (data.failed()) {
            return turn.say(Keys.LOG_COUNT_UNCHECKED);
        }
        List<CrampLog.Entry> entries = CrampLog.since(CrampLog.entries(data.orIfNone(Map.of())), today, month ? 30 : 7);
        String period = turn.catalog().phraseText(month ? "period.month" : "period.week", Map.of());
        if (entries.isEmpty()) {
            return turn.say(Keys.LOG_COUNT_NONE, Map.of("period", period));
        }
        String place = LogCrampHandler.place(turn, CrampLog.mostCommon(entries).orElse("cramp"));
        return entries.size() == 1
                ? turn.say(Keys.LOG_COUNT_ONE, Map.of("period", period, "place", place))
                : turn.say(Keys.LOG_COUNT_MANY, Map.of("period", period, "place", place,
                        "count", String.valueOf(entries.size())));
    }
}
