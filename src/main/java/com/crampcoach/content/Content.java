package com.crampcoach.content;

import com.crampcoach.log.Logging;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All the skill's words, one {@link Catalog} per locale, read once at start-up from the {@code content/}
 * folder on the class path (or, for the linter, from a folder laid out the same way). Each locale folder other
 * than {@value #DEFAULT_LOCALE} holds only what it changes; everything else comes from {@value #DEFAULT_LOCALE}.
 */
public final class Content {

    public static final String DEFAULT_LOCALE = "en-US";
    private static final String ROOT = "content/";
    private static final Logger LOG = LoggerFactory.getLogger(Content.class);

    private final Map<String, Catalog> catalogs;

    private Content(Map<String, Catalog> catalogs) {
        this.catalogs = Map.copyOf(catalogs);
    }

    /**
     * Content read from files, leaving out what is broken, and every problem found, each with its file and line.
     * {@code content} is null only when there is no {@value #DEFAULT_LOCALE} folder at all.
     */
    public record Loaded(Content content, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** Reads every locale's content from the class path; broken files fail here, naming each problem's file and line. */
    public static Content load() {
        Loaded loaded = loadFromClassPath();
        if (!loaded.problems().isEmpty()) {
            throw new ContentException(Problem.lines(loaded.problems()));
        }
        return loaded.content();
    }

    /** Reads the class path's content as {@link #load()} does, but reports problems instead of failing. */
    public static Loaded loadFromClassPath() {
        ClassLoader classLoader = Content.class.getClassLoader();
        Map<String, List<ContentFile>> byLocale = new TreeMap<>();
        for (String path : ClassPathFolder.list(ROOT, "README.md")) {
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[2].endsWith(".xml")) {
                byLocale.computeIfAbsent(parts[1], l -> new ArrayList<>()).add(new ContentFile(path, () -> {
                    InputStream in = classLoader.getResourceAsStream(path);
                    if (in == null) {
                        throw new IOException("listed but not readable");
                    }
                    return in;
                }));
            }
        }
        return read(byLocale, ROOT);
    }

    /**
     * Reads content from a folder laid out like {@code src/main/resources/content/} (a folder per locale of
     * {@code *.xml} files), as the class path's is read; problems name the files by their paths under {@code root}.
     */
    public static Loaded load(Path root) {
        Map<String, List<ContentFile>> byLocale = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<ContentFile> xml = files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted()
                            .map(f -> new ContentFile(f.toString(), () -> Files.newInputStream(f))).toList();
                    if (!xml.isEmpty()) { // as on the class path, where an empty folder does not show
                        byLocale.put(folder.getFileName().toString(), xml);
                    }
                }
            }
        } catch (IOException e) {
            return new Loaded(null, List.of(new Problem(root.toString(), 0, "cannot read: " + e)));
        }
        return read(byLocale, root + File.separator);
    }

    private static Loaded read(Map<String, List<ContentFile>> filesByLocale, String root) {
        List<ContentFile> base = filesByLocale.get(DEFAULT_LOCALE);
        if (base == null) {
            return new Loaded(null, List.of(new Problem(root + DEFAULT_LOCALE, 0,
                    "no such folder of .xml files; it holds every key, and other locales fall back to it")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Catalog> catalogs = new TreeMap<>();
        Catalog defaults = read(DEFAULT_LOCALE, base, null, problems);
        catalogs.put(DEFAULT_LOCALE, defaults);
        filesByLocale.forEach((locale, files) -> {
            if (!locale.equals(DEFAULT_LOCALE)) {
                catalogs.put(locale, read(locale, files, defaults, problems));
            }
        });
        return new Loaded(new Content(catalogs), problems);
    }

    public List<String> locales() {
        return List.copyOf(new TreeSet<>(catalogs.keySet()));
    }

    /** The catalog for a request's locale, or {@value #DEFAULT_LOCALE}'s for a locale we do not have. */
    public Catalog forLocale(String locale) {
        Catalog catalog = locale == null ? null : catalogs.get(locale);
        if (catalog == null) {
            LOG.warn("No content for locale {}; answering in {}", Logging.field(locale), DEFAULT_LOCALE);
            return catalogs.get(DEFAULT_LOCALE);
        }
        return catalog;
    }

    private static Catalog read(String locale, List<ContentFile> files, Catalog base, List<Problem> problems) {
        ContentLoader loader = new ContentLoader(base);
        for (ContentFile file : files) {
            try (InputStream in = file.opener().open()) {
                loader.read(file.name(), in);
            } catch (IOException e) {
                problems.add(new Problem(file.name(), 0, "cannot read: " + e.getMessage()));
            }
        }
        Catalog catalog = loader.partialCatalog(locale);
        problems.addAll(loader.problems());
        return catalog;
    }

    /** A content file: the name problems give it, and how to open it, from the class path or a folder. */
    private record ContentFile(String name, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }
}
