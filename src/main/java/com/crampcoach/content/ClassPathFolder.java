package com.crampcoach.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the files under a folder on the class path, whether it is in the jar or in a classes folder. */
public final class ClassPathFolder {

    private ClassPathFolder() {
    }

    /**
     * Every resource path under {@code folder} (such as {@code content/}), in name order. The folder is
     * found through {@code marker}, a file known to be in it, since a jar may have no folder entries.
     */
    public static List<String> list(String folder, String marker) {
        URL url = ClassPathFolder.class.getClassLoader().getResource(folder + marker);
        if (url == null) {
            throw new IllegalStateException(folder + marker + " is not on the class path");
        }
        List<String> paths = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(folder) && !name.endsWith("/")) {
                            paths.add(name);
                        }
                    }
                }
            } else {
                Path root = Path.of(url.toURI()).getParent();
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .forEach(p -> paths.add(folder + root.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        paths.sort(null);
        return paths;
    }
}
