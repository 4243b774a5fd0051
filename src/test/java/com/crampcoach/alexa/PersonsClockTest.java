package com.crampcoach.alexa;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.crampcoach.memory.LocalDynamo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A cramp is dated on the person's own day: the device's time zone comes from Alexa's Settings API, here a loopback
 * stand-in that the envelope's {@code apiEndpoint} names, on a real DynamoDB. The server's clock is fixed at the
 * request's moment, so only the zone decides the day.
 */
class PersonsClockTest {

    private static final UtteranceMatcher MATCHER = new UtteranceMatcher(InteractionModel.forLocale("en-US"));

    /** Without the person's zone, the day is UTC's, and said with its date so that they can tell. */
    private static final String UTC_DATED = Words.said("en-US", Key.LOG_SAVED, Map.of("place", Words.place("en-US", "CALF"),
            "day", Words.in("en-US").phraseText(Phrase.TODAY_DATED,
                    Map.of("date", Words.date("en-US", java.time.LocalDate.parse("2026-11-23"))))));

    /** The "logged" answer for {@code part} on a day said without its date ({@code TODAY}, {@code YESTERDAY}). */
    private static String logged(String part, Phrase day) {
        return Words.said("en-US", Key.LOG_SAVED, Map.of("place", Words.place("en-US", part),
                "day", Words.in("en-US").phraseText(day, Map.of())));
    }

    private final AlexaApiStandIn alexa = new AlexaApiStandIn();
    private final String user = "amzn1.ask.account." + UUID.randomUUID();

    @AfterEach
    void stop() {
        alexa.close();
    }

    /** Logs a calf cramp (and consents) at {@code when}, with or without access to Alexa's API; returns the answer. */
    private String logAt(Instant when, boolean withApi) {
        return logAt(when, withApi, AlexaApiStandIn.patientZones());
    }

    private String logAt(Instant when, boolean withApi, TimeZones zones) {
        CrampCoachHandler skill = LocalDynamo.skill(LocalDynamo.memory(Clock.fixed(when, ZoneOffset.UTC)), zones);
        SkillHarness person = SkillHarness.of(skill, user);
        say(person, "log a calf cramp", when, withApi);
        return speech(say(person, "yes", when, withApi));
    }

    private JsonNode say(SkillHarness person, String utterance, Instant when, boolean withApi) {
        ObjectNode request = person.envelopes.intent(MATCHER.match(utterance));
        ((ObjectNode) request.path("request")).put("timestamp", when.toString());
        if (withApi) {
            alexa.reachedBy(request);
        } else {
            ((ObjectNode) request.path("context").path("System")).remove("apiAccessToken");
        }
        JsonNode response = person.mine(request);
        person.envelopes.continueSession(response);
        return response;
    }

    /** The days stored for this person (dates, not moments: a moment has a time after its day). */
    private java.util.Set<String> storedDays() {
        Map<String, AttributeValue> item = LocalDynamo.client().get().getItem(b -> b.tableName(LocalDynamo.TABLE)
                .key(Map.of("userId", AttributeValue.fromS(user))).consistentRead(true)).item();
        return java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!T)").matcher(item.toString()).results()
                .map(java.util.regex.MatchResult::group).collect(java.util.stream.Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} at {1} is {2}")
    @CsvSource({
        // 21:30 on the 23rd in Los Angeles: already the 24th in UTC.
        "America/Los_Angeles, 2026-11-24T05:30:00Z, 2026-11-23",
        // Half past midnight in London in summer (BST), still the 14th in UTC.
        "Europe/London, 2026-07-14T23:30:00Z, 2026-07-15",
        // Five past five in the morning in Kolkata (UTC+5:30), the evening before in UTC.
        "Asia/Kolkata, 2026-11-23T23:35:00Z, 2026-11-24",
        // Breakfast in Sydney (summer time, UTC+11): the 23rd in UTC.
        "Australia/Sydney, 2026-11-23T21:00:00Z, 2026-11-24",
        // The night daylight saving ended in Los Angeles: 23:30 PST on the 1st, which a fixed -7 would make the 2nd.
        "America/Los_Angeles, 2026-11-02T07:30:00Z, 2026-11-01",
        // The morning Sydney's daylight saving began (03:00 became the clock after 01:59): 09:30 AEDT on the 4th.
        "Australia/Sydney, 2026-10-03T22:30:00Z, 2026-10-04",
    })
    void a_cramp_is_logged_on_the_persons_own_day(String zone, String at, String day) {
        alexa.zone(zone);

        assertThat(logAt(Instant.parse(at), true)).contains(logged("CALF", Phrase.TODAY));
        assertThat(storedDays()).containsExactly(day);
        assertThat(LocalDate.ofInstant(Instant.parse(at), ZoneOffset.UTC)).as("UTC's day differs").isNotEqualTo(LocalDate.parse(day));
        // Asked once in the session: the consent's "yes" uses the zone the log request was told.
        assertThat(alexa.requests()).hasSize(1).allSatisfy(request -> assertThat(request)
                .matches("GET /v2/devices/amzn1\\.ask\\.device\\.[^/]+/settings/System\\.timeZone Bearer " + AlexaApiStandIn.TOKEN));
    }

    @Test
    void last_night_said_at_breakfast_in_sydney_is_the_night_now_ended() {
        alexa.zone("Australia/Sydney");
        Instant breakfast = Instant.parse("2026-11-23T21:00:00Z");
        logAt(breakfast, true);
        CrampCoachHandler skill = LocalDynamo.skill(LocalDynamo.memory(Clock.fixed(breakfast, ZoneOffset.UTC)),
                AlexaApiStandIn.patientZones());

        assertThat(speech(say(SkillHarness.of(skill, user), "i had a back spasm last night", breakfast, true)))
                .contains(logged("BACK", Phrase.YESTERDAY));
        assertThat(storedDays()).containsExactlyInAnyOrder("2026-11-23", "2026-11-24");
    }

    @ParameterizedTest(name = "status {0}")
    @CsvSource({"401", "403", "429", "500", "503"})
    void a_refusal_or_failure_of_the_api_logs_on_the_utc_day_and_still_logs(int status) {
        alexa.zone("Australia/Sydney").failing(status);

        assertThat(logAt(Instant.parse("2026-11-23T21:00:00Z"), true)).contains(UTC_DATED);
        assertThat(storedDays()).containsExactly("2026-11-23");
        assertThat(alexa.requests()).as("asked, and went on without it").isNotEmpty();
    }

    @Test
    void a_slow_api_is_not_waited_for_past_its_deadline() {
        // The test's own deadline and lateness, far apart: the API answers long after the skill stops waiting.
        alexa.zone("Australia/Sydney").late(Duration.ofSeconds(3));

        assertThat(logAt(Instant.parse("2026-11-23T21:00:00Z"), true, new TimeZones(new JdkApiClient(Duration.ofMillis(200)))))
                .contains(UTC_DATED);
        assertThat(storedDays()).containsExactly("2026-11-23");
        assertThat(alexa.requests()).as("asked, and went on without it").isNotEmpty();
    }

    @Test
    void without_api_access_nothing_is_asked_and_the_day_is_utcs() {
        alexa.zone("Australia/Sydney");

        assertThat(logAt(Instant.parse("2026-11-23T21:00:00Z"), false)).contains(UTC_DATED);
        assertThat(storedDays()).containsExactly("2026-11-23");
        assertThat(alexa.requests()).isEmpty();
    }

    @Test
    void relief_and_emergencies_never_ask_for_the_zone() {
        SkillHarness person = SkillHarness.of(LocalDynamo.skill(LocalDynamo.memory(Clock.systemUTC()),
                AlexaApiStandIn.patientZones()), user);
        Instant now = Instant.now();

        assertThat(speech(say(person, "my calf is cramping", now, true))).contains("calf");
        assertThat(speech(say(person, "i can't breathe", now, true))).startsWith("<speak><s>Call <sub alias=\"nine one one\">911</sub> now");
        assertThat(alexa.requests()).isEmpty();
    }

    @Test
    void a_zone_java_does_not_know_is_no_zone() {
        alexa.zone("Mars/Olympus_Mons");

        assertThat(logAt(Instant.parse("2026-11-23T21:00:00Z"), true)).contains(UTC_DATED);
        assertThat(storedDays()).containsExactly("2026-11-23");
        assertThat(ZoneId.getAvailableZoneIds()).doesNotContain("Mars/Olympus_Mons");
        assertThat(alexa.requests()).as("asked, and went on without it").isNotEmpty();
    }

    @Test
    void when_the_api_is_down_the_zone_alexa_last_named_is_used() {
        alexa.zone("Australia/Sydney");
        // The evening before, in Sydney (10 pm on the 23rd there): the zone is learned with the log's write.
        assertThat(logAt(Instant.parse("2026-11-23T11:00:00Z"), true)).contains(logged("CALF", Phrase.TODAY));
        alexa.failing(503);
        Instant breakfast = Instant.parse("2026-11-23T21:00:00Z");
        CrampCoachHandler skill = LocalDynamo.skill(LocalDynamo.memory(Clock.fixed(breakfast, ZoneOffset.UTC)),
                AlexaApiStandIn.patientZones());

        // Breakfast on the 24th in Sydney, still the 23rd in UTC: Sydney's day, said as "today" without a date.
        assertThat(speech(say(SkillHarness.of(skill, user), "log a back spasm", breakfast, true)))
                .contains(logged("BACK", Phrase.TODAY));
        assertThat(storedDays()).containsExactlyInAnyOrder("2026-11-23", "2026-11-24");
    }

    @Test
    void a_zone_is_kept_only_with_something_else_to_keep() {
        alexa.zone("Australia/Sydney");
        CrampCoachHandler skill = LocalDynamo.skill(LocalDynamo.memory(Clock.fixed(Instant.parse("2026-11-23T21:00:00Z"),
                ZoneOffset.UTC)), AlexaApiStandIn.patientZones());

        say(SkillHarness.of(skill, user), "how many cramps this week", Instant.parse("2026-11-23T21:00:00Z"), true);

        assertThat(alexa.requests()).as("the zone was asked").hasSize(1);
        assertThat(LocalDynamo.client().get().getItem(b -> b.tableName(LocalDynamo.TABLE)
                .key(Map.of("userId", AttributeValue.fromS(user))).consistentRead(true)).hasItem()).isFalse();
    }
}
