package io.chargeops.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds scripts below {@code <location>/<vendor>/} on a class loader. Lists both exploded
 * directories (tests, exploded WARs) and jars (the sql module inside WEB-INF/lib or an EAR's lib),
 * which are the two shapes Payara and Surefire hand us; anything else fails loudly rather than
 * silently finding no scripts.
 */
public final class ClasspathScriptScanner {

    private final ClassLoader classLoader;

    public ClasspathScriptScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Scripts of one kind for one vendor, ordered by version. */
    public List<SqlScript> scan(String location, DatabaseVendor vendor, ScriptKind kind) {
        String dir = trimSlashes(location) + "/" + vendor.directory();
        TreeSet<String> resourceNames = new TreeSet<>();
        try {
            Enumeration<URL> urls = classLoader.getResources(dir);
            for (URL url : Collections.list(urls)) {
                resourceNames.addAll(list(url, dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list scripts in " + dir, e);
        }
        Map<ScriptVersion, SqlScript> byVersion = new HashMap<>();
        for (String name : resourceNames) {
            SqlScript script = SqlScript.of(kind, name, read(name));
            if (script == null) {
                continue;
            }
            SqlScript clash = byVersion.put(script.version(), script);
            if (clash != null) {
                throw new MigrationException("Two scripts share version " + script.version() + ": "
                        + clash.resourceName() + " and " + script.resourceName());
            }
        }
        List<SqlScript> scripts = new ArrayList<>(byVersion.values());
        scripts.sort((a, b) -> a.version().compareTo(b.version()));
        return scripts;
    }

    private static List<String> list(URL url, String dir) throws IOException {
        List<String> names = new ArrayList<>();
        switch (url.getProtocol()) {
            case "file" -> {
                Path path;
                try {
                    path = Paths.get(url.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException("Bad script directory URL " + url, e);
                }
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(Files::isRegularFile)
                            .map(p -> dir + "/" + p.getFileName())
                            .filter(n -> n.endsWith(".sql"))
                            .forEach(names::add);
                }
            }
            case "jar" -> {
                URLConnection connection = url.openConnection();
                connection.setUseCaches(false);
                if (!(connection instanceof JarURLConnection jarConnection)) {
                    throw new IOException("Unexpected connection for " + url);
                }
                try (JarFile jar = jarConnection.getJarFile()) {
                    String prefix = dir + "/";
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String n = entry.getName();
                        if (!entry.isDirectory() && n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0
                                && n.endsWith(".sql")) {
                            names.add(n);
                        }
                    }
                }
            }
            default -> throw new MigrationException("Cannot list migration scripts at " + url
                    + ": only file: and jar: class path entries are supported");
        }
        return names;
    }

    private String read(String resourceName) {
        try (InputStream in = classLoader.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new MigrationException("Script " + resourceName + " was listed but cannot be read");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resourceName, e);
        }
    }

    private static String trimSlashes(String location) {
        String s = location.trim();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
