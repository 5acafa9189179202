package org.ejournal.testsupport.l10n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The message files ({@code l10n/messages.properties}, Russian, and {@code l10n/messages_en.properties})
 * as the host merges them: every file of that name on the class path, UTF-8, the first definition of a key
 * winning (the tested module's own files come first on a test class path). Also: which message keys a
 * bundle's code throws, so a test can check that each has its texts in that bundle.
 */
public final class Messages {

    public static final String RUSSIAN_FILE = "l10n/messages.properties";
    public static final String ENGLISH_FILE = "l10n/messages_en.properties";

    /**
     * A message key in an exception's constructor call: {@code new ValidationException("error.x.y", …)},
     * {@code super("finalmark.error.conflict", …)}. Entity names of {@code NotFoundException("lesson", id)}
     * have no dot and are not message keys.
     */
    private static final Pattern THROWN_KEY = Pattern.compile(
            "(?:Exception|super)\\(\\s*\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private Messages() {
    }

    /** The merged texts of one file name over the class path, the first definition of a key winning. */
    public static Map<String, String> merged(ClassLoader loader, String file) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (URL url : all(loader, file)) {
            read(url).forEach(merged::putIfAbsent);
        }
        return Collections.unmodifiableMap(merged);
    }

    /** Every file of that name on the class path, in class path order. */
    public static List<URL> all(ClassLoader loader, String file) {
        try {
            List<URL> urls = new ArrayList<>();
            Enumeration<URL> found = loader.getResources(file);
            while (found.hasMoreElements()) {
                urls.add(found.nextElement());
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One properties file read as UTF-8 (as the host reads it). */
    public static Map<String, String> read(URL url) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    /** One properties file of a module's sources read as UTF-8. */
    public static Map<String, String> read(Path file) {
        try {
            return read(file.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message keys that the Java sources below {@code sourceRoot} pass to an exception's constructor. */
    public static Set<String> thrownKeys(Path sourceRoot) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = THROWN_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /**
     * The keys of a module's own file ({@code moduleDir/src/main/resources/<file>}) that another file of the same
     * name on the class path defines too, with that file. A text must live in one bundle: the host keeps the
     * first definition it meets, so two bundles with one key show either wording.
     *
     * @param moduleDir the module's folder (a test's working directory: {@code Path.of("")}); its own copies on
     *                  the class path ({@code target/classes}) are not "elsewhere"
     */
    public static Map<String, URL> definedElsewhere(ClassLoader loader, String file, Path moduleDir) {
        Path dir = moduleDir.toAbsolutePath().normalize();
        Map<String, String> mine = read(dir.resolve("src/main/resources").resolve(file));
        Map<String, URL> clashes = new LinkedHashMap<>();
        for (URL url : all(loader, file)) {
            if (isBelow(url, dir)) {
                continue;
            }
            for (String key : read(url).keySet()) {
                if (mine.containsKey(key)) {
                    clashes.putIfAbsent(key, url);
                }
            }
        }
        return clashes;
    }

    private static boolean isBelow(URL url, Path dir) {
        if (!"file".equals(url.getProtocol())) {
            return false;
        }
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize().startsWith(dir);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The keys that have no (or a blank) text in a module's own file {@code moduleDir/src/main/resources/<file>}. */
    public static Set<String> untranslated(Set<String> keys, Path moduleDir, String file) {
        Map<String, String> texts = read(moduleDir.resolve("src/main/resources").resolve(file));
        Set<String> missing = new TreeSet<>(keys);
        missing.removeIf(k -> !texts.getOrDefault(k, "").isBlank());
        return missing;
    }

    /**
     * Fails when the module of the running test (its working directory) defines, in Russian or English, a key
     * that another bundle on its test class path (say, the service whose refusals the view shows) defines too.
     */
    public static void assertNoKeyDefinedElsewhere(Class<?> test) {
        for (String file : List.of(RUSSIAN_FILE, ENGLISH_FILE)) {
            Map<String, URL> clashes = definedElsewhere(test.getClassLoader(), file, Path.of(""));
            org.junit.jupiter.api.Assertions.assertEquals(Map.of(), clashes,
                    "keys of this module's " + file + " that another bundle defines (keep them only there)");
        }
    }
}
