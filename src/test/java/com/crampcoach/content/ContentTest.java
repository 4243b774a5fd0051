package com.crampcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentTest {

    private static final Content CONTENT = Content.load();

    @Test
    void every_shipped_prompt_renders_to_speech_and_cards_that_alexa_accepts() {
        for (String locale : CONTENT.locales()) {
            Catalog catalog = CONTENT.forLocale(locale);
            assertThat(catalog.keys()).isNotEmpty();
            for (String key : catalog.keys()) {
                Map<String, String> samples = new java.util.HashMap<>();
                catalog.prompt(key).placeholders().stream().filter(name -> !catalog.values().containsKey(name))
                        .forEach(name -> samples.put(name, "a rather long name for a stretch"));
                Reply reply = catalog.reply(key, samples);
                String where = locale + " " + key + " (" + catalog.prompt(key).source() + ")";
                assertThat(SsmlRules.fragmentProblems(reply.speech())).as(where).isEmpty();
                if (reply.reprompt() != null) {
                    assertThat(SsmlRules.fragmentProblems(reply.reprompt())).as(where + " reprompt").isEmpty();
                }
                assertThat(reply.cardTitle()).as(where).isNotBlank();
                assertThat(reply.cardText()).as(where).isNotBlank().hasSizeLessThanOrEqualTo(8000)
                        .doesNotContain("<", ">");
            }
        }
    }

    @Test
    void every_offer_names_an_answer_that_exists_and_is_made_by_a_question() {
        Catalog catalog = CONTENT.forLocale("en-US");
        for (String key : catalog.keys()) {
            Prompt prompt = catalog.prompt(key);
            if (prompt.offer() != null) {
                FollowUp offer = prompt.offer();
                boolean exists = offer instanceof FollowUp.StartRoutine start ? catalog.routine(start.routineId()).isPresent()
                        : !(offer instanceof FollowUp.Answer answer) || catalog.has(answer.key());
                assertThat(exists).as(key + " offers " + prompt.offer()).isTrue();
                assertThat(prompt.asksQuestion()).as(key + " offers something but asks nothing").isTrue();
            }
        }
    }

    @Test
    void an_unknown_locale_falls_back_to_us_english() {
        assertThat(CONTENT.forLocale("xx-XX").locale()).isEqualTo("en-US");
        assertThat(CONTENT.forLocale(null).locale()).isEqualTo("en-US");
    }

    @Test
    void a_hold_in_a_script_becomes_timed_silence_with_cues() {
        Reply calf = CONTENT.forLocale("en-US").reply("relief.calf");

        assertThat(calf.speech()).contains("<break time=\"10000ms\"/>").contains(CONTENT.forLocale("en-US").holdCues().release())
                .doesNotContain("<hold");
    }

    @Test
    void placeholders_are_filled_and_escaped_for_speech_but_not_for_cards() {
        Catalog catalog = catalog("""
                <content>
                  <response key="hello"><speech>Hi {name}.</speech><card title="For {name}">Hello {name}</card></response>
                  <hold-cues><filler>Breathe.</filler><release>Release.</release></hold-cues>
                </content>""");

        Reply reply = catalog.reply("hello", Map.of("name", "Tom & Jerry"));

        assertThat(reply.speech()).isEqualTo("Hi Tom &amp; Jerry.");
        assertThat(reply.cardText()).isEqualTo("Hello Tom & Jerry");
        assertThatThrownBy(() -> catalog.reply("hello")).hasMessageContaining("{name}");
    }

    @Test
    void a_card_keeps_its_lines_without_their_indentation() {
        Catalog catalog = catalog("""
                <content>
                  <response key="k"><speech>Hi.</speech>
                    <card title="T">
                      1. First.
                      2. Second.

                      Last.
                    </card>
                  </response>
                  <hold-cues><filler>Breathe.</filler><release>Release.</release></hold-cues>
                </content>""");

        assertThat(catalog.reply("k").cardText()).isEqualTo("1. First.\n2. Second.\n\nLast.");
    }

    @Test
    void every_locale_s_emergency_number_is_urgent_and_nothing_else_is() {
        for (String locale : CONTENT.locales()) {
            Catalog catalog = CONTENT.forLocale(locale);
            assertThat(catalog.urgent()).as(locale).containsExactly(catalog.values().get("emergencyNumber").ssml());
        }
    }

    @Test
    void a_locale_s_value_keeps_the_urgency_of_the_value_it_replaces() {
        Catalog base = catalog("<content><value name=\"number\" urgent=\"true\">911</value>"
                + "<value name=\"who\">a nurse</value>"
                + "<hold-cues><filler>Breathe.</filler><release>Release.</release></hold-cues></content>");
        ContentLoader loader = new ContentLoader(base);
        read(loader, "<content><value name=\"number\">999</value><value name=\"who\">a physio</value></content>");

        assertThat(loader.catalog("en-GB").urgent()).containsExactly("999");
    }

    @Test
    void an_urgent_flag_that_is_not_true_or_false_is_reported() {
        assertThatThrownBy(() -> catalog("<content><value name=\"number\" urgent=\"yes\">911</value></content>"))
                .hasMessageContaining("urgent=\"yes\" must be true or false");
    }

    @Test
    void malformed_xml_is_reported_with_file_and_line() {
        assertThatThrownBy(() -> catalog("<content>\n<response key=\"a\">\n<speech>Hi & bye</speech>\n</response></content>"))
                .isInstanceOf(ContentException.class).hasMessageStartingWith("test.xml:3:");
    }

    @Test
    void a_response_without_a_card_is_reported_with_its_line() {
        assertThatThrownBy(() -> catalog("<content>\n\n<response key=\"a\"><speech>Hi.</speech></response></content>"))
                .hasMessageStartingWith("test.xml:3:").hasMessageContaining("no <card>");
    }

    @Test
    void a_hold_outside_five_to_a_hundred_and_twenty_seconds_is_reported() {
        assertThatThrownBy(() -> catalog("<content><response key=\"a\"><speech>Hi.<hold seconds=\"300\"/></speech>"
                + "<card title=\"t\">x</card></response></content>"))
                .hasMessageContaining("5 to 120");
    }

    @Test
    void an_unknown_element_is_reported() {
        assertThatThrownBy(() -> catalog("<content><responce key=\"a\"/></content>"))
                .hasMessageContaining("unexpected <responce>");
    }

    @Test
    void asking_for_a_key_that_does_not_exist_names_the_key_and_locale() {
        assertThatThrownBy(() -> CONTENT.forLocale("en-US").reply("no.such.key"))
                .hasMessageContaining("no.such.key").hasMessageContaining("en-US");
    }

    private static Catalog catalog(String xml) {
        ContentLoader loader = new ContentLoader(null);
        read(loader, xml);
        return loader.catalog("en-US");
    }

    private static void read(ContentLoader loader, String xml) {
        try {
            loader.read("test.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
