package com.crampcoach.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.alexa.AlexaApiStandIn;
import com.crampcoach.content.Key;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The log's retention is measured by the server's clock, on the person's calendar: a request's timestamp cannot
 * cut it short, nor add an entry dated ahead of the server's (which would outlast the retention).
 */
class RetentionClockTest {

    @Test
    void a_request_dated_a_year_ahead_neither_cuts_the_log_nor_dates_an_entry_by_it() {
        Memory memory = LocalDynamo.memory(Clock.systemUTC());
        String user = "amzn1.ask.account." + UUID.randomUUID();
        LocalDate today = LocalDate.ofInstant(memory.now(), java.time.ZoneOffset.UTC);
        for (int i = 0; i < 6; i++) {
            LocalDate day = i == 0 ? today.minusDays(CrampLog.KEEP_DAYS) : today.minusDays(i);
            memory.updateUser(MemoryTest.envelopeFor(user), record -> record.withLog(record.log().add(new CrampLog.Entry(day, "calf"), today)));
        }
        SkillHarness person = new SkillHarness(new CrampCoachHandler(
                new Config(Config.DEVELOPMENT_SKILL_ID, LocalDynamo.TABLE, Map.of()), memory));
        person.envelopes.asUser(user);
        ObjectNode forged = person.envelopes.intent(new UtteranceMatcher(InteractionModel.forLocale("en-US")).match("log a back spasm"));
        ((ObjectNode) forged.path("request")).put("timestamp", Instant.now().plus(365, ChronoUnit.DAYS).toString());

        // Too far from the server's clock to date anything by: the cramp is dated by the server's day.
        // Without the person's zone (no API access here), UTC's day, said with its date: the server's.
        com.crampcoach.content.Catalog words = com.crampcoach.content.Content.load().forLocale("en-US");
        assertThat(SkillHarness.speech(person.mine(forged))).contains(Words.said("en-US", Key.LOG_SAVED, Map.of("place", Words.place("en-US", "BACK"),
                "day", words.phraseText(com.crampcoach.content.Phrase.TODAY_DATED, Map.of("date", Words.date("en-US", today))))));

        assertThat(memory.user(MemoryTest.envelopeFor(user), false).orIfNone(UserRecord.NONE).log().entries())
                .hasSize(7).extracting(CrampLog.Entry::date).contains(today.minusDays(CrampLog.KEEP_DAYS), today)
                .allMatch(day -> !day.isAfter(today));
    }

    @Test
    void the_retention_counts_the_persons_days_on_the_servers_clock() {
        // Breakfast in Sydney on the 24th is still the 23rd in UTC: the person's retention began a day later than UTC's.
        Instant breakfast = Instant.parse("2026-11-23T21:00:00Z");
        LocalDate utcToday = LocalDate.parse("2026-11-23");
        LocalDate personsFirstKept = LocalDate.parse("2026-11-24").minusDays(CrampLog.KEEP_DAYS);
        Memory memory = LocalDynamo.memory(Clock.fixed(breakfast, java.time.ZoneOffset.UTC));
        String user = "amzn1.ask.account." + UUID.randomUUID();
        memory.updateUser(MemoryTest.envelopeFor(user), record -> record.withLog(record.log()
                .add(new CrampLog.Entry(personsFirstKept.minusDays(1), "calf"), utcToday)
                .add(new CrampLog.Entry(personsFirstKept, "foot"), utcToday)));
        try (AlexaApiStandIn alexa = new AlexaApiStandIn().zone("Australia/Sydney")) {
            SkillHarness person = SkillHarness.of(LocalDynamo.skill(memory, AlexaApiStandIn.patientZones()), user);
            ObjectNode log = person.envelopes.intent(new UtteranceMatcher(InteractionModel.forLocale("en-US")).match("log a back spasm"));
            ((ObjectNode) log.path("request")).put("timestamp", breakfast.toString());
            alexa.reachedBy(log);

            assertThat(SkillHarness.speech(person.mine(log))).contains(Words.said("en-US", Key.LOG_SAVED,
                    Map.of("place", Words.place("en-US", "BACK"), "day", Words.phrase("en-US",
                            com.crampcoach.content.Phrase.TODAY, Map.of()))));
        }

        assertThat(memory.user(MemoryTest.envelopeFor(user), false).orIfNone(UserRecord.NONE).log().entries())
                .extracting(CrampLog.Entry::date)
                .as("the day before the person's retention is cut, though UTC's would still keep it")
                .containsExactly(personsFirstKept, LocalDate.parse("2026-11-24"));
    }
}
