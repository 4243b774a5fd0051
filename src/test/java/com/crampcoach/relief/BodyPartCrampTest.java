package com.crampcoach.relief;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cramp in a named body part: its own script when content has one, the general advice when Alexa resolves a
 * body part that content has no script for (a model and content that drift apart), never the error apology.
 */
class BodyPartCrampTest {

    private static final Content CONTENT = Content.load();

    private final SkillHarness person = new SkillHarness();

    @Test
    void a_resolved_body_part_with_a_script_gets_that_script() {
        assertThat(speech(person.say("my hamstring is cramping")))
                .contains(CONTENT.forLocale("en-US").reply(Key.RELIEF_HAMSTRING).speech());
    }

    @Test
    void a_resolved_body_part_without_a_script_gets_the_general_advice() {
        ObjectNode request = person.envelopes.intent("CrampIntent");
        ((ObjectNode) request.path("request").path("intent")).set("slots", SkillHarness.JSON.valueToTree(Map.of(
                "bodyPart", Map.of("name", "bodyPart", "value", "elbow", "resolutions", Map.of(
                        "resolutionsPerAuthority", List.of(Map.of(
                                "authority", "amzn1.er-authority.echo-sdk.skill.BodyPart",
                                "status", Map.of("code", "ER_SUCCESS_MATCH"),
                                "values", List.of(Map.of("value", Map.of("name", "elbow", "id", "ELBOW"))))))))));

        String speech = speech(person.mine(request));

        assertThat(speech).contains(CONTENT.forLocale("en-US").reply(Key.RELIEF_GENERAL).speech())
                .doesNotContain(CONTENT.forLocale("en-US").reply(Key.ERROR).speech());
    }
}
