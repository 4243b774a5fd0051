package com.crampcoach;

import com.amazon.ask.SkillStreamHandler;
import com.crampcoach.content.Content;
import com.crampcoach.memory.Memory;
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

    private final Config config;
    private final Content content;

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
        this(config, Content.load());
    }

    private CrampCoachHandler(Config config, Content content) {
        super(new SkillGate(config.skillId(), SkillFactory.create(config, content)));
        this.config = config;
        this.content = content;
    }

    /**
     * Runs representative requests through a twin of the skill that remembers nothing, answers discarded;
     * returns how many were answered. The twin runs the same code, so the same code is loaded and compiled,
     * but priming can neither read nor write the user table.
     */
    public int prime(int rounds) {
        SkillGate twin = new SkillGate(config.skillId(), SkillFactory.create(config, content, Memory.none()));
        return Primer.prime(twin, Primer.requests(config.skillId(), content.locales()), rounds);
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
        // Nothing to reconnect: priming used a twin without memory, so the snapshot holds no DynamoDB client or
        // connection; the real skill's client is created on its first request that reads or writes (DynamoClient).
    }
}
