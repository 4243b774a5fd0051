package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deployer's settings: a function without its skill ID must not start, whatever the blank looks like. */
class ConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void a_blank_skill_id_is_refused(String blank) {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("SKILL_ID", blank)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SKILL_ID is not set");
    }

    @Test
    void a_blank_table_name_means_remembering_nothing() {
        Config config = Config.fromEnvironment(Map.of("SKILL_ID", Config.DEVELOPMENT_SKILL_ID, "TABLE_NAME", " "));

        assertThat(config.skillId()).isEqualTo(Config.DEVELOPMENT_SKILL_ID);
        assertThat(config.tableName()).isNull();
    }

    @Test
    void the_table_name_is_taken_from_the_environment() {
        assertThat(Config.fromEnvironment(Map.of("SKILL_ID", "amzn1.ask.skill.x", "TABLE_NAME", "users")).tableName())
                .isEqualTo("users");
    }
}
