package com.crampcoach.content;

import com.crampcoach.ClassPathFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All the skill's words, one {@link Catalog} per locale, read once at start-up from the {@code content/}
 * folder on the class path. Each locale folder other than {@value #DEFAULT_LOCALE} holds only what it
 * changes; everything else comes from {@value #DEFAULT_LOCALE}.
 */
public final class Content {

    public static final String DEFAULT_LOCALE = "en-US";
    private static final String ROOT = "content/";
    private static final Logger LOG = LoggerFactory.getLogger(Content.class);

    private final Map<String, Catalog> catalogs;

    private Content(Map<String, Catalog> catalogs) {
        this.catalogs = Map.copyOf(catalogs);
    }

    /** Reads every locale's content from the class path; a broken file fails here, naming file and line. */
    public static Content load() {
        Map<String, List<String>> filesByLocale = listFiles();
        List<String> base = filesByLocale.get(DEFAULT_LOCALE);
        if (base == null) {
            throw new ContentException("no content/" + DEFAULT_LOCALE + "/ folder on the class path");
        }
        Map<String, Catalog> catalogs = new TreeMap<>();
        Catalog defaults = read(DEFAULT_LOCALE, base, null);
        catalogs.put(DEFAULT_LOCALE, defaults);
        filesByLocale.forEach((locale, files) -> {
            if (!locale.equals(DEFAULT_LOCALE)) {
                catalogs.put(locale, read(locale, files, defaults));
            }
        });
        return new Content(catalogs);
    }

    public List<String> locales() {
        return List.copyOf(new TreeSet<>(catalogs.keySet()));
    }

    /** The catalog for a request's locale, or {@value #DEFAULT_LOCALE}'s for a locale we do not have. */
    public Catalog forLocale(String locale) {
        Catalog catalog = locale == null ? null : catalogs.get(locale);
        if (catalog == null) {
            LOG.warn("No content for locale {}; answering in {}", locale, DEFAULT_LOCALE);
            return catalogs.get(DEFAULT_LOCALE);
        }
        return catalog;
    }

    private static Catalog read(String locale, List<String> files, Catalog base) {
        ContentLoader loader = new ContentLoader(base);
        ClassLoader classLoader = Content.class.getClassLoader();
        for (String file : files) {
            try (InputStream in = classLoader.getResourceAsStream(file)) {
                if (in == null) {
                    throw new ContentException(file + ": listed but not readable");
                }
                loader.read(file, in);
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return loader.catalog(locale);
    }

    /** Content files by locale, in name order. */
    private static Map<String, List<String>> listFiles() {
        Map<String, List<String>> byLocale = new TreeMap<>();
        for (String path : ClassPathFolder.list(ROOT, "README.md")) {
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[2].endsWith(".xml")) {
                byLocale.computeIfAbsent(parts[1], l -> new ArrayList<>()).add(path);
            }
        }
        return byLocale;
    }
}
