package com.crampcoach.memory;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.crampcoach.content.Routine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The record stays private, through the real handler and a real DynamoDB Local: an item is written only when the
 * person asks to be remembered (a setting, consent to a log, a paused place), and a response carries back only the
 * session attributes the skill owns, never one a request made up.
 */
class PrivateRecordTest {

    private static final CrampCoachHandler SKILL = LocalDynamo.skill(LocalDynamo.memory(Clock.systemUTC()));
    private static final Routine CALF = Content.load().forLocale("en-US").routine("calf").orElseThrow();

    private final String user = "amzn1.ask.account." + UUID.randomUUID();

    private SkillHarness person() {
        return SkillHarness.of(SKILL, user);
    }

    private boolean stored() {
        return stored(user);
    }

    private static boolean stored(String someone) {
        return !LocalDynamo.client().get().getItem(b -> b.tableName(LocalDynamo.TABLE)
                .key(Map.of("userId", AttributeValue.fromS(someone))).consistentRead(true)).item().isEmpty();
    }

    /** {@code request} in a session whose attributes are {@code attributes}, as if Alexa had sent them back. */
    private static ObjectNode withAttributes(ObjectNode request, String attributes) {
        try {
            ((ObjectNode) request.path("session")).set("attributes", SkillHarness.JSON.readTree(attributes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return request;
    }

    @Test
    void finishing_a_routine_stores_nothing() {
        SkillHarness person = person();
        JsonNode answer = person.say("start the calf routine");
        for (int step = 1; step < CALF.steps().size(); step++) {
            answer = person.say("next");
        }

        assertThat(answer.at("/response/card/title").asText()).isEqualTo(Words.stepTitle("en-US", "calf", 2));
        assertThat(stored()).as("an item for someone who never asked to be remembered").isFalse();
    }

    @Test
    void yes_to_a_resume_question_that_was_never_asked_stores_nothing() {
        SkillHarness person = person();
        String coach = "{\"coach\":{\"v\":2,\"question\":{\"key\":\"resume.offer\",\"values\":{\"step\":\""
                + CALF.steps().get(1).name() + "\",\"routine\":\"" + CALF.name() + "\"},\"about\":{\"routine\":\"calf\",\"step\":1}}}}";

        JsonNode answer = person.mine(withAttributes(person.envelopes.intent("AMAZON.YesIntent"), coach));

        assertThat(answer.at("/response/card/title").asText()).isEqualTo(Words.stepTitle("en-US", "calf", 1));
        assertThat(stored()).isFalse();
    }

    @Test
    void a_paused_routine_a_setting_and_consent_are_what_store_something() {
        SkillHarness paused = SkillHarness.of(SKILL, user);
        paused.say("start the calf routine");
        assertThat(speech(paused.say("pause"))).contains(Words.firstSentence(Words.said("en-US", Key.ROUTINE_PAUSED, Words.place("en-US", "calf", 0))));
        assertThat(stored()).isTrue();

        for (List<String> asked : List.of(List.of("make the holds longer"), List.of("log a calf cramp", "yes"))) {
            String someone = "amzn1.ask.account." + UUID.randomUUID();
            SkillHarness person = SkillHarness.of(SKILL, someone);
            asked.forEach(person::say);
            assertThat(stored(someone)).as(asked.get(0)).isTrue();
        }
    }

    @Test
    void a_forged_200_kb_attribute_is_not_sent_back() {
        SkillHarness person = person();
        String junk = "x".repeat(200_000);
        String attributes = "{\"junk\":\"" + junk + "\",\"coach\":{\"v\":2,\"extra\":\"" + junk + "\","
                + "\"routine\":{\"id\":\"calf\",\"step\":0,\"play\":false,\"extra\":\"" + junk + "\"}}}";

        for (ObjectNode request : List.of(person.envelopes.intent("AMAZON.NextIntent"), person.envelopes.launch(),
                person.envelopes.intent("AMAZON.RepeatIntent"), person.envelopes.sessionEnded("USER_INITIATED"))) {
            JsonNode answer = person.mine(withAttributes(request, attributes));
            String sent = answer.toString();

            assertThat(sent.length()).as(request.at("/request/type").asText()).isLessThan(8 * 1024);
            assertThat(sent).doesNotContain("xxxxxxxx").doesNotContain("junk").doesNotContain("extra");
            List<String> names = SkillHarness.JSON.convertValue(answer.path("sessionAttributes"), Map.class) == null
                    ? List.of() : List.copyOf(SkillHarness.JSON.convertValue(answer.path("sessionAttributes"), Map.class).keySet());
            assertThat(names).isSubsetOf("coach");
        }
        JsonNode next = person.mine(withAttributes(person.envelopes.intent("AMAZON.NextIntent"), attributes));
        assertThat(next.at("/response/card/title").asText()).as("the skill's own state still read").isEqualTo(Words.stepTitle("en-US", "calf", 1));
        assertThat(next.at("/sessionAttributes/coach/routine/step").asInt()).isEqualTo(1);
    }
}
