package com.crampcoach;

import com.amazon.ask.SkillStreamHandler;
import com.crampcoach.content.Content;
import com.crampcoach.conversation.Parts;
import com.crampcoach.log.Logging;
import com.crampcoach.memory.Memory;
import com.crampcoach.screen.Screens;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.LoggerFactory;

/**
 * The Lambda entry point: builds the skill once per container, from the function's environment. On
 * Lambda it registers for SnapStart's checkpoint, where it primes the skill (see {@link Primer}).
 */
public final class CrampCoachHandler extends SkillStreamHandler implements Resource {

    static {
        Logging.configure("info");
    }

    /** Priming rounds: enough for the hot paths to be compiled before the snapshot. */
    private static final int PRIMING_ROUNDS = 200;
    /** Dry reads of the memory path: enough to load and compile the client's code, few enough to be quick. */
    private static final int DRY_READS = 20;

    private final Config config;
    private final Parts parts;

    public CrampCoachHandler() {
        this(configFromEnvironment());
        Core.getGlobalContext().register(this);
    }

    /** The function's configuration; without it the function must not start, and says why in one line. */
    private static Config configFromEnvironment() {
        try {
            return Config.fromEnvironment(System.getenv());
        } catch (IllegalStateException e) {
            LoggerFactory.getLogger(CrampCoachHandler.class).error("Not starting: {}", e.getMessage());
            throw e;
        }
    }

    /** The same handler with explicit configuration, for the local runner and the tests. */
    public CrampCoachHandler(Config config) {
        this(config, SkillFactory.memory(config));
    }

    /** The same handler with memory of the caller's making (test fixtures, with timeouts of their own). */
    public CrampCoachHandler(Config config, Memory memory) {
        this(config, new Parts(Content.load(), memory, Screens.load()));
    }

    /** With the time zones of the caller's making too (test fixtures, against a stand-in, with deadlines of their own). */
    public CrampCoachHandler(Config config, Memory memory, com.crampcoach.alexa.TimeZones zones) {
        this(config, new Parts(Content.load(), memory, Screens.load(), zones));
    }

    /** With Alexa's Reminders API of the caller's making too (tests, against a stand-in). */
    public CrampCoachHandler(Config config, Memory memory, com.crampcoach.alexa.TimeZones zones,
            com.crampcoach.alexa.ReminderApi reminders) {
        this(config, new Parts(Content.load(), memory, Screens.load(), zones, reminders));
    }

    private CrampCoachHandler(Config config, Parts parts) {
        super(new SkillGate(config.skillId(), SkillFactory.create(config, parts)));
        this.config = config;
        this.parts = parts;
    }

    /**
     * Runs representative requests through a twin of the skill that remembers nothing, answers discarded,
     * and returns how many were answered. The twin runs the same code, so the same code is loaded and
     * compiled, but it can neither read nor write a user's data. Then, with memory, it warms the memory
     * path itself (client, credentials, classes, a connection) with dry reads of a key no user can have.
     */
    public int prime(int rounds) {
        SkillGate twin = new SkillGate(config.skillId(), SkillFactory.create(config, parts.withoutMemory()));
        int answered = Primer.prime(twin, Primer.requests(config.skillId(), parts.content().locales()), rounds);
        for (int read = 0; read < DRY_READS && parts.memory().prime(); read++) {
            // Stops at the first read DynamoDB does not answer: priming must not wait out an outage.
        }
        return answered;
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        long start = System.nanoTime();
        int answered = prime(PRIMING_ROUNDS);
        LoggerFactory.getLogger(CrampCoachHandler.class).info("Primed with {} requests in {} ms",
                answered, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to do: a pooled DynamoDB connection that did not survive the snapshot is retried by the SDK.
    }
}
