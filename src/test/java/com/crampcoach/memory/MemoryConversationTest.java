package com.crampcoach.memory;

import static com.crampcoach.SkillHarness.endsSession;
import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.personal.Welcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Preferences, carrying on a routine, the cramp log and deletion: by voice, on a real DynamoDB. */
class MemoryConversationTest {

    private static final CrampCoachHandler SKILL = LocalDynamo.skill(LocalDynamo.memory(java.time.Clock.systemUTC()));

    private final String user = "amzn1.ask.account." + UUID.randomUUID();

    /** A new session of the same person, as on another night or another device. */
    private SkillHarness session() {
        return SkillHarness.of(SKILL, user);
    }

    /** This person's first log, a calf cramp today, and their yes to keeping a log. */
    private void consentWithACalfCramp() {
        SkillHarness first = session();
        first.say("log a calf cramp");
        first.say("yes");
    }

    private static final String US = "en-US";
    private static final Phrase WEEK = Phrase.WEEK;
    private static final String PLAIN_LAUNCH = "<speak>" + said(Key.LAUNCH) + "</speak>";
    /** The consent question's opening, before it names the place and day. */
    private static final String CONSENT = Words.firstSentence(said(Key.LOG_CONSENT, Map.of("place", "", "day", "")));

    private static String said(Key key) {
        return Words.said(US, key);
    }

    private static String said(Key key, Map<String, String> values) {
        return Words.said(US, key, values);
    }

    private static String period(Phrase period) {
        return Words.in(US).phraseText(period, Map.of());
    }

    /** The values of a cramp log count: how many, over which period, and the most common place or places. */
    private static Map<String, String> count(String count, Phrase period, String place, String other) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("count", count, "period", period(period)));
        if (place != null) {
            values.put("place", Words.place(US, place));
        }
        if (other != null) {
            values.put("other", Words.place(US, other));
        }
        return values;
    }

    private static String title(JsonNode response) {
        return response.at("/response/card/title").asText();
    }

    @Test
    void longer_holds_are_saved_and_used_by_routines_in_a_later_session() {
        assertThat(speech(session().say("make the holds longer"))).contains(said(Key.PREFS_HOLD, Map.of("seconds", "45")));

        SkillHarness later = session();
        later.launch();
        String step = speech(later.say("start the calf routine"));

        assertThat(step).contains(Words.cue("en-US", 30)).contains(Words.cue("en-US", 20));
        assertThat(speech(session().say("make the holds shorter"))).contains(said(Key.PREFS_HOLD, Map.of("seconds", "30")));
    }

    @Test
    void a_quiet_slow_voice_wraps_every_answer_once_set_and_reset_undoes_it() {
        SkillHarness night = session();
        night.say("talk quietly");
        night.say("speak slower");

        assertThat(speech(night.say("my calf is cramping"))).startsWith("<speak><prosody rate=\"85%\" volume=\"x-soft\">");

        // Kept in words on purpose: the emergency answer's first words are never wrapped in a quiet voice.
        assertThat(speech(night.say("I can't breathe"))).as("never quiet").startsWith("<speak><s>Call");

        night.say("reset my settings");
        assertThat(speech(night.say("my calf is cramping"))).startsWith("<speak><s>");
    }

    @Test
    void a_quiet_slow_voice_never_quietens_a_sentence_that_names_the_emergency_number() {
        SkillHarness night = session();
        night.say("talk quietly");
        night.say("speak slower");

        for (String asked : java.util.List.of("are spasms dangerous", "my calf is cramping", "my back is in spasm")) {
            String speech = speech(night.say(asked));
            java.util.regex.Matcher quietened = QUIETENED.matcher(speech);
            StringBuilder quiet = new StringBuilder();
            while (quietened.find()) {
                quiet.append(quietened.group(1));
            }
            String usual = QUIETENED.matcher(speech).replaceAll("");
            // The rest of the answer is still in the quiet voice; each sentence with the number is not, whole.
            assertThat(quiet).as(asked).contains("<s>").doesNotContain(NUMBER);
            assertThat(usual).as(asked).startsWith("<speak><s>").endsWith("</s></speak>");
            assertThat(usual.substring("<speak>".length(), usual.length() - "</speak>".length()).split("(?<=</s>)\\s*"))
                    .as(asked).isNotEmpty().allSatisfy(sentence -> assertThat(sentence).startsWith("<s>")
                            .endsWith("</s>").contains(NUMBER));
        }
        assertThat(speech(night.say("are spasms dangerous"))).as("the danger first, in the usual voice")
                .startsWith("<speak><s>").contains("</s><prosody rate=\"85%\" volume=\"x-soft\">");
    }

    /** What a quiet, slow voice wraps (the content itself never uses prosody). */
    private static final java.util.regex.Pattern QUIETENED =
            java.util.regex.Pattern.compile("\\s*<prosody rate=\"85%\" volume=\"x-soft\">(.*?)</prosody>\\s*");
    /** The local number as spoken (see the en-US locale.xml). */
    private static final String NUMBER = Words.in(US).values().get("emergencyNumber").ssml();

    @Test
    void a_routine_paused_part_way_is_offered_on_the_next_launch_and_carries_on_at_its_step() {
        SkillHarness tonight = session();
        tonight.say("start my bedtime stretches");
        tonight.say("next");
        tonight.say("pause");

        SkillHarness later = session();
        JsonNode welcome = later.launch();
        assertThat(speech(welcome)).contains(said(Key.RESUME_OFFER, Words.place(US, "bedtime", 1)));

        JsonNode carryOn = later.say("yes");
        assertThat(title(carryOn)).isEqualTo(Words.stepTitle("en-US", "bedtime", 1));
        assertThat(speech(session().launch())).as("offered once").isEqualTo(PLAIN_LAUNCH);
    }

    @Test
    void a_saved_place_is_forgotten_once_the_routine_is_started_again_from_the_top_or_finished() {
        SkillHarness tonight = session();
        tonight.say("start my bedtime stretches");
        tonight.say("next");
        tonight.say("pause");

        SkillHarness again = session();
        assertThat(speech(again.say("start my bedtime routine"))).contains(said(Key.ROUTINE_RESUME_OFFER, Words.place(US, "bedtime", 1)));
        assertThat(title(again.say("no"))).isEqualTo(Words.stepTitle("en-US", "bedtime", 0));
        assertThat(speech(session().launch())).as("after no").isEqualTo(PLAIN_LAUNCH);

        SkillHarness later = session();
        later.say("start my bedtime stretches");
        later.say("next");
        later.say("pause");
        SkillHarness finishing = session();
        finishing.say("start the calf routine");
        assertThat(title(finishing.say("start my bedtime stretches"))).as("from the top, a routine running")
                .isEqualTo(Words.stepTitle("en-US", "bedtime", 0));
        finishing.say("next");
        assertThat(title(finishing.say("next"))).isEqualTo(Words.stepTitle("en-US", "bedtime", 2));
        assertThat(speech(session().launch())).as("after finishing").isEqualTo(PLAIN_LAUNCH);
        assertThat(speech(session().say("resume"))).contains(said(Key.RESUME_NONE));
    }

    @Test
    void a_routine_left_by_silence_is_remembered_too() {
        SkillHarness tonight = session();
        tonight.say("start the back routine");
        tonight.mine(tonight.envelopes.sessionEnded("EXCEEDED_MAX_REPROMPTS"));

        assertThat(speech(session().launch())).contains(said(Key.RESUME_OFFER, Words.place(US, "back", 0)));
    }

    @Test
    void a_place_saved_more_than_a_day_ago_is_not_offered() {
        SkillHarness tonight = session();
        tonight.say("start my bedtime stretches");
        tonight.say("pause");

        ObjectNode launch = session().envelopes.launch();
        ((ObjectNode) launch.path("request")).put("timestamp", Instant.now().plus(2, ChronoUnit.DAYS).toString());

        assertThat(speech(session().mine(launch))).isEqualTo(PLAIN_LAUNCH);
    }

    @Test
    void the_first_log_asks_for_consent_then_keeps_the_date_and_place_only() {
        SkillHarness person = session();
        JsonNode ask = person.say("log a calf cramp");
        assertThat(speech(ask)).startsWith("<speak>" + CONSENT);

        // No API access here, so no time zone: UTC's day, said with its date.
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        String yes = speech(person.say("yes"));
        String lastNight = speech(session().say("i had a back spasm last night"));
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertThat(yes).containsAnyOf(Words.logged(US, "CALF", before, before), Words.logged(US, "CALF", after, after));
        assertThat(lastNight).containsAnyOf(Words.logged(US, "BACK", before.minusDays(1), before),
                Words.logged(US, "BACK", after.minusDays(1), after));
        assertThat(speech(session().say("how many cramps this week"))).containsAnyOf(
                said(Key.LOG_COUNT_TWO_PLACES, count("2", WEEK, "CALF", "BACK")),
                said(Key.LOG_COUNT_TWO_PLACES, count("2", WEEK, "BACK", "CALF")));
    }

    @Test
    void a_question_asked_mid_routine_gets_its_own_yes_and_the_routine_carries_on_after() {
        SkillHarness person = session();
        person.say("start the calf routine");
        person.say("log a calf cramp");

        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        String yes = speech(person.say("yes"));
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertThat(yes).containsAnyOf(Words.logged(US, "CALF", before, before), Words.logged(US, "CALF", after, after));
        assertThat(title(person.say("next"))).isEqualTo(Words.stepTitle("en-US", "calf", 1));
    }

    @Test
    void no_to_consent_logs_nothing() {
        SkillHarness person = session();
        person.say("log a calf cramp");
        person.say("no");

        assertThat(speech(session().say("how many cramps this week"))).contains(said(Key.LOG_COUNT_NONE, Map.of("period", period(WEEK))));
        assertThat(speech(session().say("log a calf cramp"))).as("still asks").startsWith("<speak>" + CONSENT);
    }

    @Test
    void counts_name_the_most_common_place() {
        consentWithACalfCramp();
        session().say("log a calf cramp");
        session().say("log a back spasm");

        assertThat(speech(session().say("how many cramps this month"))).contains(said(Key.LOG_COUNT_MANY, count("3", Phrase.MONTH, "CALF", null)));
    }

    @Test
    void a_tie_is_said_as_a_tie_never_as_one_place_most_often() {
        consentWithACalfCramp();
        session().say("log a back spasm");
        session().say("log a foot cramp");

        assertThat(speech(session().say("how many cramps this week")))
                .isEqualTo("<speak>" + said(Key.LOG_COUNT_EVEN, count("3", WEEK, null, null)) + "</speak>");
        session().say("log a foot cramp");
        assertThat(speech(session().say("how many cramps this week"))).contains(said(Key.LOG_COUNT_MANY, count("4", WEEK, "FOOT", null)));
        session().say("log a back spasm");
        assertThat(speech(session().say("how many cramps this week")))
                .contains(said(Key.LOG_COUNT_TWO_PLACES, count("5", WEEK, "BACK", "FOOT")));
    }

    @Test
    void a_cramp_from_an_earlier_day_is_never_logged_as_today() {
        consentWithACalfCramp();

        for (String said : new String[] {"i had a calf cramp two days ago", "i had a cramp on monday"}) {
            assertThat(speech(session().say(said))).as(said).isEqualTo("<speak>" + said(Key.LOG_ONLY_RECENT) + "</speak>");
        }
        // A day the model has no value for reaches the skill unmatched (ER_SUCCESS_NO_MATCH): not today either.
        SkillHarness other = session();
        JsonNode unmatched = other.mine(other.envelopes.intent(new com.crampcoach.local.UtteranceMatcher.Match("LogCrampIntent",
                Map.of("when", new com.crampcoach.local.UtteranceMatcher.SlotFill("When", "on the third", null, null)))));
        assertThat(speech(unmatched)).isEqualTo("<speak>" + said(Key.LOG_ONLY_RECENT) + "</speak>");
        assertThat(speech(session().say("how many cramps this week"))).as("only the first")
                .contains(Words.oneCramp(US, WEEK, "CALF"));
    }

    @Test
    void cramps_on_five_of_seven_days_bring_one_gentle_doctor_nudge() {
        // Six days in a row, each request at its own moment and the server's clock with it.
        Instant now = Instant.now().minus(5, ChronoUnit.DAYS);
        MovableClock server = new MovableClock(now);
        CrampCoachHandler skill = LocalDynamo.skill(LocalDynamo.memory(server));
        var matcher = new com.crampcoach.local.UtteranceMatcher(com.crampcoach.local.InteractionModel.forLocale("en-US"));
        SkillHarness first = SkillHarness.of(skill, user);
        for (String words : new String[] {"log a calf cramp", "yes"}) {
            ObjectNode request = first.envelopes.intent(matcher.match(words));
            ((ObjectNode) request.path("request")).put("timestamp", now.toString());
            first.envelopes.continueSession(first.mine(request));
        }
        Map<String, String> any = Map.of("place", "{place}", "day", "{day}");
        String nudge = said(Key.LOG_SAVED_NUDGE, any).replace(said(Key.LOG_SAVED, any), "").trim();
        assertThat(nudge).as("the nudge adds words to the logged answer").isNotEmpty();
        String said = "";
        for (int day = 1; day <= 5; day++) {
            SkillHarness person = SkillHarness.of(skill, user);
            ObjectNode request = person.envelopes.intent(matcher.match("log a calf cramp"));
            server.set(now.plus(day, ChronoUnit.DAYS));
            ((ObjectNode) request.path("request")).put("timestamp", now.plus(day, ChronoUnit.DAYS).toString());
            String answer = speech(person.mine(request));
            if (answer.contains(nudge)) {
                said += day;
            }
        }
        assertThat(said).as("the days the nudge was said").isEqualTo("4");
    }

    @Test
    void delete_my_data_asks_first_and_then_forgets_everything() {
        SkillHarness person = session();
        person.say("log a calf cramp");
        person.say("yes");
        person.say("make the holds longer");

        SkillHarness deleting = session();
        assertThat(speech(deleting.say("delete my data"))).isEqualTo("<speak>" + said(Key.DELETE_CONFIRM) + "</speak>");
        JsonNode done = deleting.say("yes");

        assertThat(speech(done)).isEqualTo("<speak>" + said(Key.DELETED) + "</speak>");
        assertThat(endsSession(done)).isTrue();
        assertThat(speech(session().say("how many cramps this month"))).contains(said(Key.LOG_COUNT_NONE, Map.of("period", period(Phrase.MONTH))));
        assertThat(speech(session().say("log a calf cramp"))).startsWith("<speak>" + CONSENT);
    }

    @Test
    void a_history_to_erase_and_things_said_slower_asked_other_ways_reach_the_deletion_and_the_setting() {
        assertThat(speech(session().say("erase my whole history"))).isEqualTo("<speak>" + said(Key.DELETE_CONFIRM) + "</speak>");
        assertThat(session().say("can you say things slower").at("/sessionAttributes/coach/last/key").asText())
                .isEqualTo(Key.PREFS_SLOW.id());
    }

    @Test
    void things_said_too_fast_and_exercises_resumed_from_where_they_stopped_reach_the_setting_and_the_saved_place() {
        assertThat(session().say("you're going a hundred miles an hour").at("/sessionAttributes/coach/last/key").asText())
                .isEqualTo(Key.PREFS_SLOW.id());

        SkillHarness tonight = session();
        tonight.say("start my bedtime stretches");
        tonight.say("next");
        tonight.say("pause");
        assertThat(title(session().say("resume my exercises from where i stopped")))
                .isEqualTo(Words.stepTitle("en-US", "bedtime", 1));
    }

    @Test
    void no_to_deleting_keeps_everything() {
        SkillHarness person = session();
        person.say("log a foot cramp");
        person.say("yes");

        SkillHarness deleting = session();
        deleting.say("delete my data");
        assertThat(speech(deleting.say("no"))).isEqualTo("<speak>" + Words.in(US).reply("memory.delete.kept").speech() + "</speak>");
        assertThat(speech(session().say("how many cramps this week"))).contains(Words.oneCramp(US, WEEK, "FOOT"));
    }

    @Test
    void with_the_database_down_relief_still_answers_and_a_save_says_it_failed() {
        CrampCoachHandler down = new CrampCoachHandler(new Config(Config.DEVELOPMENT_SKILL_ID, LocalDynamo.TABLE, Map.of()),
                new Memory(new UserTable(LocalDynamo.client("http://127.0.0.1:" + LocalDynamo.freePort()),
                        LocalDynamo.TABLE, java.time.Clock.systemUTC()), LocalDynamo.GENEROUS));
        SkillHarness person = new SkillHarness(down);

        assertThat(speech(person.say("my calf is cramping"))).contains(said(Key.RELIEF_CALF));
        assertThat(speech(person.launch())).contains(said(Key.LAUNCH));
        assertThat(speech(person.say("make the holds longer"))).contains(said(Key.PREFS_UNSAVED));
        assertThat(speech(person.say("start the calf routine")))
                .contains(Words.in(US).render(Words.routine(US, "calf").steps().get(0).instruction(), Map.of()));
        assertThat(speech(person.say("how many cramps this month"))).as("never \"none\"")
                .isEqualTo("<speak>" + said(Key.LOG_COUNT_UNCHECKED) + "</speak>");
        assertThat(speech(person.say("log a calf cramp"))).as("never asks consent again")
                .doesNotContain(CONSENT).isEqualTo("<speak>" + said(Key.LOG_UNCHECKED) + "</speak>");
    }
}
