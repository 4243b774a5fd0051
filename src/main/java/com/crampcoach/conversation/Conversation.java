package com.crampcoach.conversation;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Preferences;
import com.crampcoach.content.Routine;
import com.crampcoach.memory.CrampLog;
import com.crampcoach.memory.UserRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a person is in the conversation, between turns of one session, typed:
 * <ul>
 *   <li>{@code place}: in a routine, at a step (one answer covers a whole step, both sides and every
 *       repetition, so the step is all the position there is), or not;</li>
 *   <li>{@code question}: the question the last answer asked, if any: its key and values, and what it is
 *       about. What "yes" and "no" do is never stored: it is what the code owns for a question about the
 *       person's data (intents/FollowUps), else what content says for that question's key;</li>
 *   <li>{@code last}: the last answer, exactly enough to say it again for "repeat";</li>
 *   <li>{@code preferences}: the person's settings, once read this session (empty: not known yet);</li>
 *   <li>{@code user}: the person's record as read this session, settings and saved place only
 *       ({@link UserRecord#forSession}), so that it is read once a session;</li>
 *   <li>{@code zone}: the device's time zone, once Alexa's Settings API has named it this session.</li>
 * </ul>
 *
 * <p>Session attributes come back from Alexa as plain JSON, so they are read like any input ({@link #read}):
 * a question the content does not ask, a routine or step that does not exist, a value the code never gives,
 * are all dropped. A forged attribute can at most claim that a question the skill really asks was asked, with
 * the words the code would have used; what "yes" then does is what content says for that question. That is no
 * more than the sender could do by saying the words that ask it ("delete my data", then "yes"): a forged
 * attribute gives no way round a consent or a confirmation that the words themselves do not.
 */
public record Conversation(Optional<Place> place, Optional<Question> question, Optional<Said> last,
        Optional<Preferences> preferences, Optional<UserRecord> user, Optional<ZoneId> zone) {

    static final String ATTRIBUTE = "coach";
    static final int VERSION = 2;
    static final Conversation NEW = new Conversation(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** In a routine: at {@code step}, played without stopping or not; {@code lost}: the saved place was damaged. */
    public record Place(Routine routine, int step, boolean playing, boolean lost) {
    }

    /** A question asked: its key, the values it was said with, and what "yes" would act on. */
    public record Question(String key, Map<String, String> values, Subject subject) {
        public Question {
            values = Map.copyOf(values);
        }
    }

    /** What a question is about, when its "yes" needs more than content says. */
    public sealed interface Subject {
        /** Nothing beyond the question itself. */
        record None() implements Subject {
        }

        /** A routine, at a step: "shall we carry on?" */
        record RoutineStep(Routine routine, int step) implements Subject {
        }

        /** A cramp to log: "shall I keep a log, starting with your calf, today?" */
        record Cramp(String part, LocalDate date) implements Subject {
        }

        /** Everything stored for the person: "this deletes your settings ... are you sure?" */
        record Deletion() implements Subject {
        }

        /** A nightly stretch reminder: "shall I remind you every night?" */
        record Reminder() implements Subject {
        }
    }

    /** The last answer, so that "repeat" says it again. */
    public sealed interface Said {
        /** An answer from content, with the values it was said with. */
        record Answer(String key, Map<String, String> values) implements Said {
            public Answer {
                values = Map.copyOf(values);
            }
        }

        /** A routine's step, with what was said before it. */
        record Step(Routine routine, int step, Preface preface) implements Said {
        }

        /** Part of a routine played without stopping, from a step. */
        record Play(Routine routine, int from) implements Said {
        }
    }

    /** What may be said before a routine step. */
    public enum Preface { NONE, INTRO, LOST, FIRST }

    Conversation withPlace(Optional<Place> changed) {
        return new Conversation(changed, question, last, preferences, user, zone);
    }

    Conversation withQuestion(Optional<Question> changed) {
        return new Conversation(place, changed, last, preferences, user, zone);
    }

    Conversation withLast(Optional<Said> changed) {
        return new Conversation(place, question, changed, preferences, user, zone);
    }

    Conversation withPreferences(Optional<Preferences> changed) {
        return new Conversation(place, question, last, changed, user, zone);
    }

    Conversation withUser(Optional<UserRecord> changed) {
        return new Conversation(place, question, last, preferences, changed.map(UserRecord::forSession), zone);
    }

    Conversation withZone(Optional<ZoneId> changed) {
        return new Conversation(place, question, last, preferences, user, changed);
    }

    /** The question asked, if it expects this kind of answer. */
    boolean expects(Key.Expects kind) {
        return question.flatMap(q -> Key.byId(q.key())).filter(key -> key.expects() == kind).isPresent();
    }

    // ------------------------------------------------------------------------------------------------------
    // The one codec: {"v":2,"routine":{...},"question":{...},"last":{...},"prefs":{...}}


    static Conversation read(Map<String, Object> attributes, Catalog catalog) {
        if (attributes == null || !(attributes.get(ATTRIBUTE) instanceof Map<?, ?> saved)
                || !(saved.get("v") instanceof Integer version) || version != VERSION) {
            return NEW;
        }
        return new Conversation(place(saved.get("routine"), catalog), question(saved.get("question"), catalog),
                said(saved.get("last"), catalog),
                saved.get("prefs") instanceof Map<?, ?> prefs ? Optional.of(Preferences.from(prefs)) : Optional.empty(),
                saved.get("user") instanceof Map<?, ?> user ? Optional.of(userRecord(user).forSession()) : Optional.empty(),
                zone(saved.get("zone")));
    }

    /** A time zone Java knows, as Alexa's Settings API named it; anything else is no zone. */
    private static Optional<ZoneId> zone(Object value) {
        return UserRecord.zone(value);
    }

    /**
     * The session attributes of someone at step {@code step} (from 0) of the routine {@code routineId}, exactly as
     * the skill writes them: for requests made in code (priming) that must stay in today's format.
     */
    public static Map<String, Object> atStep(String routineId, int step) {
        return Map.of(ATTRIBUTE, Map.of("v", VERSION, "routine", Map.of("id", routineId, "step", step, "play", false)));
    }

    Map<String, Object> toAttribute() {
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("v", VERSION);
        place.ifPresent(p -> saved.put("routine", map("id", p.routine().id(), "step", p.step(), "play", p.playing())));
        question.ifPresent(q -> {
            Map<String, Object> asked = map("key", q.key(), "values", q.values());
            if (q.subject() instanceof Subject.RoutineStep at) {
                asked.put("about", map("routine", at.routine().id(), "step", at.step()));
            } else if (q.subject() instanceof Subject.Cramp cramp) {
                asked.put("about", map("part", cramp.part(), "date", cramp.date().toString()));
            } else if (q.subject() instanceof Subject.Deletion) {
                asked.put("about", map("delete", true));
            } else if (q.subject() instanceof Subject.Reminder) {
                asked.put("about", map("reminder", true));
            }
            saved.put("question", asked);
        });
        last.ifPresent(said -> {
            if (said instanceof Said.Answer answer) {
                saved.put("last", map("key", answer.key(), "values", answer.values()));
            } else if (said instanceof Said.Step step) {
                saved.put("last", map("routine", step.routine().id(), "step", step.step(),
                        "preface", step.preface().name()));
            } else if (said instanceof Said.Play play) {
                saved.put("last", map("routine", play.routine().id(), "from", play.from()));
            }
        });
        preferences.ifPresent(p -> saved.put("prefs", p.toMap()));
        user.ifPresent(record -> saved.put("user", record.forSession().toMap()));
        zone.ifPresent(id -> saved.put("zone", id.getId()));
        return saved;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A place naming a routine we have but otherwise damaged restarts that routine, and says so. */
    private static Optional<Place> place(Object value, Catalog catalog) {
        if (!(value instanceof Map<?, ?> saved)) {
            return Optional.empty();
        }
        Optional<Routine> routine = routine(saved.get("id"), catalog);
        if (routine.isEmpty()) {
            return Optional.empty();
        }
        boolean valid = step(saved.get("step"), routine.get()) >= 0 && saved.get("play") instanceof Boolean;
        return Optional.of(valid
                ? new Place(routine.get(), (Integer) saved.get("step"), (Boolean) saved.get("play"), false)
                : new Place(routine.get(), 0, false, true));
    }

    private static Optional<Question> question(Object value, Catalog catalog) {
        if (!(value instanceof Map<?, ?> saved) || !(saved.get("key") instanceof String key) || !catalog.has(key)
                || !catalog.prompt(key).asksQuestion()) {
            return Optional.empty();
        }
        Optional<Map<String, String>> values = values(saved.get("values"), key, catalog);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Subject subject = new Subject.None();
        if (saved.get("about") instanceof Map<?, ?> about) {
            if (about.containsKey("routine")) {
                Optional<Routine> routine = routine(about.get("routine"), catalog);
                int step = routine.map(r -> step(about.get("step"), r)).orElse(-1);
                if (step < 0) {
                    return Optional.empty();
                }
                subject = new Subject.RoutineStep(routine.get(), step);
            } else if (Boolean.TRUE.equals(about.get("delete")) && about.size() == 1) {
                subject = new Subject.Deletion();
            } else if (Boolean.TRUE.equals(about.get("reminder")) && about.size() == 1) {
                subject = new Subject.Reminder();
            } else if (about.get("part") instanceof String part && CrampLog.PARTS.contains(part)
                    && about.get("date") instanceof String date) {
                try {
                    subject = new Subject.Cramp(part, LocalDate.parse(date));
                } catch (java.time.format.DateTimeParseException e) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Question(key, values.get(), subject));
    }

    private static Optional<Said> said(Object value, Catalog catalog) {
        if (!(value instanceof Map<?, ?> saved)) {
            return Optional.empty();
        }
        if (saved.get("key") instanceof String key) {
            return catalog.has(key) ? values(saved.get("values"), key, catalog).map(values -> new Said.Answer(key, values))
                    : Optional.empty();
        }
        Optional<Routine> routine = routine(saved.get("routine"), catalog);
        if (routine.isEmpty()) {
            return Optional.empty();
        }
        if (saved.containsKey("from")) {
            int from = step(saved.get("from"), routine.get());
            return from < 0 ? Optional.empty() : Optional.of(new Said.Play(routine.get(), from));
        }
        int step = step(saved.get("step"), routine.get());
        Preface preface = saved.get("preface") instanceof String name
                ? java.util.Arrays.stream(Preface.values()).filter(p -> p.name().equals(name)).findFirst().orElse(null)
                : null;
        return step < 0 || preface == null ? Optional.empty() : Optional.of(new Said.Step(routine.get(), step, preface));
    }

    @SuppressWarnings("unchecked")
    private static UserRecord userRecord(Map<?, ?> stored) {
        Map<String, Object> data = new LinkedHashMap<>();
        stored.forEach((name, value) -> {
            if (name instanceof String key) {
                data.put(key, value);
            }
        });
        return UserRecord.from(data);
    }

    private static Optional<Routine> routine(Object id, Catalog catalog) {
        return id instanceof String name ? catalog.routine(name) : Optional.empty();
    }

    /** The step, or -1 when it is not one of the routine's. */
    private static int step(Object value, Routine routine) {
        return value instanceof Integer step && step >= 0 && step < routine.steps().size() ? step : -1;
    }

    /**
     * The values an answer was said with, if they are exactly what the code could have given it: every
     * placeholder the answer needs (besides the locale's own), each one of the words the code says there (a
     * place, a day, a routine or step name, a small number). Anything else drops them all, and with them the
     * answer: a forged attribute can neither make an answer fail for want of a value, nor put words in it.
     */
    private static Optional<Map<String, String>> values(Object value, String key, Catalog catalog) {
        if (!(value instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name) || !(entry.getValue() instanceof String text)
                    || !spoken(name, catalog).test(text)) {
                return Optional.empty();
            }
            values.put(name, text);
        }
        Set<String> needed = new java.util.TreeSet<>(catalog.prompt(key).placeholders());
        needed.removeAll(catalog.values().keySet());
        needed.remove(Catalog.HOLD);
        return values.keySet().containsAll(needed) ? Optional.of(values) : Optional.empty();
    }

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,2}");

    /** What the code may say for the placeholder {@code name}. */
    private static java.util.function.Predicate<String> spoken(String name, Catalog catalog) {
        return switch (name) {
            case "count", "seconds" -> NUMBER.asMatchPredicate();
            case "place" -> text -> phrases(catalog, "place.").contains(text);
            case "day" -> text -> phrases(catalog, "when.").contains(text)
                    || said(catalog, Phrase.TODAY_DATED, "date", DATE, text)
                    || said(catalog, Phrase.YESTERDAY_DATED, "date", DATE, text);
            case "period" -> text -> phrases(catalog, "period.").contains(text);
            case "time" -> text -> said(catalog, Phrase.CLOCK_AM, "clock", CLOCK, text)
                    || said(catalog, Phrase.CLOCK_PM, "clock", CLOCK, text);
            case "routine" -> text -> catalog.routines().stream().anyMatch(r -> r.name().equals(text));
            case "step", "next" -> text -> catalog.routines().stream()
                    .anyMatch(r -> r.steps().stream().anyMatch(step -> step.name().equals(text)));
            default -> text -> false;
        };
    }

    /** What a date said by {@code date.pattern} can be: words and numbers, commas and spaces, no markup. */
    private static final Pattern DATE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9, ]{0,40}");

    /** What a clock time can be: "9" or "9:30", as {@code clock.am} and {@code clock.pm} say it. */
    private static final Pattern CLOCK = Pattern.compile("([1-9]|1[0-2])(:[0-5][0-9])?");

    /**
     * Whether {@code text} is {@code phrase} with its {@code placeholder} filled by something {@code filling}
     * matches: "today, Tuesday, December 1" with a date, "9:30 p.m." with a clock time.
     */
    private static boolean said(Catalog catalog, Phrase phrase, String placeholder, Pattern filling, String text) {
        String[] around = catalog.phraseText(phrase, Map.of(placeholder, "\u0000")).split("\u0000", -1);
        return around.length == 2 && text.startsWith(around[0]) && text.endsWith(around[1])
                && text.length() > around[0].length() + around[1].length()
                && filling.matcher(text.substring(around[0].length(), text.length() - around[1].length())).matches();
    }

    private static Set<String> phrases(Catalog catalog, String prefix) {
        Set<String> texts = new java.util.HashSet<>();
        for (Phrase phrase : Phrase.values()) {
            // A dated day has a value of its own, checked by said().
            if (phrase.id().startsWith(prefix) && phrase != Phrase.TODAY_DATED && phrase != Phrase.YESTERDAY_DATED) {
                texts.add(catalog.phraseText(phrase, Map.of()));
            }
        }
        return texts;
    }
}
