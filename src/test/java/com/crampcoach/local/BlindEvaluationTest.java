package com.crampcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crampcoach.SkillHarness;
import com.crampcoach.Words;
import com.crampcoach.conversation.Companion;
import com.crampcoach.relief.Relief;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The blind sets ({@code eval/blind/set-N/<locale>.tsv}): phrasings written by someone who had never seen
 * the interaction models or the older evaluation set, committed as written. A set whose misses were read to change
 * the models measures the tuning from then on; the sets' README says which sets those are.
 * Each phrasing goes through three stand-ins for Alexa's language understanding: the exact matcher, the
 * matcher {@code chat} uses, and an independent classifier trained on the model alone
 * ({@link ClassifierMatcher}). A phrasing is right when the request it becomes is one that carries its
 * category's answer ({@link #RIGHT}); a category the skill has no answer for yet is right for none.
 *
 * <p>The figures per locale are printed and kept in {@code target/blind-evaluation.txt}, with every miss. They
 * may only go up: {@code eval/blind/floors.tsv} holds the figures last reached, and the test fails when a
 * figure falls below its floor. Raise a floor when the skill gets better; a floor set lower says so in that file,
 * with the figures and why, and never to hide a danger missed. The emergency lines whose answer would not say the
 * local number first may only go down: {@code eval/blind/ceilings.tsv} holds their counts per set and matcher.
 * Never edit a blind set.
 */
class BlindEvaluationTest {

    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    /** Every {@code eval/blind/set-N} folder, in order of N: a set added there is measured, and needs its floors. */
    private static final List<String> SETS = sets();
    private static final List<String> MATCHERS = List.of("exact", "chat", "classifier");

    /** Each category and the requests that answer it: an intent, with the slot id it needs, if any. */
    static final Map<String, List<String>> RIGHT = right();
    /** Between the two part ids of a route whose answer asks which one. */
    private static final String ASKED = "+";

    @Test
    void blind_phrasings_reach_their_answers_at_least_as_often_as_the_floors_say() {
        Map<String, Double> floors = floors();
        StringBuilder report = new StringBuilder(
                "\nBlind evaluation (share reaching the right answer: exact / chat's matcher / classifier)\n");
        List<String> misses = new ArrayList<>();
        List<String> fell = new ArrayList<>();
        // Per set and matcher: emergency lines, and those whose answer would not say the local number first.
        Map<String, int[]> emergencies = new TreeMap<>(Comparator.comparingInt(BlindEvaluationTest::setNumber));
        // ... and the other lines, and those whose own answer the number would come before (the fail-safe's cost).
        Map<String, int[]> warned = new TreeMap<>(Comparator.comparingInt(BlindEvaluationTest::setNumber));
        // ... and every line, and those answered with "which one?" between two parts (counted right above when one
        // of the two is the line's part).
        Map<String, int[]> asked = new TreeMap<>(Comparator.comparingInt(BlindEvaluationTest::setNumber));
        // ... and the lines no earlier set holds in any locale, and those right: writers repeat each other's commonest
        // lines, and a line an earlier set holds may have guided the model, so a set's own figures flatter it.
        Map<String, int[]> fresh = new TreeMap<>(Comparator.comparingInt(BlindEvaluationTest::setNumber));
        Map<String, Set<String>> earlier = earlier();
        for (String locale : LOCALES) {
            InteractionModel model = InteractionModel.forLocale(locale);
            UtteranceMatcher exact = new UtteranceMatcher(model);
            Router router = new Router(model);
            ClassifierMatcher classifier = new ClassifierMatcher(model);
            Map<String, Function<String, UtteranceMatcher.Match>> matchers = new LinkedHashMap<>();
            matchers.put("exact", exact::match);
            matchers.put("chat", utterance -> router.route(utterance).match());
            matchers.put("classifier", classifier::match);
            for (String set : SETS) {
                List<String[]> phrasings = phrasings(set, locale);
                assertThat(phrasings).as(set + " " + locale).isNotEmpty();
                Map<String, int[]> right = new TreeMap<>();
                for (String[] phrasing : phrasings) {
                    assertThat(RIGHT).as("a category this test does not know: " + phrasing[0]).containsKey(phrasing[0]);
                    boolean novel = !earlier.get(set).contains(UtteranceMatcher.normalize(phrasing[1]));
                    for (String name : MATCHERS) {
                        UtteranceMatcher.Match match = matchers.get(name).apply(phrasing[1]);
                        boolean ok = right(phrasing[0], route(match));
                        right.computeIfAbsent(name, n -> new int[1])[0] += ok ? 1 : 0;
                        boolean emergency = phrasing[0].startsWith("emergency.");
                        tally(emergency ? emergencies : warned, set, name,
                                emergency ? !numberFirst(phrasing[0], match) : unknownSaidWith(match));
                        tally(asked, set, name, asks(route(match)));
                        if (novel) {
                            tally(fresh, set, name, ok);
                        }
                        if (!ok) {
                            misses.add(String.join("\t", set, locale, name, phrasing[0], phrasing[1], "-> " + route(match)
                                    + (emergency && numberFirst(phrasing[0], match) ? " (number first)" : "")));
                        }
                    }
                }
                StringBuilder line = new StringBuilder(String.format("%-6s %-6s %3d", set, locale, phrasings.size()));
                for (String name : MATCHERS) {
                    // Rounded as printed, since the floors are written from what was printed.
                    double share = Math.round(1000.0 * right.getOrDefault(name, new int[1])[0] / phrasings.size()) / 10.0;
                    line.append(String.format("  %5.1f %%", share));
                    Double floor = floors.get(set + "\t" + locale + "\t" + name);
                    if (floor != null && share < floor) {
                        fell.add(String.format("%s %s %s: %.1f %% is below its floor of %.1f %%", set, locale, name,
                                share, floor));
                    }
                }
                report.append(line).append('\n');
            }
        }
        report.append("\nEmergency lines whose answer does not say the local number first (the emergency answer, the")
                .append(" fallback, or a cramp's answer after words said in the same breath that no value matched say it")
                .append(" first), all locales: set, lines, exact / chat's matcher / classifier\n");
        emergencies.forEach((set, counts) -> report.append(counted(set, counts)));
        Map<String, Integer> ceilings = ceilings();
        emergencies.forEach((set, counts) -> {
            for (String name : MATCHERS) {
                Integer ceiling = ceilings.get(set + "\t" + name);
                int unsafe = counts[MATCHERS.indexOf(name) + 1];
                if (ceiling != null && unsafe > ceiling) {
                    fell.add(String.format("%s %s: %d emergency lines would not hear the local number first, over its"
                            + " ceiling of %d", set, name, unsafe, ceiling));
                }
            }
        });
        report.append("\nOther lines whose own answer the local number comes before (words said in the same breath that no")
                .append(" value matched), all locales: set, lines, exact / chat's matcher / classifier\n");
        warned.forEach((set, counts) -> report.append(counted(set, counts)));
        report.append("\nLines answered with \"which one?\" between two parts said in one breath, all locales: set, lines,")
                .append(" exact / chat's matcher / classifier\n");
        asked.forEach((set, counts) -> report.append(counted(set, counts)));
        report.append("\nLines no earlier set holds in any locale, and those reaching the right answer, all locales: set, lines,")
                .append(" exact / chat's matcher / classifier\n");
        fresh.forEach((set, counts) -> report.append(counted(set, counts)));
        report.append("\nMisses (set, locale, matcher, category, phrasing, what it became; \"number first\" after an emergency")
                .append(" line whose answer still says the local number first):\n")
                .append(String.join("\n", misses)).append('\n');
        System.out.println(report);
        write(report.toString());
        assertThat(floors).as("floors for every set, locale and matcher").hasSize(SETS.size() * LOCALES.size() * MATCHERS.size());
        assertThat(ceilings).as("ceilings for every set with emergency lines, and matcher")
                .hasSize(emergencies.size() * MATCHERS.size());
        assertThat(fell).as("figures that fell" + report).isEmpty();
    }

    @Test
    void a_route_names_the_intent_and_the_slot_id_that_decide_the_answer() {
        UtteranceMatcher.SlotFill calf = new UtteranceMatcher.SlotFill("BodyPart", "calf", "CALF", "calf");
        assertThat(route(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf)))).isEqualTo("CrampIntent/CALF");
        Map<String, UtteranceMatcher.SlotFill> none = new LinkedHashMap<>();
        none.put("bodyPart", null);
        assertThat(route(new UtteranceMatcher.Match("CrampIntent", none))).isEqualTo("CrampIntent");
        UtteranceMatcher.SlotFill foot = new UtteranceMatcher.SlotFill("BodyPart", "foot", "FOOT", "foot");
        assertThat(route(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf, Companion.BESIDE_PART, foot))))
                .as("a part set aside decides nothing").isEqualTo("CrampIntent/CALF");
        assertThat(route(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf, Companion.OTHER_PART, foot))))
                .as("two cramping parts ask which").isEqualTo("CrampIntent/CALF+FOOT");
        assertThat(RIGHT.get("relief.calf")).contains("CrampIntent/CALF").doesNotContain("CrampIntent");
        assertThat(RIGHT.get("emergency.neck-fever")).containsExactly("EmergencyIntent");
        UtteranceMatcher.SlotFill cold = new UtteranceMatcher.SlotFill("Symptom", "it's gone cold", "EMERGENCY_COLD_LIMB", "x");
        UtteranceMatcher.SlotFill swollen = new UtteranceMatcher.SlotFill("Symptom", "it's swollen", "REDFLAG_SWELLING", "x");
        assertThat(route(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf, "symptom", cold))))
                .isEqualTo("EmergencyIntent");
        assertThat(route(new UtteranceMatcher.Match("CalfCrampIntent", Map.of("symptom", swollen))))
                .isEqualTo("RedFlagSwellingIntent");
        assertThat(route(new UtteranceMatcher.Match("EmergencyIntent", Map.of("symptom", swollen)))).isEqualTo("EmergencyIntent");
        assertThat(numberFirst(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf, "symptom", cold)))).isTrue();
        assertThat(numberFirst(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf, "symptom", swollen)))).isFalse();
        assertThat(numberFirst(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf)))).isFalse();
        assertThat(numberFirst(new UtteranceMatcher.Match("AMAZON.FallbackIntent", Map.of()))).isTrue();
        UtteranceMatcher.SlotFill neck = new UtteranceMatcher.SlotFill("BodyPart", "stiff neck", "NECK", "neck");
        UtteranceMatcher.Match neckCramp = new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", neck));
        assertThat(numberFirst(neckCramp)).isFalse();
        assertThat(numberFirst("emergency.neck-fever", neckCramp)).as("its first sentence names this danger").isTrue();
        assertThat(numberFirst("emergency.stroke", neckCramp)).as("and no other").isFalse();
        assertThat(numberFirst("emergency.neck-fever", new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf))))
                .isFalse();
        UtteranceMatcher.SlotFill weird = new UtteranceMatcher.SlotFill("Symptom", "it feels weird", null, null);
        assertThat(numberFirst(new UtteranceMatcher.Match("CrampIntent", Map.of("bodyPart", calf, "symptom", weird)))).isTrue();
        UtteranceMatcher.SlotFill quinine = new UtteranceMatcher.SlotFill("Medicine", "quinine", "QUININE", "quinine");
        assertThat(route(new UtteranceMatcher.Match("MedicationIntent", Map.of("medicine", quinine)))).isEqualTo("MedicationIntent");
    }

    /**
     * The intent, and the resolved id of the slot that picks among its answers (body part, routine, setting...).
     * A danger said in the same breath decides as the skill decides ({@link Companion}): its answer comes first.
     * The medicine named, the day of a log and a part set aside ({@link Companion#BESIDE_PART}) change no answer, so they
     * are left out.
     */
    static String route(UtteranceMatcher.Match match) {
        Optional<String> symptom = Optional.ofNullable(match.slots().get(Companion.SLOT))
                .filter(UtteranceMatcher.SlotFill::resolved).map(UtteranceMatcher.SlotFill::id);
        String first = Companion.first(match.intent(), symptom);
        if (!first.equals(match.intent())) {
            return first;
        }
        Map<String, String> ids = new TreeMap<>();
        match.slots().entrySet().stream().filter(e -> e.getValue() != null && e.getValue().resolved())
                .filter(e -> !List.of("when", "medicine", Companion.SLOT, Companion.BESIDE_PART).contains(e.getKey()))
                .forEach(e -> ids.put(e.getKey(), e.getValue().id()));
        // Two parts in one breath: one part's answer, or the question naming both ("CrampIntent/CALF+FOOT").
        List<String> parts = Relief.parts(Optional.ofNullable(ids.remove(Relief.SLOT)),
                Optional.ofNullable(ids.remove(Companion.OTHER_PART)));
        if (!parts.isEmpty()) {
            ids.put(Relief.SLOT, String.join(ASKED, parts));
        }
        StringBuilder route = new StringBuilder(match.intent());
        ids.values().forEach(id -> route.append('/').append(id));
        return route.toString();
    }

    /**
     * Whether {@code route} carries {@code category}'s answer: one of its requests, or the question "which one?" between
     * two parts when one of them is this category's part (the person's answer then reaches it).
     */
    static boolean right(String category, String route) {
        List<String> answers = RIGHT.get(category);
        if (answers.contains(route) || !asks(route)) {
            return answers.contains(route);
        }
        String intent = route.substring(0, route.lastIndexOf('/') + 1);
        return Stream.of(route.substring(intent.length()).split(java.util.regex.Pattern.quote(ASKED)))
                .anyMatch(part -> answers.contains(intent + part));
    }

    /** Whether the route is the question "which one?" between two parts said in one breath. */
    static boolean asks(String route) {
        return route.contains(ASKED);
    }

    /**
     * Whether the skill's answer to {@code match} says the local number first: the emergency answer; the fallback,
     * whose first sentence it is; or any answer after words said in the same breath (a symptom, a second part) that
     * no value matched, or an id the code does not know, which the skill says the number before ({@link Companion}).
     */
    static boolean numberFirst(UtteranceMatcher.Match match) {
        return route(match).equals("EmergencyIntent") || match.intent().equals("AMAZON.FallbackIntent") || unknownSaidWith(match);
    }

    /**
     * Whether the answer to {@code match} says the local number first for an emergency of {@code category}: as
     * {@link #numberFirst(UtteranceMatcher.Match)} says, or an answer whose first sentence names that very danger with the
     * number ({@link #NAMED_FIRST}, held through the handler by {@code the_answers_said_to_name_a_danger_first_do}).
     */
    static boolean numberFirst(String category, UtteranceMatcher.Match match) {
        return numberFirst(match) || NAMED_FIRST.stream().anyMatch(named -> named.category().equals(category)
                && named.route().equals(route(match)));
    }

    private static final UtteranceMatcher.Match DANGEROUS = new UtteranceMatcher.Match("SpasmsDangerousIntent", Map.of());
    private static final UtteranceMatcher.Match SWOLLEN = new UtteranceMatcher.Match("RedFlagSwellingIntent", Map.of());
    private static final UtteranceMatcher.Match FACE = new UtteranceMatcher.Match("FaceSpasmIntent", Map.of());

    /** An answer whose first sentence names the danger of an emergency category, by its words, and the number. */
    record NamedFirst(String category, UtteranceMatcher.Match match, List<String> words) {
        String route() {
            return BlindEvaluationTest.route(match);
        }
    }

    /**
     * The answers that name a danger and the local number before anything else: a model may take a danger
     * said beside that part to the part's own answer without its words (a stiff neck with a severe headache), and the
     * person then hears their danger and the number first all the same. Only a first sentence counts: a safety line
     * said after the first instruction (the back's, the calf's, the arm's) is not "first". The neck's names the
     * family's signs (a fever, a rash, a sudden severe headache), not every way of saying them (light hurting the eyes,
     * the chills): a line said with only those is counted as hearing its danger. The numbness red flag's names the
     * nerve emergency (numb between the legs, the bladder or bowels, both legs), which people say in its words. A cramp
     * with no part names the chest, the breath and a seizure. "Are spasms dangerous?", which people ask as "is it
     * serious if ..." about the danger itself, names three; the swelling red flag's names the breath and the chest (a
     * clot that has moved), and the face's a stroke.
     */
    static final List<NamedFirst> NAMED_FIRST = List.of(
            new NamedFirst("emergency.neck-fever", new UtteranceMatcher.Match("CrampIntent", Map.of(Relief.SLOT,
                    new UtteranceMatcher.SlotFill("BodyPart", "stiff neck", "NECK", "neck"))),
                    List.of("stiff neck", "fever", "rash", "severe headache")),
            new NamedFirst("emergency.bladder", new UtteranceMatcher.Match("RedFlagNumbnessIntent", Map.of()),
                    List.of("numb between your legs", "bladder or bowels")),
            new NamedFirst("emergency.legs", new UtteranceMatcher.Match("RedFlagNumbnessIntent", Map.of()),
                    List.of("can't feel or move both legs")),
            new NamedFirst("emergency.chest", new UtteranceMatcher.Match("CrampIntent", Map.of()), List.of("chest")),
            new NamedFirst("emergency.breathing", new UtteranceMatcher.Match("CrampIntent", Map.of()),
                    List.of("struggling to breathe")),
            new NamedFirst("emergency.seizure", new UtteranceMatcher.Match("CrampIntent", Map.of()),
                    List.of("seizure")),
            new NamedFirst("emergency.chest", DANGEROUS, List.of("chest pain")),
            new NamedFirst("emergency.breathing", DANGEROUS, List.of("trouble breathing")),
            new NamedFirst("emergency.stroke", DANGEROUS, List.of("drooping face", "slurred speech")),
            new NamedFirst("emergency.breathing", SWOLLEN, List.of("short of breath")),
            new NamedFirst("emergency.chest", SWOLLEN, List.of("chest pain")),
            new NamedFirst("emergency.stroke", FACE, List.of("face droops", "speech is slurred")));

    @Test
    void the_answers_said_to_name_a_danger_first_do() {
        assertThat(NAMED_FIRST).isNotEmpty();
        for (NamedFirst named : NAMED_FIRST) {
            assertThat(RIGHT.get(named.category())).as("a route that is not already the category's answer")
                    .doesNotContain(named.route());
            for (String locale : LOCALES) {
                SkillHarness person = new SkillHarness(locale);
                JsonNode answer = person.mine(person.envelopes.intent(named.match()));
                String first = Words.firstSentence(answer.at("/response/outputSpeech/ssml").asText());
                assertThat(first).as(locale + " " + named.route()).contains(Words.EMERGENCY_DIGITS.get(locale)).contains(named.words());
            }
        }
    }

    /** Whether words were said in the place of a slot of {@link Companion#saidWith} that stand for nothing the code knows. */
    private static boolean unknownSaidWith(UtteranceMatcher.Match match) {
        return Companion.saidWith(match.slots().get(Companion.BESIDE_PART) != null).stream().anyMatch(slot -> {
            UtteranceMatcher.SlotFill fill = match.slots().get(slot);
            return fill != null && Companion.unknown(slot, !fill.said().isBlank(), Optional.ofNullable(fill.id()));
        });
    }

    /**
     * Counts one line's answer through matcher {@code name} in {@code table}'s row for {@code set}: the row's first cell
     * counts lines (once, on the first matcher), the matcher's own cell those for which {@code counted} holds.
     */
    private static void tally(Map<String, int[]> table, String set, String name, boolean counted) {
        int[] row = table.computeIfAbsent(set, n -> new int[MATCHERS.size() + 1]);
        row[0] += name.equals(MATCHERS.get(0)) ? 1 : 0;
        row[MATCHERS.indexOf(name) + 1] += counted ? 1 : 0;
    }

    private static String counted(String set, int[] counts) {
        return String.format("%-6s %4d  %4d / %4d / %4d%n", set, counts[0], counts[1], counts[2], counts[3]);
    }

    private static int setNumber(String set) {
        return Integer.parseInt(set.substring("set-".length()));
    }

    private static Map<String, List<String>> right() {
        Map<String, List<String>> right = new LinkedHashMap<>();
        right.put("relief.calf", List.of("CalfCrampIntent", "CrampIntent/CALF"));
        right.put("relief.back", List.of("BackSpasmIntent", "CrampIntent/BACK"));
        for (String part : List.of("FOOT", "TOES", "HAMSTRING", "QUADRICEPS", "HAND", "NECK", "SHIN", "ARM", "STOMACH",
                "THIGH")) {
            right.put("relief." + part.toLowerCase(Locale.ROOT), List.of("CrampIntent/" + part));
        }
        right.put("relief.unspecified", List.of("CrampIntent"));
        // Vague lines ask where; they must never land on a red flag or another part's stretch.
        right.put("vague", List.of("CrampIntent", "AMAZON.FallbackIntent", "AMAZON.HelpIntent"));
        // One leg locked mid-cramp: the relief (with its safety line), never the emergency.
        right.put("relief.cant-move", List.of("CrampIntent", "CalfCrampIntent", "CrampIntent/CALF",
                "CrampIntent/HAMSTRING", "CrampIntent/QUADRICEPS", "CrampIntent/THIGH"));
        Map<String, String> intents = new LinkedHashMap<>(Categories.ONE_INTENT);
        intents.put("settings.slower", "SpeakSlowerIntent");
        intents.put("settings.quieter", "SpeakQuietlyIntent");
        intents.put("settings.reset", "ResetSettingsIntent");
        intents.put("data.delete", "DeleteDataIntent");
        intents.forEach((category, intent) -> right.put(category, List.of(intent)));
        right.put("settings.longer", List.of("HoldLengthIntent/LONGER"));
        right.put("settings.shorter", List.of("HoldLengthIntent/SHORTER"));
        right.put("log.count", List.of("CrampCountIntent", "CrampCountIntent/WEEK", "CrampCountIntent/MONTH"));
        // "log a calf cramp" is a log with a body part: any body part the log knows is the log's answer.
        List<String> logs = new ArrayList<>(List.of("LogCrampIntent"));
        for (String part : List.of("CALF", "FOOT", "TOES", "HAMSTRING", "QUADRICEPS", "HAND", "BACK", "NECK", "SHIN", "ARM",
                "THIGH")) {
            logs.add("LogCrampIntent/" + part);
        }
        right.put("log.cramp", List.copyOf(logs));
        for (String routine : List.of("BEDTIME", "BACK", "CALF", "DESK")) {
            String id = routine.toLowerCase(Locale.ROOT);
            right.put("routine.start." + id, List.of("StartRoutineIntent/" + routine, "StartRoutineIntent/" + routine + "/" + routine));
            right.put("routine.play." + id, List.of("PlayRoutineIntent/" + routine));
        }
        right.put("routine.resume", List.of("AMAZON.ResumeIntent", "ContinueRoutineIntent", "AMAZON.NextIntent"));
        for (String family : List.of("breathing", "chest", "stroke", "dark-urine", "seizure", "fainting", "legs", "bladder",
                "call", "neck-fever", "cold-limb")) {
            right.put("emergency." + family, List.of("EmergencyIntent"));
        }
        return Map.copyOf(right);
    }

    /** Per set, the phrasings (normalised) of every set before it, in any locale. */
    private static Map<String, Set<String>> earlier() {
        Map<String, Set<String>> earlier = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String set : SETS) {
            earlier.put(set, Set.copyOf(seen));
            LOCALES.forEach(locale -> phrasings(set, locale).forEach(p -> seen.add(UtteranceMatcher.normalize(p[1]))));
        }
        return earlier;
    }

    private static List<String[]> phrasings(String set, String locale) {
        return lines("eval/blind/" + set + "/" + locale + ".tsv").stream().map(line -> line.split("\t", 2)).toList();
    }

    private static List<String> sets() {
        URL folder = BlindEvaluationTest.class.getClassLoader().getResource("eval/blind");
        assertThat(folder).as("eval/blind").isNotNull();
        try (Stream<Path> entries = Files.list(Path.of(folder.toURI()))) {
            return entries.filter(Files::isDirectory).map(entry -> entry.getFileName().toString())
                    .filter(name -> name.matches("set-\\d+"))
                    .sorted(Comparator.comparingInt(BlindEvaluationTest::setNumber)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code set<TAB>locale<TAB>matcher<TAB>percent}. */
    private static Map<String, Double> floors() {
        Map<String, Double> floors = new LinkedHashMap<>();
        for (String line : lines("eval/blind/floors.tsv")) {
            String[] fields = line.split("\t");
            floors.put(fields[0] + "\t" + fields[1] + "\t" + fields[2], Double.parseDouble(fields[3]));
        }
        return floors;
    }

    /** {@code set<TAB>matcher<TAB>lines}: emergency lines, all locales, that would not hear the local number first. */
    private static Map<String, Integer> ceilings() {
        Map<String, Integer> ceilings = new LinkedHashMap<>();
        for (String line : lines("eval/blind/ceilings.tsv")) {
            String[] fields = line.split("\t");
            ceilings.put(fields[0] + "\t" + fields[1], Integer.parseInt(fields[2]));
        }
        return ceilings;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BlindEvaluationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static void write(String report) {
        try {
            Files.writeString(Path.of("target", "blind-evaluation.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
