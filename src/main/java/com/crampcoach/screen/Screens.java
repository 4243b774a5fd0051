package com.crampcoach.screen;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.ContentException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a device with a screen shows beside the words: an APL document for a routine step and one for a relief
 * answer, read once from {@code content/screens/} on the class path, with the stretch's drawing inlined and every word
 * passed in through the datasource {@code screen}. Only for devices that declare {@code Alexa.Presentation.APL}
 * ({@link #supported}); every other device gets no directive at all.
 */
public final class Screens {

    /** The token of a routine step's document; a touch on its buttons comes back as a UserEvent from it. */
    public static final String STEP_TOKEN = "cramp-coach-step";
    /** The token of a relief answer's document. */
    public static final String RELIEF_TOKEN = "cramp-coach-relief";
    /** Where the documents and drawings live on the class path. */
    public static final String FOLDER = "content/screens/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final Map<String, Object> step;
    private final Map<String, Object> relief;
    private final Drawings drawings;

    private Screens(Map<String, Object> step, Map<String, Object> relief, Drawings drawings) {
        this.step = step;
        this.relief = relief;
        this.drawings = drawings;
    }

    /** Reads the documents and drawings from the class path; a missing or malformed file fails here, at start-up. */
    public static Screens load() {
        ClassLoader loader = Screens.class.getClassLoader();
        return read(name -> loader.getResourceAsStream(FOLDER + name));
    }

    /** Reads them through {@code open} (a file name in {@code content/screens/} to its bytes, or null if absent). */
    public static Screens read(Opener open) {
        return new Screens(document(open, "step.json"), document(open, "relief.json"),
                Drawings.of(object(open, "drawings.json")));
    }

    /** The APL version the documents declare: a device whose runtime is older gets no screen, only the card. */
    public static final String APL_VERSION = "2024.2";

    /**
     * True only when the request's device declares {@code Alexa.Presentation.APL} among its supported interfaces,
     * with a runtime at least {@link #APL_VERSION} (a device that gives no version is taken at its word).
     */
    public static boolean supported(RequestEnvelope envelope) {
        var apl = envelope == null || envelope.getContext() == null || envelope.getContext().getSystem() == null
                || envelope.getContext().getSystem().getDevice() == null
                || envelope.getContext().getSystem().getDevice().getSupportedInterfaces() == null
                ? null : envelope.getContext().getSystem().getDevice().getSupportedInterfaces().getAlexaPresentationAPL();
        if (apl == null) {
            return false;
        }
        String max = apl.getRuntime() == null ? null : apl.getRuntime().getMaxVersion();
        return max == null || compareVersions(max, APL_VERSION) >= 0;
    }

    /** Compares APL versions ("1.4", "2024.2") part by part; a part that is not a number counts as 0. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? number(x[i]) : 0;
            int right = i < y.length ? number(y[i]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }

    private static int number(String part) {
        return part.matches("[0-9]{1,6}") ? Integer.parseInt(part) : 0;
    }

    /** The drawings and which step or answer each goes with. */
    public Drawings drawings() {
        return drawings;
    }

    /** A routine step's screen, in the words of {@code catalog}'s locale. */
    public RenderDocumentDirective routineStep(Catalog catalog, RoutineStep shown) {
        Map<String, Object> screen = new LinkedHashMap<>();
        screen.put("title", shown.routineTitle());
        screen.put("routine", shown.routineId());
        screen.put("step", shown.index());
        screen.put("name", capitalised(shown.stepName(), catalog.locale()));
        screen.put("position", catalog.phraseText(Phrase.SCREEN_POSITION,
                Map.of("step", Integer.toString(shown.index() + 1), "total", Integer.toString(shown.count()))));
        screen.put("holdMs", shown.holdSeconds() * 1000L);
        screen.put("holds", shown.holds());
        screen.put("leadMs", shown.millisBeforeHold());
        screen.put("gapMs", shown.millisBetweenHolds());
        screen.put("buttons", Map.of(
                "next", catalog.phraseText(Phrase.SCREEN_NEXT, Map.of()),
                "repeat", catalog.phraseText(Phrase.SCREEN_REPEAT, Map.of()),
                "pause", catalog.phraseText(Phrase.SCREEN_PAUSE, Map.of())));
        return directive(STEP_TOKEN, step, drawings.forStep(shown.routineId(), shown.index()), screen);
    }

    /**
     * A relief answer's screen: its card's title and text, a line of the card to a line on the screen, and the
     * drawing of its main stretch when there is one.
     *
     * @param reliefKey the answer's content key ("relief.calf"), which picks the drawing
     */
    public RenderDocumentDirective relief(String reliefKey, String title, String cardText) {
        List<String> lines = new ArrayList<>();
        for (String line : (cardText == null ? "" : cardText.strip()).split("\n")) {
            lines.add(line.strip());
        }
        Map<String, Object> screen = new LinkedHashMap<>();
        screen.put("title", title == null ? "" : title.strip());
        screen.put("lines", lines);
        return directive(RELIEF_TOKEN, relief, drawings.forRelief(reliefKey), screen);
    }

    private static RenderDocumentDirective directive(String token, Map<String, Object> document,
            Optional<Map<String, Object>> drawing, Map<String, Object> screen) {
        Map<String, Object> sent = new LinkedHashMap<>(document);
        drawing.ifPresent(avg -> sent.put("graphics", Map.of("stretch", avg)));
        screen.put("drawing", drawing.isPresent());
        return RenderDocumentDirective.builder().withToken(token).withDocument(sent)
                .withDatasources(Map.of("screen", screen)).build();
    }

    private static String capitalised(String text, String locale) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? stripped
                : stripped.substring(0, 1).toUpperCase(Locale.forLanguageTag(locale)) + stripped.substring(1);
    }

    private static Map<String, Object> document(Opener open, String name) {
        Map<String, Object> document = object(open, name);
        if (!"APL".equals(document.get("type")) || !(document.get("mainTemplate") instanceof Map)) {
            throw new ContentException(FOLDER + name + ": not an APL document (needs \"type\": \"APL\" and a mainTemplate)");
        }
        if (!APL_VERSION.equals(document.get("version"))) {
            throw new ContentException(FOLDER + name + ": \"version\" must be \"" + APL_VERSION
                    + "\", what devices are checked against before it is sent (Screens.APL_VERSION)");
        }
        return document;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Opener open, String name) {
        try (InputStream in = open.open(name)) {
            if (in == null) {
                throw new ContentException(FOLDER + name + ": missing");
            }
            return (Map<String, Object>) frozen(JSON.readValue(in, new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new ContentException(FOLDER + name + ": not valid JSON, line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ContentException(FOLDER + name + ": cannot read: " + e.getMessage());
        }
    }

    /** The documents are shared by every answer, so nothing may change them after loading. */
    @SuppressWarnings("unchecked")
    private static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, frozen(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(Arrays.asList(list.stream().map(Screens::frozen).toArray()));
        }
        return value;
    }

    /** Opens a file of {@code content/screens/} by name; null when there is none. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(String name) throws IOException;
    }
}
