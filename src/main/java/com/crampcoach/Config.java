package com.crampcoach;

import com.crampcoach.log.Logging;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a deployer configures, read once from the function's environment (see {@code template.yaml}).
 *
 * @param skillId   the Alexa skill ID whose requests this function serves; requests for any other are refused.
 *                  Surrounding whitespace (from a copy and paste) is dropped; anything not shaped like a skill
 *                  ID ({@link #SKILL_ID_FORMAT}) refuses to start
 * @param tableName the DynamoDB table for what the skill remembers, or null to remember nothing
 * @param env       the environment the DynamoDB client takes its region from ({@code AWS_REGION}); its
 *                  credentials and endpoint ({@code AWS_ENDPOINT_URL_DYNAMODB}) the AWS SDK reads itself
 */
public record Config(String skillId, String tableName, Map<String, String> env) {

    /** The skill ID that the local runner, the events in {@code events/} and the tests use. */
    public static final String DEVELOPMENT_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000c0ac400";

    /**
     * What a skill ID looks like. {@code template.yaml}'s SkillId AllowedPattern is this expression, anchored
     * (a test holds them together); the template refuses surrounding whitespace because the Alexa trigger's
     * permission would carry it, while SKILL_ID here forgives it.
     */
    public static final String SKILL_ID_FORMAT = "amzn1\\.ask\\.skill\\.[0-9A-Za-z-]+";
    private static final Pattern SKILL_ID = Pattern.compile(SKILL_ID_FORMAT);

    public Config {
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalStateException("SKILL_ID is not set: set it to your skill's ID (amzn1.ask.skill...) "
                    + "so that this function answers your skill only");
        }
        skillId = skillId.strip();
        if (!SKILL_ID.matcher(skillId).matches()) {
            throw new IllegalStateException("SKILL_ID is not a skill ID: it must look like amzn1.ask.skill.<id>, not '"
                    + Logging.field(skillId) + "'");
        }
        tableName = tableName == null || tableName.isBlank() ? null : tableName.strip();
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

    /**
     * The configuration of every local command (chat, invoke, serve): {@code SKILL_ID} if set, else the
     * development ID; a table if {@code TABLE_NAME} names one (a DynamoDB Local, say); and the whole
     * environment for the DynamoDB client, so the same variables reach it as on Lambda.
     */
    public static Config local(Map<String, String> env) {
        String skillId = env.get("SKILL_ID");
        return new Config(skillId == null || skillId.isBlank() ? DEVELOPMENT_SKILL_ID : skillId, env.get("TABLE_NAME"), env);
    }
}
