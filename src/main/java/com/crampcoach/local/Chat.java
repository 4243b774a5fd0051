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
import java.util.ArrayList;
import java.util.List;
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

    private final CrampCoachHandler handler;
    private final Router router;
    private final Envelopes envelopes;
    private final Pattern launch;
    private final Pattern oneShot;
    private final PrintStream out;
    private boolean sessionOpen;

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
        String locale = Content.DEFAULT_LOCALE;
        List<String> utterances = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--locale")) {
                if (i + 1 == args.length) {
                    err.println("error: --locale needs a value, such as en-US");
                    return 2;
                }
                locale = args[++i];
            } else {
                utterances.add(args[i]);
            }
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
                out.println("Talk to Cramp Coach (" + locale + "). Start with \"open cramp coach\" or \"ask cramp coach ...\"; Ctrl-D ends.");
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                out.print("you> ");
                out.flush();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        chat.turn(line);
                    }
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
        String text = UtteranceMatcher.normalize(utterance);
        ObjectNode request;
        Matcher oneShotMatch = oneShot.matcher(text);
        if (launch.matcher(text).matches()) {
            envelopes.startSession();
            request = envelopes.launch();
        } else if (oneShotMatch.matches()) {
            envelopes.startSession();
            request = envelopes.intent(route(oneShotMatch.group(1)));
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
        if (sessionOpen) {
            envelopes.continueSession(response);
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
        if (sessionOpen) {
            send(envelopes.sessionEnded("USER_INITIATED"));
        }
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
        if (!card.isMissingNode()) {
            out.println("card:  " + card.path("title").asText());
            card.path("content").asText().lines().forEach(line -> out.println("       " + line));
        }
        if (response.path("shouldEndSession").asBoolean(true)) {
            out.println("       (session ended)");
        } else {
            String reprompt = response.path("reprompt").path("outputSpeech").path("ssml").asText("");
            out.println("       (listening; if you stay silent: \"" + SpeechPrinter.readable(reprompt) + "\")");
        }
        out.println();
    }
}
