package com.crampcoach.reminder;

import static com.crampcoach.SkillHarness.endsSession;
import static com.crampcoach.SkillHarness.speech;
import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.CrampCoachHandler;
import com.crampcoach.SkillHarness;
import com.crampcoach.alexa.AlexaApiStandIn;
import com.crampcoach.alexa.JdkApiClient;
import com.crampcoach.alexa.ReminderApi;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.local.InteractionModel;
import com.crampcoach.local.UtteranceMatcher;
import com.crampcoach.memory.LocalDynamo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The nightly stretch reminder, through the real handler and a real DynamoDB, against a loopback stand-in for
 * Alexa's Reminders API that the envelope's {@code apiEndpoint} names. Answers are checked by the content key the
 * skill chose, rendered from content; the requests the skill sent are checked as the stand-in got them.
 */
class BedtimeReminderTest {

    private static final UtteranceMatcher MATCHER = new UtteranceMatcher(InteractionModel.forLocale("en-US"));
    private static final Catalog WORDS = Content.load().forLocale("en-US");
    /** 21:30 in Los Angeles on November 30th; 11:00 on December 1st in Kolkata. */
    private static final Instant NOW = Instant.parse("2026-12-01T05:30:00Z");

    private final AlexaApiStandIn alexa = new AlexaApiStandIn().zone("America/Los_Angeles");
    private final String user = "amzn1.ask.account." + UUID.randomUUID();
    /** Whether the envelope says the reminders permission is granted. */
    private boolean granted = true;
    private CrampCoachHandler skill = skill(AlexaApiStandIn.patientZones(), new ReminderApi(new JdkApiClient(LocalDynamo.GENEROUS)));
    private SkillHarness person = SkillHarness.of(skill, user);

    @AfterEach
    void stop() {
        alexa.close();
    }

    private CrampCoachHandler skill(com.crampcoach.alexa.TimeZones zones, ReminderApi reminders) {
        return LocalDynamo.skill(LocalDynamo.memory(Clock.fixed(NOW, ZoneOffset.UTC)), zones, reminders);
    }

    /** A skill whose Reminders API waits {@code deadline} at most: the fixture's own, far from the stand-in's lateness. */
    private void impatient(Duration deadline) {
        skill = skill(AlexaApiStandIn.patientZones(), new ReminderApi(new JdkApiClient(deadline)));
        person = SkillHarness.of(skill, user);
    }

    private JsonNode say(String utterance) {
        return send(person.envelopes.intent(MATCHER.match(utterance)));
    }

    private JsonNode send(ObjectNode request) {
        ((ObjectNode) request.path("request")).put("timestamp", NOW.toString());
        ObjectNode system = alexa.reachedBy(request);
        if (granted) {
            ((ObjectNode) system.path("user")).putObject("permissions").putObject("scopes")
                    .putObject(ReminderApi.SCOPE).put("status", "GRANTED");
        }
        JsonNode response = person.mine(request);
        person.envelopes.continueSession(response);
        return response;
    }

    /** Alexa's answer to the skill's permission request, as it comes back in the same session. */
    private JsonNode permissionAnswer(String status, String token) {
        ObjectNode request = person.envelopes.intent("AMAZON.HelpIntent");
        ObjectNode answer = (ObjectNode) request.path("request");
        answer.removeAll();
        answer.put("type", "Connections.Response");
        answer.put("requestId", "amzn1.echo-api.request.test-" + UUID.randomUUID());
        answer.put("locale", "en-US");
        answer.put("name", "AskFor");
        answer.putObject("status").put("code", "200").put("message", "OK");
        answer.putObject("payload").put("permissionScope", ReminderApi.SCOPE).put("status", status);
        answer.put("token", token);
        return send(request);
    }

    private static String words(String key) {
        return words(key, Map.of());
    }

    /** What the skill says for {@code key}, as Alexa gets it. */
    private static String words(String key, Map<String, String> values) {
        return "<speak>" + WORDS.reply(key, values).speech() + "</speak>";
    }

    private static String at(String time) {
        return words("reminder.set", Map.of("time", time));
    }

    /** The reminder part of this person's stored record, or an empty map. */
    private Map<String, Object> storedReminder() {
        Map<String, AttributeValue> item = LocalDynamo.client().get().getItem(b -> b.tableName(LocalDynamo.TABLE)
                .key(Map.of("userId", AttributeValue.fromS(user))).consistentRead(true)).item();
        if (item == null || !item.containsKey("data")) {
            return Map.of();
        }
        try {
            JsonNode reminder = SkillHarness.JSON.readTree(item.get("data").s()).path("reminder");
            return reminder.isObject() ? SkillHarness.JSON.convertValue(reminder, Map.class) : Map.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long calls(String method, String path) {
        return alexa.requests().stream().filter(request -> request.startsWith(method + " " + path)).count();
    }

    @Test
    void a_reminder_is_set_daily_at_the_time_said_in_the_persons_zone() {
        JsonNode answer = say("remind me to do my bedtime stretches at ten");

        assertThat(speech(answer)).isEqualTo(at("10 p.m."));
        assertThat(alexa.reminders()).hasSize(1);
        JsonNode sent = alexa.reminders().values().iterator().next();
        assertThat(sent.path("trigger").path("type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(sent.path("trigger").path("timeZoneId").asText()).isEqualTo("America/Los_Angeles");
        assertThat(sent.path("trigger").path("recurrence").path("recurrenceRules").get(0).asText())
                .isEqualTo("FREQ=DAILY;BYHOUR=22;BYMINUTE=0;BYSECOND=0;INTERVAL=1");
        // 21:30 in Los Angeles: the first one rings at 22:00 the same evening.
        assertThat(sent.path("trigger").path("recurrence").path("startDateTime").asText()).startsWith("2026-11-30T22:00");
        JsonNode spoken = sent.path("alertInfo").path("spokenInfo").path("content").get(0);
        assertThat(spoken.path("locale").asText()).isEqualTo("en-US");
        assertThat(spoken.path("text").asText()).isEqualTo(WORDS.phraseText("reminder.words", Map.of()))
                .contains("ask Cramp Coach to start my bedtime stretches");
        assertThat(sent.path("pushNotification").path("status").asText()).isEqualTo("ENABLED");
        assertThat(storedReminder().get("id")).isEqualTo(alexa.reminders().keySet().iterator().next());
        assertThat(storedReminder().get("at")).isEqualTo("22:00");
    }

    @Test
    void in_kolkata_the_first_reminder_is_tonight_in_kolkata() {
        alexa.zone("Asia/Kolkata");

        assertThat(speech(say("remind me to stretch at nine thirty pm"))).isEqualTo(at("9:30 p.m."));
        JsonNode trigger = alexa.reminders().values().iterator().next().path("trigger");
        assertThat(trigger.path("timeZoneId").asText()).isEqualTo("Asia/Kolkata");
        // 11:00 on December 1st in Kolkata, where Los Angeles is still on November 30th.
        assertThat(trigger.path("recurrence").path("startDateTime").asText()).startsWith("2026-12-01T21:30");
        assertThat(trigger.path("recurrence").path("recurrenceRules").get(0).asText()).contains("BYHOUR=21;BYMINUTE=30");
    }

    @Test
    void asked_twice_there_is_still_one_reminder_and_a_change_moves_it() {
        say("remind me to stretch at ten");
        String id = alexa.reminders().keySet().iterator().next();
        person.envelopes.startSession();
        say("remind me to stretch at ten");
        person.envelopes.startSession();

        assertThat(speech(say("change my stretch reminder to nine thirty"))).isEqualTo(at("9:30 p.m."));
        assertThat(alexa.reminders()).containsOnlyKeys(id);
        assertThat(calls("POST", "/v1/alerts/reminders")).isEqualTo(1);
        assertThat(calls("PUT", "/v1/alerts/reminders/" + id)).isEqualTo(2);
        assertThat(speech(say("when is my reminder"))).isEqualTo(words("reminder.at", Map.of("time", "9:30 p.m.")));
    }

    @Test
    void a_reminder_the_record_never_learned_is_found_and_changed_not_doubled() {
        String made = alexa.keep(21, 0);

        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(at("10 p.m."));
        assertThat(alexa.reminders()).containsOnlyKeys(made);
        assertThat(storedReminder().get("id")).isEqualTo(made);
    }

    @Test
    void cancelling_deletes_it_and_it_is_never_offered_again() {
        say("remind me to stretch at ten");

        assertThat(speech(say("cancel my stretch reminder"))).isEqualTo(words("reminder.cancelled"));
        assertThat(alexa.reminders()).isEmpty();
        assertThat(storedReminder()).containsEntry("declined", true).doesNotContainKey("id");
        assertThat(speech(say("when is my reminder"))).isEqualTo(words("reminder.none"));
    }

    @Test
    void a_reminder_deleted_in_the_alexa_app_is_none_and_a_new_one_is_made() {
        say("remind me to stretch at ten");
        String id = alexa.reminders().keySet().iterator().next();
        // Deleted in the app: the API no longer has it, though the record does.
        new ReminderApi(new JdkApiClient(LocalDynamo.GENEROUS)).delete(envelopeFor(), id);

        assertThat(speech(say("when is my reminder"))).isEqualTo(words("reminder.none"));
        assertThat(storedReminder()).doesNotContainKey("id");
        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(at("10 p.m."));
        assertThat(alexa.reminders()).hasSize(1);
    }

    private com.amazon.ask.model.RequestEnvelope envelopeFor() {
        ObjectNode request = person.envelopes.intent("AMAZON.HelpIntent");
        alexa.reachedBy(request);
        return new com.amazon.ask.model.services.util.JacksonSerializer().deserialize(request.toString(),
                com.amazon.ask.model.RequestEnvelope.class);
    }

    @Test
    void without_the_permission_alexa_is_asked_to_ask_and_granted_sets_it() {
        granted = false;
        JsonNode asked = say("remind me to stretch at ten");

        assertThat(speech(asked)).isEqualTo(words("reminder.permission", Map.of("time", "10 p.m.")));
        JsonNode directive = asked.path("response").path("directives").get(0);
        assertThat(directive.path("type").asText()).isEqualTo("Connections.SendRequest");
        assertThat(directive.path("name").asText()).isEqualTo("AskFor");
        assertThat(directive.path("payload").path("@type").asText()).isEqualTo("AskForPermissionsConsentRequest");
        assertThat(directive.path("payload").path("permissionScope").asText()).isEqualTo(ReminderApi.SCOPE);
        assertThat(asked.path("response").has("shouldEndSession")).as("Alexa's own dialogue follows").isFalse();
        assertThat(alexa.requests()).as("nothing asked of the API without the permission").isEmpty();

        granted = true;
        JsonNode answered = permissionAnswer("ACCEPTED", directive.path("token").asText());

        assertThat(speech(answered)).isEqualTo(at("10 p.m."));
        assertThat(alexa.reminders()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"DENIED", "NOT_ANSWERED"})
    void permission_not_given_sets_nothing_and_sends_the_apps_card(String status) {
        granted = false;
        String token = say("remind me to stretch at ten").path("response").path("directives").get(0).path("token").asText();

        JsonNode answered = permissionAnswer(status, token);

        assertThat(speech(answered)).isEqualTo(words("reminder.denied"));
        assertThat(answered.path("response").path("card").path("type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(answered.path("response").path("card").path("permissions").get(0).asText()).isEqualTo(ReminderApi.SCOPE);
        assertThat(alexa.requests()).isEmpty();
    }

    @Test
    void a_token_that_names_no_time_sets_nothing() {
        JsonNode answered = permissionAnswer("ACCEPTED", "bedtime-reminder@99:99");

        assertThat(speech(answered)).isEqualTo(words("reminder.ask-time"));
        assertThat(alexa.reminders()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"401", "403"})
    void permission_revoked_since_is_the_permission_path_and_nothing_is_said_set(int status) {
        alexa.reminderFailing("LIST", status).reminderFailing("POST", status);

        JsonNode answer = say("remind me to stretch at ten");

        assertThat(speech(answer)).isEqualTo(words("reminder.denied"));
        assertThat(answer.path("response").path("card").path("type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(storedReminder()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"429", "500", "503"})
    void a_refusal_or_failure_is_not_set(int status) {
        alexa.reminderFailing("POST", status);

        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(words("reminder.not-set"));
        assertThat(alexa.reminders()).isEmpty();
        assertThat(storedReminder()).isEmpty();
    }

    @Test
    void a_list_that_fails_changes_nothing_rather_than_risk_a_second_reminder() {
        alexa.reminderFailing("LIST", 503);

        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(words("reminder.unchecked"));
        assertThat(calls("POST", "/v1/alerts/reminders")).isZero();
    }

    @Test
    void no_answer_is_checked_by_reading_back_and_a_reminder_made_is_said_set() {
        // The skill's own deadline here is the fixture's 2 s, which also bounds the read-back list (answered at once,
        // so a busy machine cannot fail it); the create answers 10 s later, having made the reminder.
        impatient(Duration.ofSeconds(2));
        alexa.reminderLate("POST", Duration.ofSeconds(10));

        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(at("10 p.m."));
        assertThat(alexa.reminders()).hasSize(1);
        assertThat(storedReminder().get("id")).isEqualTo(alexa.reminders().keySet().iterator().next());
    }

    @Test
    void no_answer_and_nothing_read_back_is_i_cant_tell_yet() {
        impatient(Duration.ofSeconds(2));
        alexa.reminderLate("POST", Duration.ofSeconds(10)).reminderFailing("POST", 503);

        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(words("reminder.unsure"));
        assertThat(storedReminder()).isEmpty();
    }

    @Test
    void when_the_api_fails_when_is_i_couldnt_check_never_none() {
        say("remind me to stretch at ten");
        alexa.reminderFailing("GET", 503);

        assertThat(speech(say("when is my reminder"))).isEqualTo(words("reminder.unchecked-when"));
        assertThat(storedReminder()).containsKey("id");
    }

    @Test
    void a_cancel_that_fails_says_it_is_still_set() {
        say("remind me to stretch at ten");
        alexa.reminderFailing("DELETE", 500);

        assertThat(speech(say("cancel my stretch reminder"))).isEqualTo(words("reminder.not-cancelled"));
        assertThat(alexa.reminders()).hasSize(1);
        assertThat(storedReminder()).containsKey("id");
    }

    @Test
    void deleting_my_data_deletes_the_reminder_too() {
        say("remind me to stretch at ten");
        say("delete my data");

        assertThat(speech(say("yes"))).isEqualTo(words("memory.deleted"));
        assertThat(alexa.reminders()).isEmpty();
        assertThat(storedReminder()).isEmpty();
    }

    @Test
    void deleting_my_data_when_the_reminder_cannot_be_deleted_says_so() {
        say("remind me to stretch at ten");
        alexa.reminderFailing("DELETE", 503);
        say("delete my data");

        assertThat(speech(say("yes"))).isEqualTo(words("memory.deleted.reminder-kept"));
        assertThat(alexa.reminders()).hasSize(1);
    }

    @Test
    void the_bedtime_routine_offers_it_once_and_a_no_is_kept() {
        say("start the bedtime routine");
        say("next");
        JsonNode last = say("next");

        assertThat(speech(last)).endsWith(WORDS.reply("reminder.offer").speech() + "</speak>");
        assertThat(endsSession(last)).isFalse();
        assertThat(speech(say("no"))).isEqualTo(words("reminder.declined"));
        assertThat(storedReminder()).containsEntry("declined", true);

        person.envelopes.startSession();
        say("start the bedtime routine");
        say("next");
        JsonNode again = say("next");
        assertThat(speech(again)).doesNotContain(WORDS.reply("reminder.offer").speech());
        assertThat(endsSession(again)).isTrue();
    }

    @Test
    void yes_to_the_offer_asks_the_time_then_sets_it() {
        say("start the bedtime routine");
        say("next");
        say("next");

        assertThat(speech(say("yes"))).isEqualTo(words("reminder.ask-time"));
        assertThat(speech(say("ten thirty pm"))).isEqualTo(at("10:30 p.m."));
        assertThat(alexa.reminders()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"401", "403"})
    void a_create_refused_after_a_list_allowed_is_the_permission_path(int status) {
        alexa.reminderFailing("POST", status);

        JsonNode answer = say("remind me to stretch at ten");

        assertThat(speech(answer)).isEqualTo(words("reminder.denied"));
        assertThat(answer.path("response").path("card").path("type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(calls("GET", "/v1/alerts/reminders")).as("listed first").isEqualTo(1);
        assertThat(storedReminder()).isEmpty();
    }

    @Test
    void an_error_whose_body_is_no_json_is_still_read_by_its_status() {
        alexa.reminderFailing("POST", 503).reminderErrorBody("<html><body>Service Unavailable</body></html>");

        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(words("reminder.not-set"));
    }

    @Test
    void a_gateway_timeout_may_have_made_it_so_it_is_i_cant_tell_yet() {
        alexa.reminderFailing("POST", 504);

        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(words("reminder.unsure"));
        assertThat(calls("GET", "/v1/alerts/reminders")).as("listed first, then read back").isEqualTo(2);
    }

    @Test
    void with_no_zone_ever_known_no_reminder_is_set() {
        alexa.failing(503); // the Settings API: no time zone

        assertThat(speech(say("remind me to stretch at ten"))).isEqualTo(words("reminder.no-zone"));
        assertThat(calls("POST", "/v1/alerts/reminders")).isZero();
    }

    @Test
    void with_the_settings_api_down_the_zone_last_named_is_used() {
        say("remind me to stretch at ten");
        assertThat(storedReminder()).containsKey("id");
        person.envelopes.startSession();
        alexa.failing(503);

        assertThat(speech(say("change my stretch reminder to nine thirty"))).isEqualTo(at("9:30 p.m."));
        JsonNode trigger = alexa.reminders().values().iterator().next().path("trigger");
        assertThat(trigger.path("timeZoneId").asText()).isEqualTo("America/Los_Angeles");
    }

    @Test
    void deleting_my_data_with_the_permission_taken_back_says_the_reminder_is_kept() {
        say("remind me to stretch at ten");
        granted = false;
        say("delete my data");

        assertThat(speech(say("yes"))).isEqualTo(words("memory.deleted.reminder-kept"));
    }
}
