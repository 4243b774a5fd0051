package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.content.Content;
import com.crampcoach.memory.LocalDynamo;
import com.crampcoach.memory.LoopbackProxy;
import com.crampcoach.memory.Memory;
import com.crampcoach.memory.UserTable;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Priming for SnapStart: representative, traceless, and harmless to the answers that follow. */
class PrimerTest {

    private static final Config CONFIG = new Config("amzn1.ask.skill.deployed-skill-id");

    @Test
    void priming_covers_launch_relief_routines_help_fallback_and_emergencies_in_every_locale() throws Exception {
        List<String> locales = Content.load().locales();
        List<byte[]> requests = Primer.requests(CONFIG.skillId(), locales);

        List<JsonNode> parsed = requests.stream().map(PrimerTest::parse).toList();
        assertThat(parsed).extracting(r -> r.at("/request/intent/name").asText(r.at("/request/type").asText()))
                .contains("LaunchRequest", "CalfCrampIntent", "BackSpasmIntent", "NightCrampsIntent", "AMAZON.NextIntent",
                        "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "EmergencyIntent", "SessionEndedRequest");
        assertThat(parsed).extracting(r -> r.at("/request/locale").asText()).containsAll(locales);
        assertThat(parsed).allSatisfy(r -> {
            assertThat(r.at("/context/System/application/applicationId").asText()).isEqualTo(CONFIG.skillId());
            assertThat(r.at("/context/System/apiAccessToken").isMissingNode())
                    .as("without a token no Alexa service can be called").isTrue();
        });
    }

    @Test
    void every_priming_request_is_answered_by_the_deployed_skill() {
        CrampCoachHandler handler = new CrampCoachHandler(CONFIG);
        int requests = Primer.requests(CONFIG.skillId(), Content.load().locales()).size();

        assertThat(handler.prime(3)).isEqualTo(requests * 3);
    }

    @Test
    void a_primed_skill_answers_every_request_exactly_as_an_unprimed_one() throws Exception {
        CrampCoachHandler primed = new CrampCoachHandler(CONFIG);
        primed.prime(2);
        CrampCoachHandler fresh = new CrampCoachHandler(CONFIG);

        for (byte[] request : Primer.requests(CONFIG.skillId(), Content.load().locales())) {
            assertThat(answer(primed, request)).isEqualTo(answer(fresh, request));
        }
    }

    @Test
    void priming_a_skill_with_memory_reads_a_key_no_user_can_have_and_writes_nothing() throws Exception {
        // Every call the skill makes to its table passes this proxy, which records it.
        try (LoopbackProxy proxy = new LoopbackProxy(LocalDynamo.port())) {
            Memory memory = new Memory(new UserTable(LocalDynamo.client(proxy.endpoint()), LocalDynamo.TABLE,
                    Clock.systemUTC()), LocalDynamo.GENEROUS);
            CrampCoachHandler withMemory = new CrampCoachHandler(
                    new Config(CONFIG.skillId(), LocalDynamo.TABLE, Map.of()), memory);

            assertThat(withMemory.prime(2)).isPositive();

            assertThat(proxy.requests()).as("the dry reads").isNotEmpty();
            assertThat(proxy.requests()).allSatisfy(request -> {
                assertThat(request.operation()).isEqualTo("GetItem");
                assertThat(request.body()).contains("\"" + UserTable.RESERVED_KEY + "\"");
            });
        }
    }

    private static String answer(CrampCoachHandler handler, byte[] request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        return SkillHarness.JSON.readTree(out.toByteArray()).path("response").toString();
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return SkillHarness.JSON.readTree(bytes);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
