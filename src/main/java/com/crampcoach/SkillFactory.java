package com.crampcoach;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.crampcoach.conversation.Answer;
import com.crampcoach.conversation.Dialogue;
import com.crampcoach.conversation.ErrorHandler;
import com.crampcoach.conversation.NameFreeHandler;
import com.crampcoach.conversation.OtherRequestHandler;
import com.crampcoach.conversation.Parts;
import com.crampcoach.conversation.Person;
import com.crampcoach.conversation.ScreenEventHandler;
import com.crampcoach.intents.Intents;
import com.crampcoach.intents.LaunchHandler;
import com.crampcoach.intents.SessionEndedHandler;
import com.crampcoach.memory.DynamoClient;
import com.crampcoach.memory.Memory;
import com.crampcoach.memory.UserTable;
import com.crampcoach.personal.CrampLogging;
import com.crampcoach.personal.DataDeletion;
import com.crampcoach.personal.Settings;
import com.crampcoach.relief.Relief;
import com.crampcoach.reminder.BedtimeReminders;
import com.crampcoach.reminder.PermissionAnswerHandler;
import com.crampcoach.routine.Routines;
import com.crampcoach.screen.Screens;
import java.time.Clock;
import java.util.Set;

/** The one place that lists what the skill answers: its handlers, and every intent with its action. */
public final class SkillFactory {

    private SkillFactory() {
    }

    /** The skill, from what it is made with (read once per container: see CrampCoachHandler). */
    public static Skill create(Config config, Parts parts) {
        Dialogue dialogue = dialogue(parts);
        return new CustomSkillBuilder()
                .withSkillId(config.skillId())
                .addRequestInterceptor(new Person.Interceptor(parts))
                .addRequestHandlers(new LaunchHandler(parts), dialogue, new ScreenEventHandler(parts, dialogue),
                        new SessionEndedHandler(parts), new NameFreeHandler(), new PermissionAnswerHandler(parts),
                        new OtherRequestHandler())
                .addExceptionHandler(new ErrorHandler(parts))
                .build();
    }

    /** What the skill remembers: DynamoDB when the deployment names a table, otherwise nothing. */
    public static Memory memory(Config config) {
        return config.tableName() == null
                ? Memory.none()
                : new Memory(new UserTable(DynamoClient.standard(config.env()), config.tableName(), Clock.systemUTC()));
    }

    /** The intents that have an action of their own; any other gets the fallback answer. */
    public static Set<String> handledIntents(Content content) {
        return dialogue(new Parts(content, Memory.none(), Screens.load())).intents();
    }

    /** Every intent, once, and what it does. Each action decides by where the person is (see {@link Intents}). */
    static Dialogue dialogue(Parts parts) {
        return Dialogue.builder(parts)
                // An emergency wins in every state: in a routine, at a question, at consent, at a deletion.
                .on("EmergencyIntent", turn -> Answer.emergency())
                .on("CalfCrampIntent", Intents.script(Key.RELIEF_CALF, "calf"))
                .on("BackSpasmIntent", Intents.script(Key.RELIEF_BACK, "back"))
                .on("NightCrampsIntent", Intents.script(Key.RELIEF_NIGHT, "bedtime"))
                .on("CrampIntent", Relief::forBodyPart)
                .on("SeeDoctorIntent", Intents.script(Key.DOCTOR, null))
                .on("HeatOrIceIntent", Intents.script(Key.HEAT_OR_ICE, null))
                .on("CausesIntent", Intents.script(Key.CAUSES, null))
                .on("PreventionIntent", Intents.script(Key.PREVENTION, null))
                .on("HydrationIntent", Intents.script(Key.HYDRATION, null))
                .on("PickleJuiceIntent", Intents.script(Key.PICKLE_JUICE, null))
                .on("StressIntent", Intents.script(Key.STRESS, "desk"))
                .on("SpasmsDangerousIntent", Intents.script(Key.DANGEROUS, null))
                .on("MedicationIntent", Intents.script(Key.MEDICINES, null))
                .on("WhichProfessionalIntent", Intents.script(Key.PROFESSIONAL, null))
                .on("TwitchIntent", Intents.script(Key.TWITCH, null))
                .on("FaceSpasmIntent", Intents.script(Key.REDFLAG_FACE, null))
                .on("RedFlagSwellingIntent", Intents.script(Key.REDFLAG_SWELLING, null))
                .on("RedFlagNumbnessIntent", Intents.script(Key.REDFLAG_NUMBNESS, null))
                .on("RedFlagPersistentIntent", Intents.script(Key.REDFLAG_PERSISTENT, null))
                .on("RedFlagFrequentIntent", Intents.script(Key.REDFLAG_FREQUENT, null))
                .on("RedFlagMedicationIntent", Intents.script(Key.REDFLAG_MEDICATION, null))
                .on("RedFlagWalkingIntent", Intents.script(Key.REDFLAG_WALKING, null))
                .on("StartRoutineIntent", Routines::startNamed)
                .on("PlayRoutineIntent", Routines::playNamed)
                .on("HowManyLeftIntent", Intents.inRoutine(Routines::left))
                // "Next" outside a routine, in a new session after a pause, means carry on.
                .on("AMAZON.NextIntent", turn -> turn.place().map(at -> Routines.next(turn, at))
                        .orElseGet(() -> Routines.resume(turn)))
                .on("AMAZON.StartOverIntent", Intents.inRoutine(Routines::startOver))
                .on("AMAZON.PreviousIntent", Intents::previous)
                .on("AMAZON.ResumeIntent", Routines::resume)
                .on("ContinueRoutineIntent", Routines::resume)
                .on("AMAZON.PauseIntent", Intents::pause)
                .on("WaitIntent", Intents::hold)
                .on("AMAZON.YesIntent", Intents::yes)
                .on("AMAZON.NoIntent", Intents::no)
                .on("AMAZON.RepeatIntent", turn -> Answer.repeat())
                .on("AMAZON.HelpIntent", Intents::help)
                .on(Intents.FALLBACK, Intents::fallback)
                .on("AMAZON.StopIntent", Intents::stop)
                .on("AMAZON.CancelIntent", Intents::stop)
                .on("AMAZON.NavigateHomeIntent", Intents::stop)
                .on("HoldLengthIntent", turn -> Settings.change(turn, Settings.Change.HOLD))
                .on("SpeakSlowerIntent", turn -> Settings.change(turn, Settings.Change.SLOWER))
                .on("SpeakQuietlyIntent", turn -> Settings.change(turn, Settings.Change.QUIETER))
                .on("ResetSettingsIntent", turn -> Settings.change(turn, Settings.Change.RESET))
                .on("LogCrampIntent", CrampLogging::log)
                .on("CrampCountIntent", CrampLogging::count)
                .on("DeleteDataIntent", DataDeletion::confirmDelete)
                .on("SetReminderIntent", BedtimeReminders::set)
                .on("ReminderTimeIntent", BedtimeReminders::when)
                .on("CancelReminderIntent", BedtimeReminders::cancel)
                .build();
    }
}
