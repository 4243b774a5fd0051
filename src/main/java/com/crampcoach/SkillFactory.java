package com.crampcoach;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.ErrorHandler;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.LaunchHandler;
import com.crampcoach.conversation.NoHandler;
import com.crampcoach.conversation.OtherRequestHandler;
import com.crampcoach.conversation.RepeatHandler;
import com.crampcoach.conversation.ScriptHandler;
import com.crampcoach.conversation.SessionEndedHandler;
import com.crampcoach.conversation.UnknownIntentHandler;
import com.crampcoach.conversation.YesHandler;
import com.crampcoach.relief.BodyPartCrampHandler;
import com.crampcoach.routine.PlayRoutineHandler;
import com.crampcoach.routine.RoutineNavigationHandler;
import com.crampcoach.routine.RoutineNavigationHandler.Action;
import com.crampcoach.routine.StartRoutineHandler;
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
                new ScriptHandler(content, "EmergencyIntent", Keys.EMERGENCY),
                new ScriptHandler(content, "CalfCrampIntent", Keys.RELIEF_CALF),
                new ScriptHandler(content, "BackSpasmIntent", Keys.RELIEF_BACK),
                new ScriptHandler(content, "NightCrampsIntent", Keys.RELIEF_NIGHT),
                new BodyPartCrampHandler(content),
                new ScriptHandler(content, "SeeDoctorIntent", Keys.DOCTOR),
                new ScriptHandler(content, "HeatOrIceIntent", Keys.HEAT_OR_ICE),
                new ScriptHandler(content, "CausesIntent", Keys.CAUSES),
                new ScriptHandler(content, "PreventionIntent", Keys.PREVENTION),
                new StartRoutineHandler(content),
                new PlayRoutineHandler(content),
                RoutineNavigationHandler.always(content, "AMAZON.NextIntent", Action.NEXT),
                RoutineNavigationHandler.always(content, "AMAZON.PreviousIntent", Action.BACK),
                RoutineNavigationHandler.always(content, "AMAZON.StartOverIntent", Action.RESTART),
                RoutineNavigationHandler.always(content, "AMAZON.ResumeIntent", Action.RESUME),
                RoutineNavigationHandler.always(content, "HowManyLeftIntent", Action.LEFT),
                RoutineNavigationHandler.inRoutine(content, "AMAZON.YesIntent", Action.NEXT),
                RoutineNavigationHandler.inRoutine(content, "AMAZON.NoIntent", Action.WAIT),
                RoutineNavigationHandler.inRoutine(content, "AMAZON.RepeatIntent", Action.REPEAT),
                RoutineNavigationHandler.inRoutine(content, "AMAZON.HelpIntent", Action.HELP),
                RoutineNavigationHandler.inRoutine(content, "AMAZON.FallbackIntent", Action.PROMPT),
                RoutineNavigationHandler.inRoutine(content, "AMAZON.StopIntent", Action.STOP),
                RoutineNavigationHandler.inRoutine(content, "AMAZON.CancelIntent", Action.STOP),
                // "Stop" often arrives as PauseIntent: outside a routine it ends calmly like Stop.
                RoutineNavigationHandler.inRoutine(content, "AMAZON.PauseIntent", Action.PAUSE),
                new ScriptHandler(content, "AMAZON.PauseIntent", Keys.GOODBYE),
                new YesHandler(content),
                new NoHandler(content),
                new RepeatHandler(content),
                new ScriptHandler(content, "AMAZON.HelpIntent", Keys.HELP),
                new ScriptHandler(content, "AMAZON.StopIntent", Keys.GOODBYE),
                new ScriptHandler(content, "AMAZON.CancelIntent", Keys.GOODBYE),
                new ScriptHandler(content, "AMAZON.NavigateHomeIntent", Keys.GOODBYE),
                new ScriptHandler(content, "AMAZON.FallbackIntent", Keys.FALLBACK),
                new SessionEndedHandler(),
                new OtherRequestHandler(),
                new UnknownIntentHandler(content));
    }
}
