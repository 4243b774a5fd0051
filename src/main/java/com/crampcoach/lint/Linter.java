package com.crampcoach.lint;

import com.crampcoach.content.Catalog;
import com.crampcoach.content.ClassPathFolder;
import com.crampcoach.content.Content;
import com.crampcoach.content.Key;
import com.crampcoach.content.Problem;
import com.crampcoach.screen.Screens;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks the content files and interaction models against Alexa's rules and the code's needs, and reports every
 * problem with its file and line: the build runs it on the source folders, {@code lint} on what is in the jar.
 */
public final class Linter {

    private static final String MODELS = "interactionModels/custom/";

    private Linter() {
    }

    /** What a run found, sorted by file and line, and how much it checked. */
    public record Report(List<Problem> problems, int locales, int responses, int routineSteps) {

        public Report {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        public String summary() {
            return ok()
                    ? "lint: content and models OK (" + locales + (locales == 1 ? " locale, " : " locales, ") + responses
                            + " responses, " + routineSteps + " routine steps checked)"
                    : "lint: " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
        }
    }

    /**
     * Lints folders laid out like {@code src/main/resources/content/} (a folder per locale of {@code *.xml}) and
     * {@code interactionModels/custom/} ({@code <locale>.json}); problems name files by their paths under them.
     */
    public static Report lint(Path contentRoot, Path modelsDir) {
        List<Problem> problems = new ArrayList<>();
        List<ModelSource> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(modelsDir)) {
            files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().forEach(file ->
                    models.add(new ModelSource(file.toString(), localeOf(file.getFileName().toString()),
                            () -> Files.newInputStream(file))));
        } catch (IOException e) {
            problems.add(new Problem(modelsDir.toString(), 0, "cannot read: " + e));
        }
        // A folder of content without screens/ (a test's copy of a locale, say) is linted without them; the class
        // path's must have them, and so must the build's source folder (ScreenRulesTest).
        Path screens = contentRoot.resolve("screens");
        return lint(Content.load(contentRoot), locale -> contentRoot.resolve(locale).toString(), models,
                modelsDir + File.separator, problems, Files.isDirectory(screens) ? name -> Files.isRegularFile(
                        screens.resolve(name)) ? Files.newInputStream(screens.resolve(name)) : null : null,
                screens + File.separator);
    }

    /** Lints what the jar (or the class path) holds: {@code content/} and {@code interactionModels/custom/}. */
    public static Report lintClassPath() {
        List<Problem> problems = new ArrayList<>();
        List<ModelSource> models = new ArrayList<>();
        ClassLoader classLoader = Linter.class.getClassLoader();
        if (classLoader.getResource(MODELS + Content.DEFAULT_LOCALE + ".json") == null) {
            problems.add(new Problem(MODELS + Content.DEFAULT_LOCALE + ".json", 0, "not on the class path"));
        } else {
            ClassPathFolder.list(MODELS, Content.DEFAULT_LOCALE + ".json").stream()
                    .filter(path -> path.endsWith(".json") && path.indexOf('/', MODELS.length()) < 0)
                    .forEach(path -> models.add(new ModelSource(path, localeOf(path.substring(MODELS.length())),
                            () -> classLoader.getResourceAsStream(path))));
        }
        return lint(Content.loadFromClassPath(), locale -> "content/" + locale, models, MODELS, problems,
                name -> classLoader.getResourceAsStream(Screens.FOLDER + name), Screens.FOLDER);
    }

    private static Report lint(Content.Loaded loaded, Function<String, String> contentFolder,
            List<ModelSource> sources, String modelsPrefix, List<Problem> found, Screens.Opener screens,
            String screensFolder) {
        Set<Problem> problems = new LinkedHashSet<>(found); // a set: a locale that inherits a problem repeats it
        problems.addAll(loaded.problems());
        Set<Problem> readProblems = new LinkedHashSet<>();
        List<ModelFile> models = readModels(sources, readProblems);
        problems.addAll(readProblems);
        models.forEach(model -> ModelRules.check(model, problems::add));
        // Locales with a model file, even one that cannot be read (that is reported already, and once is enough).
        Set<String> modelLocales = new TreeSet<>();
        sources.forEach(source -> modelLocales.add(source.locale()));
        if (!modelLocales.contains(Content.DEFAULT_LOCALE)) {
            problems.add(new Problem(modelsPrefix + Content.DEFAULT_LOCALE + ".json", 0,
                    "missing; it is the model every other locale's intents are compared with"));
        }
        models.stream().filter(model -> model.locale().equals(Content.DEFAULT_LOCALE)).findFirst().ifPresent(base ->
                models.stream().filter(model -> model != base)
                        .forEach(model -> ModelRules.compareIntents(base, model, problems::add)));
        Set<String> locales = new TreeSet<>(modelLocales);
        int responses = 0;
        int steps = 0;
        Content content = loaded.content();
        if (content != null) {
            locales.addAll(content.locales());
            ContentRules rules = new ContentRules(content, contentFolder, problems::add);
            rules.check();
            responses = rules.responses();
            steps = rules.routineSteps();
            models.forEach(model -> checkSlotValues(model, content, contentFolder, problems));
            content.locales().stream().filter(locale -> !modelLocales.contains(locale))
                    .forEach(locale -> problems.add(new Problem(contentFolder.apply(locale), 0, "content for " + locale
                            + " but no interaction model " + modelsPrefix + locale + ".json, so nobody can hear it")));
        }
        if (screens != null) {
            ScreenRules.check(screens, screensFolder, content, problems::add);
        }
        // First what could not be read (malformed XML or JSON, a broken element), then what follows from the rest;
        // each part by file and line. A broken file's missing keys come after the line that broke it, not before.
        Comparator<Problem> byPlace = Comparator.comparing(Problem::file).thenComparingInt(Problem::line);
        Set<Problem> reading = new LinkedHashSet<>(found);
        reading.addAll(loaded.problems());
        reading.addAll(readProblems);
        List<Problem> sorted = new ArrayList<>(reading.stream().sorted(byPlace).toList());
        // Stable sorts: problems on one line keep the order in which they were found.
        problems.stream().filter(problem -> !reading.contains(problem)).sorted(byPlace).forEach(sorted::add);
        return new Report(sorted, locales.size(), responses, steps);
    }

    /** The slot values that the code turns into content keys: each must find its script or routine. */
    private static void checkSlotValues(ModelFile model, Content content, Function<String, String> contentFolder,
            Set<Problem> problems) {
        // A locale without its own content folder is answered from en-US's.
        String locale = content.locales().contains(model.locale()) ? model.locale() : Content.DEFAULT_LOCALE;
        Catalog catalog = content.forLocale(locale);
        for (ModelFile.Type type : model.types()) {
            boolean bodyPart = "BodyPart".equals(type.name().value());
            if (!bodyPart && !"RoutineName".equals(type.name().value())) {
                continue;
            }
            for (ModelFile.Text id : type.ids()) {
                if (id.value() == null) {
                    problems.add(new Problem(model.file(), id.line(), type.name().value()
                            + " value without an \"id\"; the code finds what to say by the id"));
                } else if (bodyPart && Key.forBodyPart(id.value()).filter(catalog::has).isEmpty()) {
                    problems.add(new Problem(model.file(), id.line(), "BodyPart value " + id.value()
                            + " has no relief script: add <response key=\"relief." + id.value().toLowerCase(Locale.ROOT)
                            + "\"> (and its Key) to "
                            + contentFolder.apply(locale) + " (until then it gets the general advice)"));
                } else if (!bodyPart && catalog.routine(id.value().toLowerCase(Locale.ROOT)).isEmpty()) {
                    problems.add(new Problem(model.file(), id.line(), "RoutineName value " + id.value()
                            + " names no routine: add <routine id=\"" + id.value().toLowerCase(Locale.ROOT) + "\"> to "
                            + contentFolder.apply(locale)));
                }
            }
        }
    }

    private static List<ModelFile> readModels(List<ModelSource> sources, Set<Problem> problems) {
        List<ModelFile> models = new ArrayList<>();
        for (ModelSource source : sources) {
            try (InputStream in = source.opener().open()) {
                ModelFile model = ModelFile.read(source.file(), source.locale(), in, problems::add);
                if (model != null) {
                    models.add(model);
                }
            } catch (IOException e) {
                problems.add(new Problem(source.file(), 0, "cannot read: " + e.getMessage()));
            }
        }
        return models;
    }

    /** {@code en-GB.json} holds the model for en-GB. */
    private static String localeOf(String fileName) {
        return fileName.substring(0, fileName.length() - ".json".length());
    }

    /** A model file: the name problems give it, its locale, and how to open it, from the class path or a folder. */
    private record ModelSource(String file, String locale, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }
}
