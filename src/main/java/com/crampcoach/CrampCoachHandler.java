package com.crampcoach;

import com.amazon.ask.SkillStreamHandler;

/** The Lambda entry point: builds the skill once per container, from the function's environment. */
public final class CrampCoachHandler extends SkillStreamHandler {

    static {
        Logging.configure("info");
    }

    public CrampCoachHandler() {
        this(Config.fromEnvironment(System.getenv()));
    }

    /** The same handler with explicit configuration, for the local runner and the tests. */
    public CrampCoachHandler(Config config) {
        super(new SkillGate(config.skillId(), SkillFactory.create(config)));
    }
}
