package com.crampcoach.memory;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.alexa.AlexaApiStandIn;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Preferences;
import com.crampcoach.local.UtteranceMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The record stays bounded, through the real handler and a real DynamoDB Local: an entry keeps only a body part
 * the skill knows, a day takes {@value CrampLog#PER_DAY} entries, and the largest item the skill can ever write,
 * filled to every cap with the longest inputs it keeps, is computed and checked far below DynamoDB's 400 KB.
 */
class RecordBoundsTest {

    /** DynamoDB's item limit: attribute names and values together. */
    private static final long ITEM_LIMIT = 400 * 1024;
    /** DynamoDB's limit on a partition key: no user ID can be longer. */
    private static final int KEY_LIMIT = 2048;
    /**
     * Everything in an item besides the key and the log's entries, at its largest: the attribute names, the
     * settings, a saved place, the log's consent and nudge date, the version, {@value UserTable#RECENT_WRITES} write
     * IDs and the expiry. About 600 bytes; the bound allows for more.
     */
    private static final long REST = 1024;
    /** The longest body part an entry keeps. */
    private static final String LONGEST = CrampLog.PARTS.stream().max(Comparator.comparingInt(String::length)).orElseThrow();

    /** "Log a cramp" with the body part ID {@code id} as entity resolution gave it, made at {@code at}. */
    private static ObjectNode logCramp(SkillHarness person, String id, Instant at) {
        ObjectNode request = person.envelopes.intent(new UtteranceMatcher.Match("LogCrampIntent",
                Map.of("bodyPart", new UtteranceMatcher.SlotFill("BodyPart", "there", id, "there"))));
        ((ObjectNode) request.path("request")).put("timestamp", at.toString());
        return request;
    }

    /** Logs the first cramp, and says yes to keeping a log. */
    private static void consent(SkillHarness person, String id, Instant at) {
        JsonNode asked = person.mine(logCramp(person, id, at));
        assertThat(speech(asked)).contains("Shall I keep it");
        person.envelopes.continueSession(asked);
        ObjectNode yes = person.envelopes.intent("AMAZON.YesIntent");
        ((ObjectNode) yes.path("request")).put("timestamp", at.toString());
        assertThat(speech(person.mine(yes))).containsPattern(Words.logged("en-US", null));
    }

    private static Map<String, AttributeValue> item(String user) {
        return LocalDynamo.client().get().getItem(b -> b.tableName(LocalDynamo.TABLE)
                .key(Map.of("userId", AttributeValue.fromS(user))).consistentRead(true)).item();
    }

    /** An item's size as DynamoDB counts it (numbers at their largest, 21 bytes). */
    static long size(Map<String, AttributeValue> item) {
        return item.entrySet().stream().mapToLong(e -> utf8(e.getKey()) + size(e.getValue())).sum();
    }

    private static long size(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> 21;
            case BOOL, NUL -> 1;
            case L -> 3 + value.l().stream().mapToLong(v -> size(v) + 1).sum();
            case M -> 3 + value.m().entrySet().stream().mapToLong(e -> utf8(e.getKey()) + size(e.getValue()) + 1).sum();
            default -> throw new IllegalStateException("the skill writes no " + value.type());
        };
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void the_largest_item_the_skill_can_write_is_far_below_dynamodbs_item_limit() {
        long entry = utf8("{\"d\":\"2026-11-23\",\"p\":\"" + LONGEST + "\"},");
        long entries = (CrampLog.KEEP_DAYS + 2L) * CrampLog.PER_DAY;
        long worst = KEY_LIMIT + REST + entries * entry;
        assertThat(worst).as("the worst case, computed from the caps").isLessThan(ITEM_LIMIT / 8);

        Instant first = Instant.parse("2026-01-01T12:00:00Z");
        MovableClock server = new MovableClock(first);
        CrampCoachHandler skill = LocalDynamo.skill(LocalDynamo.memory(server), AlexaApiStandIn.patientZones());
        String user = "amzn1.ask.account." + "X".repeat(KEY_LIMIT - "amzn1.ask.account.".length());
        SkillHarness person = SkillHarness.of(skill, user);
        // Every setting at its longest, and a saved place.
        person.say("make the holds longer");
        person.say("make the holds longer");
        person.say("speak slower");
        person.say("talk quietly");
        person.say("start the bedtime routine");
        person.say("next");
        assertThat(speech(person.say("pause"))).contains(Words.firstSentence(Words.said("en-US", Key.ROUTINE_PAUSED, Words.place("en-US", "bedtime", 1))));

        String id = LONGEST.toUpperCase(java.util.Locale.ROOT);
        consent(person, id, first);
        // Every day of the retention and one more, each filled: the oldest days fall out as the newest come in.
        int days = CrampLog.KEEP_DAYS + 3;
        for (int day = 0; day < days; day++) {
            Instant now = first.plus(Duration.ofDays(day));
            server.set(now);
            for (int i = day == 0 ? 1 : 0; i < CrampLog.PER_DAY; i++) {
                assertThat(speech(person.mine(logCramp(person, id, now)))).containsPattern(Words.logged("en-US", id));
            }
        }
        // A request may be dated up to Person.TIMESTAMP_TOLERANCE ahead of the server's clock: just before the
        // person's midnight, its cramp is dated tomorrow, so one day more fills (RetentionClockTest: a timestamp
        // further out dates nothing by itself).
        Instant beforeMidnight = server.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(24))
                .minusSeconds(60);
        server.set(beforeMidnight);
        Instant afterMidnight = beforeMidnight.plusSeconds(90);
        for (int i = 0; i < CrampLog.PER_DAY; i++) {
            assertThat(speech(person.mine(logCramp(person, id, afterMidnight)))).containsPattern(Words.logged("en-US", id));
        }
        assertThat(speech(person.mine(logCramp(person, id, afterMidnight)))).containsPattern(Words.answer("en-US", Key.LOG_FULL,
                Map.of("count", String.valueOf(CrampLog.PER_DAY), "place", Words.place("en-US", id)), "day"));

        UserRecord stored = LocalDynamo.memory(server).user(MemoryTest.envelopeFor(user), false).orIfNone(UserRecord.NONE);
        assertThat(stored.log().entries()).as("every cap reached").hasSize((int) entries);
        assertThat(stored.preferences()).isEqualTo(new Preferences(45, true, true));
        assertThat(stored.savedPlace()).isPresent();
        long measured = size(item(user));
        System.out.printf("Largest item: %d bytes measured, %d bytes worst case computed, DynamoDB's limit %d (%.1f%%)%n",
                measured, worst, ITEM_LIMIT, 100.0 * worst / ITEM_LIMIT);
        assertThat(measured).isLessThanOrEqualTo(worst).isGreaterThan(entries * entry);
    }

    @Test
    void a_forged_body_part_id_of_120000_characters_is_kept_as_a_cramp() {
        String user = "amzn1.ask.account." + UUID.randomUUID();
        SkillHarness person = SkillHarness.of(LocalDynamo.skill(LocalDynamo.memory(Clock.systemUTC())), user);
        String forged = "CALF" + "x".repeat(120_000);

        JsonNode asked = person.mine(logCramp(person, forged, Instant.now()));
        assertThat(speech(asked)).contains("starting with a cramp");
        person.envelopes.continueSession(asked);
        assertThat(speech(person.say("yes"))).containsPattern(Words.logged("en-US", "CRAMP"));
        assertThat(speech(person.mine(logCramp(person, forged, Instant.now())))).containsPattern(Words.logged("en-US", "CRAMP"));

        UserRecord stored = LocalDynamo.memory(Clock.systemUTC()).user(MemoryTest.envelopeFor(user), false)
                .orIfNone(UserRecord.NONE);
        assertThat(stored.log().entries()).extracting(CrampLog.Entry::part).containsExactly("cramp", "cramp");
        assertThat(size(item(user))).isLessThan(1024);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The answer to a cramp beyond the day's entries, on {@code day}. */
    private static String full(LocalDate day) {
        String said = Words.in("en-US").phraseText(Phrase.TODAY_DATED, Map.of("date", Words.date("en-US", day)));
        return "<speak>" + Words.said("en-US", Key.LOG_FULL, Map.of("count", String.valueOf(CrampLog.PER_DAY),
                "place", Words.place("en-US", "BACK"), "day", said)) + "</speak>";
    }

    @Test
    void a_day_keeps_five_entries_and_the_sixth_hears_so() {
        String user = "amzn1.ask.account." + UUID.randomUUID();
        SkillHarness person = SkillHarness.of(LocalDynamo.skill(LocalDynamo.memory(Clock.systemUTC())), user);
        // No API access here, so no time zone: UTC's day, said with its date (either side of a midnight).
        LocalDate first = LocalDate.now(ZoneOffset.UTC);
        consent(person, "CALF", Instant.now());
        for (int i = 1; i < CrampLog.PER_DAY; i++) {
            assertThat(speech(person.mine(logCramp(person, "BACK", Instant.now()))))
                    .containsAnyOf(Words.logged("en-US", "BACK", first, first), Words.logged("en-US", "BACK", today(), today()));
        }

        String sixth = speech(person.mine(logCramp(person, "BACK", Instant.now())));

        assertThat(sixth).isIn(full(first), full(today()));
        assertThat(speech(person.say("how many cramps this week"))).contains(Words.said("en-US", Key.LOG_COUNT_MANY, Map.of("count", "5",
                "period", Words.in("en-US").phraseText(Phrase.WEEK, Map.of()), "place", Words.place("en-US", "BACK"))));
    }
}
