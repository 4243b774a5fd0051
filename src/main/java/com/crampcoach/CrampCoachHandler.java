package com.crampcoach;

import com.amazon.ask.SkillStreamHandler;
import com.crampcoach.content.Content;
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

    private final SkillGate gate;
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
        this(config, content, new SkillGate(config.skillId(), SkillFactory.create(config, content)));
    }

    private CrampCoachHandler(Config config, Content content, SkillGate gate) {
        super(gate);
        this.config = config;
        this.content = content;
        this.gate = gate;
    }

    /** Runs representative requests through the skill, answers discarded; returns how many were answered. */
    public int prime(int rounds) {
        return Primer.prime(gate, Primer.requests(config.skillId(), content.locales()), rounds);
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
        // Nothing to reconnect: the skill holds no connections or clients.
    }
}
