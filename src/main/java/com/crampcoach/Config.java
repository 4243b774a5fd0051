package com.crampcoach;

import java.util.Map;

/**
 * What a deployer configures, read once from the function's environment (see {@code template.yaml}).
 *
 * @param skillId the Alexa skill ID whose requests this function serves; requests for any other are refused
 */
public record Config(String skillId) {

    /** The skill ID that the local runner, the events in {@code events/} and the tests use. */
    public static final String DEVELOPMENT_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000c0ac400";

    public Config {
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalStateException("SKILL_ID is not set: set it to your skill's ID (amzn1.ask.skill...) "
                    + "so that this function answers your skill only");
        }
    }

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(env.get("SKILL_ID"));
    }

    public static Config development() {
        return new Config(DEVELOPMENT_SKILL_ID);
    }
}
