package com.crampcoach.local;

import com.crampcoach.Config;
import com.crampcoach.CrampCoachHandler;
import com.crampcoach.content.Content;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code chat}: a text conversation with the skill. Each line is matched to an intent from the
 * interaction model, sent as a request envelope through the Lambda handler, and the answer printed
 * as it would be heard, with the card and whether Alexa keeps listening.
 */
final class Chat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WAKE = "(?:alexa )?";
    /** Typed (or given as an argument) to stay silent; so is an empty line. */
    static final String SILENCE = "/silence";

    private final CrampCoachHandler handler;
    private final Router router;
    private final Envelopes envelopes;
    private final Pattern launch;
    private final Pattern oneShot;
    private final PrintStream out;
    private boolean sessionOpen;
    /** The open session's reprompt while it has not yet been said, as it would be heard. */
    private String reprompt;

    private Chat(String locale, PrintStream out) {
        Config config = Config.local(System.getenv()); // as every local command: SKILL_ID, TABLE_NAME, endpoint
        this.handler = new CrampCoachHandler(config);
        InteractionModel model = InteractionModel.forLocale(locale);
        String name = Pattern.quote(UtteranceMatcher.normalize(model.invocationName()));
        this.router = new Router(model);
        this.envelopes = new Envelopes(config.skillId(), locale);
        this.launch = Pattern.compile(WAKE + "(?:open|launch|start|begin|talk to) " + name);
        this.oneShot = Pattern.compile(WAKE + "(?:ask|tell|use|open|launch|start) " + name
                + "(?: (?:to|about|for|that|if|whether))? (.+)");
        this.out = out;
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String locale;
        List<String> utterances;
        try {
            Options options = Options.parse(args, Map.of("--locale", "L"));
            String asked = options.value("--locale", Content.DEFAULT_LOCALE);
            locale = InteractionModel.locale(asked).orElseThrow(() -> new Options.Invalid("no interaction model for locale '"
                    + Main.printable(asked) + "'; the locales are " + String.join(", ", InteractionModel.locales())));
            utterances = options.words();
        } catch (Options.Invalid e) {
            return e.report(err, "chat");
        }
        Chat chat;
        try {
            chat = new Chat(locale, out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try {
            if (!utterances.isEmpty()) {
                for (String utterance : utterances) {
                    out.println("you> " + utterance); // as a typed line shows, so a transcript reads as one
                    chat.turn(utterance);
                }
            } else {
                out.println("Talk to Cramp Coach (" + locale + "). Start with \"open cramp coach\" or \"ask cramp coach ...\";");
                out.println("an empty line (or " + SILENCE + ") is staying silent; Ctrl-D ends.");
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                out.print("you> ");
                out.flush();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    chat.turn(line);
                    out.print("you> ");
                    out.flush();
                }
                out.println();
            }
            chat.end();
            return 0;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private void turn(String utterance) throws IOException {
        if (utterance.isBlank() || utterance.strip().equalsIgnoreCase(SILENCE)) {
            silence();
            return;
        }
        String text = UtteranceMatcher.normalize(utterance);
        ObjectNode request;
        Matcher oneShotMatch = oneShot.matcher(text);
        boolean launching = launch.matcher(text).matches();
        if (launching || oneShotMatch.matches()) {
            // A new invocation while a session is open: Alexa ends the open one first, and the skill is told.
            endSession("USER_INITIATED", "a new invocation ends the open session first");
            envelopes.startSession();
            request = launching ? envelopes.launch() : envelopes.intent(route(oneShotMatch.group(1)));
        } else {
            if (!sessionOpen) {
                out.println("     (no open session: treating this as \"ask cramp coach " + text + "\")");
                envelopes.startSession();
            }
            request = envelopes.intent(route(text));
        }
        out.println("     " + describe(request.path("request")));
        JsonNode response = send(request);
        print(response.path("response"));
        sessionOpen = !response.path("response").path("shouldEndSession").asBoolean(true);
        reprompt = sessionOpen ? repromptOf(response.path("response")) : null;
        if (sessionOpen) {
            envelopes.continueSession(response);
        }
    }

    /**
     * Saying nothing while Alexa listens: as on a device, the reprompt is spoken once (without a request to the
     * skill); silence after it, or after an answer with no reprompt, ends the session and the skill is told.
     */
    private void silence() throws IOException {
        if (!sessionOpen) {
            out.println("     (silence; no session is open, so nothing happens)");
            out.println();
        } else if (reprompt != null) {
            out.println("     (silence: Alexa says the reprompt and listens once more)");
            out.println("alexa> " + SpeechPrinter.wrap(reprompt, 92, "       "));
            out.println();
            reprompt = null;
        } else {
            endSession("EXCEEDED_MAX_REPROMPTS", "silence again: the session ends");
            out.println("       (session ended)");
            out.println();
        }
    }

    /** The reprompt of an answer that listens, as it would be heard, or null if it has none. */
    private static String repromptOf(JsonNode response) {
        String ssml = response.path("reprompt").path("outputSpeech").path("ssml").asText("");
        return ssml.isBlank() ? null : SpeechPrinter.readable(ssml);
    }

    /** Sends the SessionEndedRequest Alexa would send for the open session, if one is open. */
    private void endSession(String reason, String why) throws IOException {
        if (sessionOpen) {
            out.println("     (" + why + ": SessionEndedRequest, reason " + reason + ")");
            send(envelopes.sessionEnded(reason));
            sessionOpen = false;
            reprompt = null;
        }
    }

    /**
     * The exact match if there is one; otherwise the closest samples are shown, labelled as the guess they
     * are, and the best is used when it clears the threshold.
     */
    private UtteranceMatcher.Match route(String text) {
        Router.Route route = router.route(text);
        if (route.closest().isEmpty() && route.match().intent().equals("AMAZON.FallbackIntent")) {
            out.println("     (no exact match, and no sample shares a word with it)");
        } else if (!route.closest().isEmpty()) {
            out.println("     (no exact match; closest samples - an approximation of how Alexa might route this:)");
            route.closest().forEach(guess -> out.println(String.format(java.util.Locale.ROOT, "       %.2f  %-26s \"%s\"",
                    guess.score(), guess.match().intent(), guess.sample())));
            out.println(route.approximate()
                    ? String.format(java.util.Locale.ROOT, "     (answering with the closest: at or above the %.2f threshold)", ApproximateMatcher.THRESHOLD)
                    : String.format(java.util.Locale.ROOT, "     (none reaches the %.2f threshold: keeping the exact matcher's %s)",
                            ApproximateMatcher.THRESHOLD, route.match().intent()));
        }
        return route.match();
    }

    /** Leaving with the microphone still open ends the session, as walking away from the device would. */
    private void end() throws IOException {
        endSession("USER_INITIATED", "the chat ends with the session open");
    }

    private JsonNode send(ObjectNode request) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), response, null);
        return response.size() == 0 ? JSON.createObjectNode() : JSON.readTree(response.toByteArray());
    }

    private static String describe(JsonNode request) {
        if (!request.path("type").asText().equals("IntentRequest")) {
            return "(" + request.path("type").asText() + ")";
        }
        StringBuilder described = new StringBuilder("(" + request.path("intent").path("name").asText());
        request.path("intent").path("slots").forEach(slot -> {
            if (slot.has("value")) {
                JsonNode resolution = slot.path("resolutions").path("resolutionsPerAuthority").path(0);
                described.append(' ').append(slot.path("name").asText()).append("=\"").append(slot.path("value").asText())
                        .append("\" ").append(resolution.path("status").path("code").asText())
                        .append(resolution.path("values").path(0).path("value").has("id")
                                ? " id=" + resolution.path("values").path(0).path("value").path("id").asText() : "");
            }
        });
        return described.append(")").toString();
    }

    private void print(JsonNode response) {
        String speech = response.path("outputSpeech").path("ssml").asText("");
        out.println("alexa> " + SpeechPrinter.wrap(SpeechPrinter.readable(speech), 92, "       "));
        JsonNode card = response.path("card");
        if (card.path("type").asText().equals("AskForPermissionsConsent")) {
            out.println("card:  (the Alexa app's card asking for " + card.path("permissions") + ")");
        } else if (!card.isMissingNode()) {
            out.println("card:  " + card.path("title").asText());
            card.path("content").asText().lines().forEach(line -> out.println("       " + line));
        }
        for (JsonNode directive : response.path("directives")) {
            if (directive.path("type").asText().equals("Connections.SendRequest")) {
                // Alexa's own dialogue follows on a device; here there is no Alexa to ask, so the chat stops there.
                out.println("       (hands over to Alexa: " + directive.path("name").asText() + " "
                        + directive.path("payload").path("permissionScope").asText()
                        + "; on a device Alexa asks, then answers the skill with Connections.Response)");
                out.println();
                return;
            }
        }
        if (response.path("shouldEndSession").asBoolean(true)) {
            out.println("       (session ended)");
        } else {
            String heard = repromptOf(response);
            out.println("       (listening; if you stay silent" + (heard == null ? ", the session ends)" : ": \"" + heard + "\")"));
        }
        out.println();
    }
}
