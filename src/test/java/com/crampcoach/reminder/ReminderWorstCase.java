package com.crampcoach.reminder;

import com.crampcoach.SkillHarness;
import com.crampcoach.alexa.AlexaApiStandIn;
import com.crampcoach.alexa.ReminderApi;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.crampcoach.memory.LocalDynamo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/**
 * What one "remind me to stretch at ten" costs, measured through the handler with the skill's own deadlines
 * ({@link ReminderApi#standard()}): when the Reminders API answers at once (the reference), and in the worst case
 * it can be for the API (a list just inside the deadline, a create past it, and a read-back list just inside). Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.crampcoach.reminder.ReminderWorstCase}
 * (it starts DynamoDB Local itself). DynamoDB's own worst case (2 s a read, 2 s a write) is bounded by
 * {@code Memory.DEADLINE} and not simulated here.
 */
public final class ReminderWorstCase {

    private static final UtteranceMatcher MATCHER = new UtteranceMatcher(InteractionModel.forLocale("en-US"));
    private static final int ROUNDS = 5;

    private ReminderWorstCase() {
    }

    public static void main(String[] args) {
        long[] reference = new long[ROUNDS + 1];
        long[] worst = new long[ROUNDS + 1];
        // Round 0 warms both paths (the first request loads classes) and is left out. Each round has stand-ins of its
        // own, so that no reminder of an earlier round is found and changed instead of made.
        for (int round = 0; round <= ROUNDS; round++) {
            try (AlexaApiStandIn quick = new AlexaApiStandIn(); AlexaApiStandIn late = new AlexaApiStandIn()) {
                // The most one set can wait on the API: a list answered just inside the deadline, a create never
                // answered in time, and a read-back list just inside it again (a list past it stops the set).
                late.reminderLate("LIST", ReminderApi.DEADLINE.minusMillis(100)).reminderLate("POST", Duration.ofSeconds(3));
                reference[round] = set(quick);
                worst[round] = set(late);
            }
        }
        long ref = median(Arrays.copyOfRange(reference, 1, ROUNDS + 1));
        long bad = median(Arrays.copyOfRange(worst, 1, ROUNDS + 1));
        System.out.printf("set, API answering at once: median %d ms of %d%n", ref, ROUNDS);
        System.out.printf("set, lists %d ms late and the create past its %d ms deadline: median %d ms of %d (%.1fx)%n",
                ReminderApi.DEADLINE.minusMillis(100).toMillis(), ReminderApi.DEADLINE.toMillis(), bad, ROUNDS,
                (double) bad / Math.max(1, ref));
        System.exit(0);
    }

    /** One "set" by a new person, in milliseconds. */
    private static long set(AlexaApiStandIn alexa) {
        SkillHarness person = SkillHarness.of(LocalDynamo.skill(LocalDynamo.memory(Clock.systemUTC()),
                AlexaApiStandIn.patientZones(), ReminderApi.standard()), "amzn1.ask.account." + UUID.randomUUID());
        ObjectNode request = person.envelopes.intent(MATCHER.match("remind me to stretch at ten"));
        ObjectNode system = alexa.reachedBy(request);
        ((ObjectNode) system.path("user")).putObject("permissions").putObject("scopes")
                .putObject(ReminderApi.SCOPE).put("status", "GRANTED");
        long start = System.nanoTime();
        person.mine(request);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
