package org.ejournal.host.osgi;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The entries of the application class path, as jars and folders. Used both to compute the packages
 * exported into Felix and to tell Jetty which container jars to scan.
 *
 * <p>Why not only {@code java.class.path}: a JVM started with {@code java -jar} or by Maven surefire
 * may see a single "manifest-only" jar whose {@code Class-Path} header lists the real entries; those
 * are followed here (recursively, once each).
 */
public final class ClassPath {

    private ClassPath() {
    }

    /** The class path entries that exist, in class path order. */
    public static List<Path> entries() {
        Set<Path> result = new LinkedHashSet<>();
        String classPath = System.getProperty("java.class.path", "");
        for (String element : classPath.split(File.pathSeparator)) {
            if (!element.isBlank()) {
                try {
                    add(Path.of(element).toAbsolutePath().normalize(), result);
                } catch (InvalidPathException e) {
                    // an unusable element is ignored, like the JVM does
                }
            }
        }
        return new ArrayList<>(result);
    }

    private static void add(Path entry, Set<Path> result) {
        if (!Files.exists(entry) || !result.add(entry) || Files.isDirectory(entry)) {
            return;
        }
        for (Path referenced : manifestClassPath(entry)) {
            add(referenced, result);
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> referenced = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String header = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (header == null) {
                return referenced;
            }
            for (String item : header.trim().split("\\s+")) {
                if (item.isEmpty()) {
                    continue;
                }
                try {
                    // Class-Path items are URLs relative to the jar's folder.
                    URI uri = jar.getParent().toUri().resolve(item);
                    if ("file".equals(uri.getScheme())) {
                        referenced.add(Path.of(uri).toAbsolutePath().normalize());
                    }
                } catch (IllegalArgumentException e) {
                    // not a local file: cannot be scanned, skip
                }
            }
        } catch (IOException e) {
            // not a readable jar: nothing to follow
        }
        return referenced;
    }
}
