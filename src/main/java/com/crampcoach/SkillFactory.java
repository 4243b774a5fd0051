package com.crampcoach;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.crampcoach.content.Content;
import com.crampcoach.conversation.ErrorHandler;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.LaunchHandler;
import com.crampcoach.conversation.NoHandler;
import com.crampcoach.conversation.RepeatHandler;
import com.crampcoach.conversation.ScriptHandler;
import com.crampcoach.conversation.SessionEndedHandler;
import com.crampcoach.conversation.UnknownIntentHandler;
import com.crampcoach.conversation.YesHandler;
import com.crampcoach.relief.BodyPartCrampHandler;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The one place that lists what the skill answers and in what order its handlers are asked. */
public final class SkillFactory {

    private SkillFactory() {
    }

    public static Skill create(Config config) {
        return create(config, Content.load());
    }

    public static Skill create(Config config, Content content) {
        return new CustomSkillBuilder()
                .withSkillId(config.skillId())
                .addRequestHandlers(handlers(content).toArray(RequestHandler[]::new))
                .addExceptionHandler(new ErrorHandler(content))
                .build();
    }

    /** The intents that have a handler of their own; everything else gets the fallback answer. */
    public static Set<String> handledIntents(Content content) {
        return handlers(content).stream()
                .filter(IntentHandler.class::isInstance)
                .map(h -> ((IntentHandler) h).intentName())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<RequestHandler> handlers(Content content) {
        return List.of(
                new LaunchHandler(content),
                new ScriptHandler(content, "CalfCrampIntent", "relief.calf"),
                new ScriptHandler(content, "BackSpasmIntent", "relief.back"),
                new ScriptHandler(content, "NightCrampsIntent", "relief.night"),
                new BodyPartCrampHandler(content),
                new ScriptHandler(content, "SeeDoctorIntent", "doctor"),
                new ScriptHandler(content, "HeatOrIceIntent", "heat-or-ice"),
                new ScriptHandler(content, "CausesIntent", "causes"),
                new ScriptHandler(content, "PreventionIntent", "prevention"),
                new YesHandler(content),
                new NoHandler(content),
                new RepeatHandler(content),
                new ScriptHandler(content, "AMAZON.HelpIntent", "help"),
                new ScriptHandler(content, "AMAZON.StopIntent", "goodbye"),
                new ScriptHandler(content, "AMAZON.CancelIntent", "goodbye"),
                new ScriptHandler(content, "AMAZON.NavigateHomeIntent", "goodbye"),
                new ScriptHandler(content, "AMAZON.FallbackIntent", "fallback"),
                new SessionEndedHandler(),
                new UnknownIntentHandler(content));
    }
}
