package com.crampcoach.lint;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.Content;
import com.crampcoach.content.ContentException;
import com.crampcoach.content.Problem;
import com.crampcoach.content.Routine;
import com.crampcoach.screen.Drawings;
import com.crampcoach.screen.Screens;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The screens' content ({@code content/screens/}): every document and the drawings file are valid JSON, every step of
 * every routine in every locale has a drawing that exists, every relief answer named there exists, and the words the
 * screens show are in the base locale.
 */
final class ScreenRules {

    private static final Pattern FAILURE = Pattern.compile(Pattern.quote(Screens.FOLDER)
            + "([^:]+): (?:not valid JSON, line (\\d+): )?(.*)", Pattern.DOTALL);

    private ScreenRules() {
    }

    /**
     * @param folder how problems name the screens folder ("content/screens/" or a path ending in a separator)
     * @param content the locales' content, or null when it could not be read (that is reported already)
     */
    static void check(Screens.Opener open, String folder, Content content, Consumer<Problem> report) {
        Screens screens;
        try {
            screens = Screens.read(open);
        } catch (ContentException e) {
            // "content/screens/step.json: not valid JSON, line 3: ..." becomes a problem at that file and line.
            Matcher failure = FAILURE.matcher(e.getMessage());
            report.accept(failure.matches()
                    ? new Problem(folder + failure.group(1), failure.group(2) == null ? 0
                            : Integer.parseInt(failure.group(2)), failure.group(3))
                    : new Problem(folder, 0, e.getMessage()));
            return;
        }
        Drawings drawings = screens.drawings();
        String file = folder + "drawings.json";
        drawings.byId().forEach((id, drawing) -> {
            if (!"AVG".equals(drawing.get("type"))) {
                report.accept(new Problem(file, 0, "drawing \"" + id + "\" is not an AVG object (\"type\": \"AVG\")"));
            }
        });
        drawings.routines().forEach((routine, ids) -> ids.stream().filter(id -> !drawings.byId().containsKey(id))
                .forEach(id -> report.accept(new Problem(file, 0, "routine \"" + routine + "\" names drawing \"" + id
                        + "\", which \"drawings\" does not have"))));
        drawings.relief().forEach((key, id) -> {
            if (!drawings.byId().containsKey(id)) {
                report.accept(new Problem(file, 0, key + " names drawing \"" + id + "\", which \"drawings\" does not have"));
            }
        });
        if (content == null) {
            return;
        }
        Catalog base = content.forLocale(Content.DEFAULT_LOCALE);
        drawings.relief().keySet().stream().filter(key -> !base.has(key)).sorted().forEach(key -> report.accept(
                new Problem(file, 0, "a drawing for " + key + ", but " + Content.DEFAULT_LOCALE + " has no such answer")));
        for (String locale : content.locales()) {
            for (Routine routine : content.forLocale(locale).routines()) {
                List<String> ids = drawings.routines().getOrDefault(routine.id(), List.of());
                for (int i = 0; i < routine.steps().size(); i++) {
                    Routine.Step step = routine.steps().get(i);
                    if (i >= ids.size()) {
                        report.accept(new Problem(routine.source().file(), step.line(), locale + " " + routine.id()
                                + " step " + (i + 1) + " (" + step.name() + ") has no drawing: add one to \"routines\": {\""
                                + routine.id() + "\": [...]} in " + file));
                    }
                }
                if (ids.size() > routine.steps().size()) {
                    report.accept(new Problem(file, 0, "routine \"" + routine.id() + "\" has " + ids.size()
                            + " drawings but " + routine.steps().size() + " steps in " + locale));
                }
            }
        }
    }

    /** For tests: the rules over documents given as text by file name. */
    static void check(Map<String, String> files, Content content, Consumer<Problem> report) {
        check(name -> files.containsKey(name)
                ? new java.io.ByteArrayInputStream(files.get(name).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : null, Screens.FOLDER, content, report);
    }
}
