package com.crampcoach;

import java.util.Map;

/**
 * What a deployer configures, read once from the function's environment (see {@code template.yaml}).
 *
 * @param skillId   the Alexa skill ID whose requests this function serves; requests for any other are refused
 * @param tableName the DynamoDB table for what the skill remembers, or null to remember nothing
 * @param env       the environment the DynamoDB client takes its region from ({@code AWS_REGION}); its
 *                  credentials and endpoint ({@code AWS_ENDPOINT_URL_DYNAMODB}) the AWS SDK reads itself
 */
public record Config(String skillId, String tableName, Map<String, String> env) {

    /** The skill ID that the local runner, the events in {@code events/} and the tests use. */
    public static final String DEVELOPMENT_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000c0ac400";

    public Config {
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalStateException("SKILL_ID is not set: set it to your skill's ID (amzn1.ask.skill...) "
                    + "so that this function answers your skill only");
        }
        tableName = tableName == null || tableName.isBlank() ? null : tableName;
        env = Map.copyOf(env);
    }

    public Config(String skillId) {
        this(skillId, null, Map.of());
    }

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(env.get("SKILL_ID"), env.get("TABLE_NAME"), env);
    }

    /** The development skill ID, remembering nothing. */
    public static Config development() {
        return new Config(DEVELOPMENT_SKILL_ID);
    }

    /** The development skill ID, with a table if {@code TABLE_NAME} names one (a DynamoDB Local, say). */
    public static Config local(Map<String, String> env) {
        return new Config(DEVELOPMENT_SKILL_ID, env.get("TABLE_NAME"), env);
    }
}
