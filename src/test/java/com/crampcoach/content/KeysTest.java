package com.crampcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys.FIXED is what the linter checks every locale against, so every key the code names must be in it. */
class KeysTest {

    @Test
    void every_response_key_constant_is_in_FIXED() {
        List<String> constants = Arrays.stream(Keys.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !field.getName().startsWith("ACTION_"))
                .map(KeysTest::value)
                .toList();

        assertThat(constants).hasSizeGreaterThan(30);
        assertThat(Keys.FIXED).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void every_action_constant_is_in_ACTIONS() {
        List<String> actions = Arrays.stream(Keys.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("ACTION_"))
                .map(KeysTest::value)
                .toList();

        assertThat(Keys.ACTIONS).containsExactlyInAnyOrderElementsOf(actions);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
