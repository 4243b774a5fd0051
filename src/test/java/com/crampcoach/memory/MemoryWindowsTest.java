package com.crampcoach.memory;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.crampcoach.personal.Welcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The edges of what the skill remembers, by voice on a real DynamoDB: how long a place in a routine is offered, which
 * dates a consent may log, what a month counts, the hold choices, and that deleting resets the session's settings.
 * Every request that depends on the date carries its own timestamp, all on the same day as the clock's (today);
 * only the dates the rules compare are moved, never the clock.
 */
class MemoryWindowsTest {

    /** The server's clock: each request below moves it to the request's moment, as Alexa's requests arrive. */
    private final MovableClock server = new MovableClock(Instant.now());
    private final CrampCoachHandler skill = LocalDynamo.skill(LocalDynamo.memory(server));
    private static final UtteranceMatcher MATCHER = new UtteranceMatcher(InteractionModel.forLocale("en-US"));

    private final String user = "amzn1.ask.account." + UUID.randomUUID();

    private SkillHarness session() {
        return SkillHarness.of(skill, user);
    }

    /** One turn of {@code person}'s session, said at {@code when}. */
    private JsonNode sayAt(SkillHarness person, String utterance, Instant when) {
        server.set(when);
        ObjectNode request = person.envelopes.intent(MATCHER.match(utterance));
        ((ObjectNode) request.path("request")).put("timestamp", when.toString());
        JsonNode response = person.mine(request);
        person.envelopes.continueSession(response);
        return response;
    }

    private JsonNode launchAt(SkillHarness person, Instant when) {
        server.set(when);
        ObjectNode request = person.envelopes.launch();
        ((ObjectNode) request.path("request")).put("timestamp", when.toString());
        return person.mine(request);
    }

    // Carrying on a routine: offered for a day after it was left.

    @Test
    void a_place_left_twenty_three_hours_ago_is_offered() {
        leaveTheBedtimeRoutine();

        assertThat(speech(launchAt(session(), Instant.now().plus(Duration.ofHours(23))))).contains(Words.said("en-US", Key.RESUME_OFFER, Words.place("en-US", "bedtime", 0)));
    }

    @Test
    void a_place_left_twenty_five_hours_ago_is_not_offered() {
        leaveTheBedtimeRoutine();

        assertThat(speech(launchAt(session(), Instant.now().plus(Duration.ofHours(25))))).isEqualTo(Words.speech("en-US", Key.LAUNCH));
    }

    private void leaveTheBedtimeRoutine() {
        SkillHarness tonight = session();
        tonight.say("start my bedtime stretches");
        tonight.say("pause");
    }

    // Consent: a yes keeps the entry it was asked about, if that date is today, yesterday or the day before.

    @Test
    void a_consent_keeps_an_entry_of_two_days_ago() {
        assertThat(speech(consentTo(2))).containsPattern(Words.logged("en-US", null));
    }

    @Test
    void a_consent_does_not_keep_an_entry_of_three_days_ago_nor_one_of_tomorrow() {
        assertThat(speech(consentTo(3))).doesNotContainPattern(Words.logged("en-US", null));
        assertThat(speech(consentTo(-1))).doesNotContainPattern(Words.logged("en-US", null));
        assertThat(speech(session().say("how many cramps this week"))).contains("haven't logged any");
    }

    /** Answers yes to the consent question about an entry moved {@code daysAgo} days back. */
    private JsonNode consentTo(int daysAgo) {
        SkillHarness person = session();
        JsonNode ask = person.say("log a calf cramp");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String offer = "\"part\":\"calf\",\"date\":\"" + today + "\"";
        assertThat(ask.path("sessionAttributes").toString()).contains(offer);
        ObjectNode yes = person.envelopes.intent(MATCHER.match("yes"));
        String moved = yes.toString().replace(offer,
                "\"part\":\"calf\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo) + "\"");
        try {
            return person.mine(SkillHarness.JSON.readTree(moved));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // "This month" is the last 30 days, today included; "this week" the last 7.

    @Test
    void this_month_counts_twenty_nine_days_back_but_not_thirty() {
        Instant now = Instant.now();
        SkillHarness first = session();
        sayAt(first, "log a back cramp", now.minus(Duration.ofDays(29)));
        assertThat(speech(sayAt(first, "yes", now.minus(Duration.ofDays(29))))).containsPattern(Words.logged("en-US", null));
        assertThat(speech(sayAt(session(), "log a calf cramp", now.minus(Duration.ofDays(30))))).containsPattern(Words.logged("en-US", null));

        assertThat(speech(sayAt(session(), "how many cramps this month", now))).contains(Words.oneCramp("en-US", Phrase.MONTH, "BACK"));
        assertThat(speech(sayAt(session(), "how many cramps this week", now))).contains(Words.said("en-US", Key.LOG_COUNT_NONE,
                Map.of("period", Words.in("en-US").phraseText(Phrase.WEEK, Map.of()))));
    }

    @Test
    void this_week_counts_six_days_back_but_not_seven() {
        Instant now = Instant.now();
        SkillHarness first = session();
        sayAt(first, "log a back cramp", now.minus(Duration.ofDays(6)));
        sayAt(first, "yes", now.minus(Duration.ofDays(6)));
        sayAt(session(), "log a calf cramp", now.minus(Duration.ofDays(7)));

        assertThat(speech(sayAt(session(), "how many cramps this week", now))).contains(Words.oneCramp("en-US", Phrase.WEEK, "BACK"));
        assertThat(speech(sayAt(session(), "how many cramps this month", now))).contains("2 cramps");
    }

    // Hold choices: 20, 30 or 45 seconds, stepping from 30, never past either end.

    @Test
    void holds_step_down_to_twenty_seconds_and_stay_there() {
        assertThat(speech(session().say("make the holds shorter"))).contains("20 seconds");
        assertThat(speech(session().say("make the holds shorter"))).contains("20 seconds");
        assertThat(speech(session().say("make the holds longer"))).contains("30 seconds");
    }

    @Test
    void holds_step_up_to_forty_five_seconds_and_stay_there() {
        assertThat(speech(session().say("make the holds longer"))).contains("45 seconds");
        assertThat(speech(session().say("make the holds longer"))).contains("45 seconds");
    }

    // Deleting: the session's own settings go too, not only the stored ones.

    @Test
    void deleting_my_data_resets_the_settings_of_the_session_at_once() {
        SkillHarness night = session();
        night.say("talk quietly");
        assertThat(speech(night.say("my calf is cramping"))).startsWith("<speak><prosody");

        night.say("delete my data");
        assertThat(speech(night.say("yes"))).doesNotStartWith("<speak><prosody");

        assertThat(speech(night.say("my calf is cramping"))).startsWith("<speak><s>");
    }
}
