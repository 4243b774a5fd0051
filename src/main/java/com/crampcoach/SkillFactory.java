package com.crampcoach;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.crampcoach.content.Content;
import com.crampcoach.content.Keys;
import com.crampcoach.conversation.ErrorHandler;
import com.crampcoach.conversation.FallbackHandler;
import com.crampcoach.conversation.IntentHandler;
import com.crampcoach.conversation.Actions;
import com.crampcoach.conversation.NoHandler;
import com.crampcoach.conversation.OtherRequestHandler;
import com.crampcoach.conversation.RepeatHandler;
import com.crampcoach.conversation.ScriptHandler;
import com.crampcoach.conversation.SessionEndedHandler;
import com.crampcoach.conversation.UnknownIntentHandler;
import com.crampcoach.conversation.YesHandler;
import com.crampcoach.memory.CrampCountHandler;
import com.crampcoach.memory.DeleteDataHandler;
import com.crampcoach.memory.DynamoClient;
import com.crampcoach.memory.LogCrampHandler;
import com.crampcoach.memory.Memory;
import com.crampcoach.memory.MemoryLaunchHandler;
import com.crampcoach.memory.UserTable;
import com.crampcoach.memory.PreferenceHandler;
import com.crampcoach.relief.BodyPartCrampHandler;
import com.crampcoach.routine.RoutineActions;
import com.crampcoach.routine.RoutineSessionEndedHandler;
import com.crampcoach.routine.PlayRoutineHandler;
import com.crampcoach.routine.RoutineNavigationHandler;
import com.crampcoach.routine.RoutineNavigationHandler.Action;
import com.crampcoach.routine.StartRoutineHandler;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The one place that lists what the skill answers and in what order its handlers are asked. */
public final class SkillFactory {

    private SkillFactory() {
    }

    public static Skill create(Config config, Content content) {
        return create(config, content, memory(config));
    }

    public static Skill create(Config config, Content content, Memory memory) {
        return new CustomSkillBuilder()
                .withSkillId(config.skillId())
                .addRequestHandlers(handlers(content, memory).toArray(RequestHandler[]::new))
                .addExceptionHandler(new ErrorHandler(content))
                .build();
    }

    /** What the skill remembers: DynamoDB when the deployment names a table, otherwise nothing. */
    public static Memory memory(Config config) {
        return config.tableName() == null
                ? Memory.none()
                : new Memory(new UserTable(DynamoClient.standard(config.env()), config.tableName(), Clock.systemUTC()));
    }

    /** The intents that have a handler of their own; everything else gets the fallback answer. */
    public static Set<String> handledIntents(Content content) {
        return handlers(content, Memory.none()).stream()
                .filter(IntentHandler.class::isInstance)
                .map(h -> ((IntentHandler) h).intentName())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<RequestHandler> handlers(Content content, Memory memory) {
        Actions actions = new Actions(Map.of(
                Keys.ACTION_ROUTINE, RoutineActions.start(),
                Keys.ACTION_RESUME, RoutineActions.resume(memory),
                Keys.ACTION_LOG_CONSENT, LogCrampHandler.consent(memory),
                Keys.ACTION_DELETE, DeleteDataHandler.delete(memory)));
        return List.of(
                new MemoryLaunchHandler(content, memory),
                new ScriptHandler(content, "EmergencyIntent", Keys.EMERGENCY),
                new ScriptHandler(content, "CalfCrampIntent", Keys.RELIEF_CALF),
                new ScriptHandler(content, "BackSpasmIntent", Keys.RELIEF_BACK),
                new ScriptHandler(content, "NightCrampsIntent", Keys.RELIEF_NIGHT),
                new BodyPartCrampHandler(content),
                new ScriptHandler(content, "SeeDoctorIntent", Keys.DOCTOR),
                new ScriptHandler(content, "HeatOrIceIntent", Keys.HEAT_OR_ICE),
                new ScriptHandler(content, "CausesIntent", Keys.CAUSES),
                new ScriptHandler(content, "PreventionIntent", Keys.PREVENTION),
                new ScriptHandler(content, "HydrationIntent", Keys.HYDRATION),
                new ScriptHandler(content, "PickleJuiceIntent", Keys.PICKLE_JUICE),
                new ScriptHandler(content, "StressIntent", Keys.STRESS),
                new ScriptHandler(content, "SpasmsDangerousIntent", Keys.DANGEROUS),
                new ScriptHandler(content, "MedicationIntent", Keys.MEDICINES),
                new ScriptHandler(content, "WhichProfessionalIntent", Keys.PROFESSIONAL),
                new ScriptHandler(content, "TwitchIntent", Keys.TWITCH),
                new ScriptHandler(content, "FaceSpasmIntent", Keys.REDFLAG_FACE),
                new ScriptHandler(content, "RedFlagSwellingIntent", Keys.REDFLAG_SWELLING),
                new ScriptHandler(content, "RedFlagNumbnessIntent", Keys.REDFLAG_NUMBNESS),
                new ScriptHandler(content, "RedFlagPersistentIntent", Keys.REDFLAG_PERSISTENT),
                new ScriptHandler(content, "RedFlagFrequentIntent", Keys.REDFLAG_FREQUENT),
                new ScriptHandler(content, "RedFlagMedicationIntent", Keys.REDFLAG_MEDICATION),
                new ScriptHandler(content, "RedFlagWalkingIntent", Keys.REDFLAG_WALKING),
                new StartRoutineHandler(content),
                new PlayRoutineHandler(content),
                RoutineNavigationHandler.always(content, memory, "AMAZON.NextIntent", Action.NEXT),
                RoutineNavigationHandler.always(content, memory, "AMAZON.PreviousIntent", Action.BACK),
                RoutineNavigationHandler.always(content, memory, "AMAZON.StartOverIntent", Action.RESTART),
                RoutineNavigationHandler.always(content, memory, "AMAZON.ResumeIntent", Action.RESUME),
                RoutineNavigationHandler.always(content, memory, "HowManyLeftIntent", Action.LEFT),
                RoutineNavigationHandler.inRoutine(content, memory, "AMAZON.YesIntent", Action.NEXT),
                RoutineNavigationHandler.inRoutine(content, memory, "AMAZON.NoIntent", Action.WAIT),
                RoutineNavigationHandler.inRoutine(content, memory, "AMAZON.RepeatIntent", Action.REPEAT),
                RoutineNavigationHandler.inRoutine(content, memory, "AMAZON.HelpIntent", Action.HELP),
                RoutineNavigationHandler.inRoutine(content, memory, "AMAZON.FallbackIntent", Action.PROMPT),
                RoutineNavigationHandler.inRoutine(content, memory, "AMAZON.StopIntent", Action.STOP),
                RoutineNavigationHandler.inRoutine(content, memory, "AMAZON.CancelIntent", Action.STOP),
                // "Stop" often arrives as PauseIntent: outside a routine it ends calmly like Stop.
                RoutineNavigationHandler.inRoutine(content, memory, "AMAZON.PauseIntent", Action.PAUSE),
                new ScriptHandler(content, "AMAZON.PauseIntent", Keys.GOODBYE),
                new PreferenceHandler(content, memory, "HoldLengthIntent", PreferenceHandler.Change.HOLD),
                new PreferenceHandler(content, memory, "SpeakSlowerIntent", PreferenceHandler.Change.SLOWER),
                new PreferenceHandler(content, memory, "SpeakQuietlyIntent", PreferenceHandler.Change.QUIETER),
                new PreferenceHandler(content, memory, "ResetSettingsIntent", PreferenceHandler.Change.RESET),
                new LogCrampHandler(content, memory),
                new CrampCountHandler(content, memory),
                new DeleteDataHandler(content, memory),
                new YesHandler(content, actions),
                new NoHandler(content, actions),
                new RepeatHandler(content),
                new ScriptHandler(content, "AMAZON.HelpIntent", Keys.HELP),
                new ScriptHandler(content, "AMAZON.StopIntent", Keys.GOODBYE),
                new ScriptHandler(content, "AMAZON.CancelIntent", Keys.GOODBYE),
                new ScriptHandler(content, "AMAZON.NavigateHomeIntent", Keys.GOODBYE),
                new FallbackHandler(content),
                new RoutineSessionEndedHandler(content, memory),
                new SessionEndedHandler(),
                new OtherRequestHandler(),
                new UnknownIntentHandler(content));
    }
}
