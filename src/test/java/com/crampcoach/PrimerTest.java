package com.crampcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
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

    /** Where each priming request must be answered from: by content key or routine step, never a fallback or an error. */
    private static final Map<String, Reaches> PATHS = Map.ofEntries(
            Map.entry("launch", Reaches.key(Key.LAUNCH)),
            Map.entry("relief.calf", Reaches.key(Key.RELIEF_CALF)),
            Map.entry("relief.calf.screen", (response, locale, what) -> {
                Reaches.key(Key.RELIEF_CALF).check(response, locale, what);
                assertThat(response.at("/response/directives/0/type").asText()).as(what + " shows a screen")
                        .isEqualTo("Alexa.Presentation.APL.RenderDocument");
            }),
            Map.entry("relief.back", Reaches.key(Key.RELIEF_BACK)),
            Map.entry("relief.night", Reaches.key(Key.RELIEF_NIGHT)),
            Map.entry("relief.hamstring", Reaches.key(Key.RELIEF_HAMSTRING)),
            Map.entry("doctor", Reaches.key(Key.DOCTOR)),
            Map.entry("routine.start.bedtime", Reaches.start("bedtime")),
            Map.entry("routine.bedtime.step.2", Reaches.step("bedtime", 1)),
            // The twin that answers priming remembers nothing: the memory intents say so, from content.
            Map.entry("memory.settings", Reaches.key(Key.PREFS_SESSION_ONLY)),
            Map.entry("memory.log", Reaches.key(Key.MEMORY_UNAVAILABLE)),
            Map.entry("memory.count", Reaches.key(Key.MEMORY_UNAVAILABLE)),
            Map.entry("help", Reaches.key(Key.HELP)),
            Map.entry("fallback", Reaches.key(Key.FALLBACK)),
            Map.entry("stop", Reaches.key(Key.GOODBYE)),
            Map.entry("emergency", Reaches.key(Key.EMERGENCY)),
            Map.entry("session-ended", Reaches.silence()));

    @Test
    void every_priming_request_reaches_the_path_it_names_in_every_locale() {
        List<String> locales = Content.load().locales();
        List<Primer.Request> requests = Primer.named(CONFIG.skillId(), locales);
        CrampCoachHandler twin = new CrampCoachHandler(CONFIG);

        assertThat(requests.stream().map(Primer.Request::path).distinct())
                .as("every path has an expectation here, and every expectation a request")
                .containsExactlyInAnyOrderElementsOf(PATHS.keySet());
        for (String locale : locales) {
            assertThat(requests).filteredOn(r -> r.locale().equals(locale)).hasSize(PATHS.size());
        }
        for (Primer.Request request : requests) {
            JsonNode response = SkillHarness.send(twin, request.envelope());
            PATHS.get(request.path()).check(response, request.locale(), request.path() + " in " + request.locale());
        }
    }

    @Test
    void priming_requests_are_for_this_skill_carry_no_token_and_no_real_user() {
        List<JsonNode> parsed = Primer.requests(CONFIG.skillId(), Content.load().locales()).stream()
                .map(PrimerTest::parse).toList();

        assertThat(parsed).allSatisfy(r -> {
            assertThat(r.at("/context/System/application/applicationId").asText()).isEqualTo(CONFIG.skillId());
            assertThat(r.at("/session/application/applicationId").asText()).isEqualTo(CONFIG.skillId());
            assertThat(r.at("/context/System/apiAccessToken").isMissingNode())
                    .as("without a token no Alexa service can be called").isTrue();
            assertThat(r.at("/session/user/userId").asText()).isEqualTo("amzn1.ask.account.PRIMING");
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
