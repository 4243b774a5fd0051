package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.crampcoach.content.Routine;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where an answer must come from, said by content key or routine step and checked by rendering that from content
 * in the request's locale: never by a sentence written here.
 */
@FunctionalInterface
interface Reaches {

    Content CONTENT = Content.load();

    /** Fails unless {@code response} (to a request in {@code locale}) is this answer. */
    void check(JsonNode response, String locale, String what);

    /** The answer of content key {@code key}, and not the apology of a handler that threw. */
    static Reaches key(Key key) {
        return key(key, java.util.Map.of());
    }

    /** The answer {@code key}, said with {@code values}. */
    static Reaches key(Key key, java.util.Map<String, String> values) {
        return (response, locale, what) -> assertThat(SkillHarness.speech(response)).as(what + " reaches " + key.id())
                .contains(CONTENT.forLocale(locale).reply(key, values).speech())
                .doesNotContain(CONTENT.forLocale(locale).reply(Key.ERROR).speech());
    }

    /** Routine {@code id}'s step {@code index} (from 0): its instruction, and no other step's. */
    static Reaches step(String id, int index) {
        return (response, locale, what) -> {
            Routine routine = routine(locale, id);
            String speech = SkillHarness.speech(response);
            assertThat(speech).as(what + " reaches step " + (index + 1) + " of " + id)
                    .contains(instruction(locale, routine.steps().get(index)));
            for (int other = 0; other < routine.steps().size(); other++) {
                if (other != index) {
                    assertThat(speech).as(what + ": not step " + (other + 1)).doesNotContain(instruction(locale, routine.steps().get(other)));
                }
            }
        };
    }

    /** Routine {@code id} from the top: its introduction and its first step. */
    static Reaches start(String id) {
        Reaches first = step(id, 0);
        return (response, locale, what) -> {
            first.check(response, locale, what);
            assertThat(SkillHarness.speech(response)).as(what + " introduces " + id)
                    .contains(catalog(locale).render(routine(locale, id).intro(), java.util.Map.of()));
        };
    }

    /** An answer with nothing said (a session's end). */
    static Reaches silence() {
        return (response, locale, what) -> assertThat(response.at("/response/outputSpeech").isMissingNode())
                .as(what + " says nothing").isTrue();
    }

    /** A name-free question's answer ({@code canFulfill} YES, MAYBE or NO), with nothing said. */
    static Reaches canFulfill(String verdict) {
        return (response, locale, what) -> {
            silence().check(response, locale, what);
            assertThat(response.at("/response/canFulfillIntent/canFulfill").asText()).as(what).isEqualTo(verdict);
        };
    }

    private static Catalog catalog(String locale) {
        return CONTENT.forLocale(locale);
    }

    private static Routine routine(String locale, String id) {
        return catalog(locale).routine(id).orElseThrow();
    }

    private static String instruction(String locale, Routine.Step step) {
        return catalog(locale).render(step.instruction(), java.util.Map.of());
    }
}
