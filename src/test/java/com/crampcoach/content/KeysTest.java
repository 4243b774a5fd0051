package com.crampcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The code can only speak a {@link Key} or put together a {@link Phrase}; the linter checks every one of them
 * against every locale. Here: the shipped content has each, and each id is written once.
 */
class KeysTest {

    private static final Content CONTENT = Content.load();

    @Test
    void every_key_and_phrase_the_code_can_use_exists_in_every_locale() {
        for (String locale : CONTENT.locales()) {
            Catalog catalog = CONTENT.forLocale(locale);
            assertThat(Key.values()).allSatisfy(key -> assertThat(catalog.has(key)).as(locale + " " + key).isTrue());
            assertThat(Phrase.values()).allSatisfy(phrase ->
                    assertThat(catalog.phrases()).as(locale + " " + phrase).containsKey(phrase.id()));
        }
    }

    @Test
    void ids_are_unique_and_found_again_by_id() {
        assertThat(Arrays.stream(Key.values()).map(Key::id).distinct()).hasSize(Key.values().length);
        assertThat(Arrays.stream(Key.values())).allSatisfy(key -> assertThat(Key.byId(key.id())).contains(key));
        assertThat(Key.relief("HAMSTRING")).contains(Key.RELIEF_HAMSTRING);
        assertThat(Key.relief("ELBOW")).isEmpty();
    }
}
