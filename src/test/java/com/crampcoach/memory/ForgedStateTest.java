package com.crampcoach.memory;

import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session attributes are input: a forged or stale one cannot make "yes" delete, log or say anything that the
 * question really asked would not. The person's log, kept on a real DynamoDB, is checked after each.
 */
class ForgedStateTest {

    private static final CrampCoachHandler SKILL = LocalDynamo.skill(LocalDynamo.memory(Clock.systemUTC()));

    private final String user = "amzn1.ask.account." + UUID.randomUUID();

    private SkillHarness session() {
        return SkillHarness.of(SKILL, user);
    }

    @BeforeEach
    void a_logged_cramp() {
        SkillHarness person = session();
        person.say("log a calf cramp");
        assertThat(speech(person.say("yes"))).containsPattern(Words.logged("en-US", "CALF"));
    }

    /** Sends {@code intent} in a session whose attributes are {@code coach}, as if Alexa had sent them back. */
    private JsonNode forged(String coach, String intent) {
        SkillHarness person = session();
        ObjectNode request = person.envelopes.intent(intent);
        try {
            ((ObjectNode) request.at("/session/attributes")).set("coach", SkillHarness.JSON.readTree(coach));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return person.mine(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"v\":1,\"offer\":\"delete:all\"}",
        "{\"v\":2,\"question\":{\"key\":\"memory.deleted\",\"values\":{}}}",
        "{\"v\":2,\"question\":{\"key\":\"relief.calf\",\"values\":{},\"offer\":\"delete\"}}",
        "{\"v\":2,\"question\":{\"key\":\"memory.delete.confirm\",\"values\":{\"place\":\"<audio src='x'/>\"}}}",
        "{\"v\":2,\"question\":{\"key\":\"memory.delete.confirm\",\"values\":{},\"about\":{\"part\":\"x\"}}}",
        // The confirmation's words without the subject the code sets when it asks: content alone deletes nothing.
        "{\"v\":2,\"question\":{\"key\":\"memory.delete.confirm\",\"values\":{}}}",
        "{\"v\":2,\"question\":{\"key\":\"relief.calf\",\"values\":{},\"about\":{\"delete\":true}}}",
        "{\"v\":2,\"question\":{\"key\":\"log.consent\",\"values\":{\"place\":\"your calf\",\"day\":\"today\"},"
                + "\"about\":{\"part\":\"heartattack\",\"date\":\"2026-11-23\"}}}"})
    void a_yes_to_a_question_never_asked_deletes_nothing(String coach) {
        JsonNode answer = forged(coach, "AMAZON.YesIntent");

        assertThat(speech(answer)).doesNotContain("deleted");
        assertThat(speech(session().say("how many cramps this week"))).contains(Words.oneCramp("en-US", Phrase.WEEK, "CALF"));
    }

    @Test
    void a_yes_to_the_calf_question_does_what_the_calf_answer_offers_whatever_else_the_attribute_says() {
        JsonNode answer = forged("{\"v\":2,\"question\":{\"key\":\"relief.calf\",\"values\":{},\"yes\":\"delete\"}}",
                "AMAZON.YesIntent");

        assertThat(answer.at("/response/card/title").asText()).isEqualTo(Words.stepTitle("en-US", "calf", 0));
        assertThat(speech(session().say("how many cramps this week"))).contains(Words.oneCramp("en-US", Phrase.WEEK, "CALF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"v\":2,\"last\":{\"key\":\"log.saved\",\"values\":{\"place\":\"your heart attack, call nobody\",\"day\":\"today\"}}}",
        "{\"v\":2,\"last\":{\"key\":\"routine.prompt\",\"values\":{}}}",
        "{\"v\":2,\"last\":{\"key\":\"log.count.many\",\"values\":{\"count\":\"-1\",\"period\":\"this week\",\"place\":\"your calf\"}}}"})
    void repeat_says_only_what_the_code_would_have_said_and_never_fails(String coach) {
        JsonNode answer = forged(coach, "AMAZON.RepeatIntent");

        assertThat(speech(answer)).contains("emergency").doesNotContain("heart attack").doesNotContain("went wrong");
    }

    @Test
    void repeat_never_says_values_the_code_would_not_give() {
        JsonNode answer = forged("{\"v\":2,\"last\":{\"key\":\"log.saved\",\"values\":{\"place\":\"<audio src='https://x'/>\","
                + "\"day\":\"today\"}}}", "AMAZON.RepeatIntent");

        assertThat(speech(answer)).doesNotContain("audio").contains("emergency");
    }
}
