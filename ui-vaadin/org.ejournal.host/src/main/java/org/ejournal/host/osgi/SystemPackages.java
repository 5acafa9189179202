package org.ejournal.host.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes {@code org.osgi.framework.system.packages.extra}: the host-side packages that bundles may
 * import, found on the class path at start rather than listed by hand (a Vaadin upgrade changes them).
 *
 * <p>Version of each package: its {@code version} in the jar's own {@code Export-Package} (Vaadin,
 * SLF4J, Jackson and our API jars carry OSGi headers), else the jar's {@code Bundle-Version}, else its
 * Maven version, else {@code 0.0.0}. The first jar on the class path that holds a package wins, as in
 * the class loader.
 */
public final class SystemPackages {

    private static final Logger LOG = LoggerFactory.getLogger(SystemPackages.class);

    /**
     * Prefixes of exported packages: our API, Vaadin and what Vaadin's public API exposes
     * (Jackson nodes, servlet request types, jsoup documents, nullness annotations), and logging.
     */
    public static final List<String> EXPORTED_PREFIXES = List.of(
            "org.ejournal.api", "com.vaadin.", "elemental.", "org.slf4j",
            "com.fasterxml.jackson.", "jakarta.servlet", "org.jsoup", "org.jspecify.");

    private static final Pattern NUMERIC_VERSION = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?[.\\-_]?(.*)$");

    private SystemPackages() {
    }

    /** The value for {@code org.osgi.framework.system.packages.extra}. */
    public static String exportClause() {
        long started = System.nanoTime();
        Map<String, Set<String>> packages = scan(ClassPath.entries());
        StringBuilder clause = new StringBuilder();
        packages.forEach((name, versions) -> {
            for (String version : versions) {
                if (clause.length() > 0) {
                    clause.append(',');
                }
                clause.append(name).append(";version=\"").append(version).append('"');
            }
        });
        LOG.info("Exporting {} host packages into OSGi (class path scanned in {} ms)",
                packages.size(), (System.nanoTime() - started) / 1_000_000);
        return clause.toString();
    }

    /**
     * Package name to its OSGi versions for the exported prefixes, sorted by name. Several versions
     * when the jar's own header says so (slf4j 2 exports org.slf4j at 2.0.17 and 1.7.36, so bundles
     * importing {@code [1.7,2)}, such as Cayenne 4.2, resolve against the same classes).
     */
    static Map<String, Set<String>> scan(List<Path> entries) {
        Map<String, Set<String>> packages = new TreeMap<>();
        for (Path entry : entries) {
            try {
                if (Files.isDirectory(entry)) {
                    scanFolder(entry, packages);
                } else {
                    scanJar(entry, packages);
                }
            } catch (IOException e) {
                LOG.warn("Cannot read class path entry {}: {}", entry, e.toString());
            }
        }
        return packages;
    }

    private static void scanJar(Path jar, Map<String, Set<String>> packages) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            TreeSet<String> found = new TreeSet<>();
            Enumeration<JarEntry> it = file.entries();
            while (it.hasMoreElements()) {
                String name = it.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    addPackage(name, found);
                }
            }
            if (found.isEmpty()) {
                return;
            }
            Manifest manifest = file.getManifest();
            String mavenVersion = null;
            Enumeration<JarEntry> all = file.entries();
            while (mavenVersion == null && all.hasMoreElements()) {
                JarEntry e = all.nextElement();
                if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                    try (InputStream in = file.getInputStream(e)) {
                        Properties pom = new Properties();
                        pom.load(in); // ASCII content written by Maven
                        mavenVersion = pom.getProperty("version");
                    }
                }
            }
            record(found, manifest, mavenVersion, packages);
        }
    }

    private static void scanFolder(Path folder, Map<String, Set<String>> packages) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith("META-INF/"))
                    .forEach(n -> addPackage(n, found));
        }
        if (found.isEmpty()) {
            return;
        }
        Manifest manifest = null;
        Path manifestFile = folder.resolve("META-INF/MANIFEST.MF");
        if (Files.isRegularFile(manifestFile)) {
            try (InputStream in = Files.newInputStream(manifestFile)) {
                manifest = new Manifest(in);
            }
        }
        record(found, manifest, null, packages);
    }

    private static void addPackage(String classEntry, TreeSet<String> found) {
        int slash = classEntry.lastIndexOf('/');
        if (slash <= 0) {
            return;
        }
        String pkg = classEntry.substring(0, slash).replace('/', '.');
        if (isExported(pkg)) {
            found.add(pkg);
        }
    }

    static boolean isExported(String pkg) {
        for (String prefix : EXPORTED_PREFIXES) {
            if (pkg.startsWith(prefix) || (pkg + ".").equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void record(TreeSet<String> found, Manifest manifest, String mavenVersion,
                               Map<String, Set<String>> packages) {
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        Map<String, List<String>> declared = ExportPackageHeader.parse(main.getValue("Export-Package"));
        String fallback = firstNonNull(main.getValue("Bundle-Version"), mavenVersion,
                main.getValue("Implementation-Version"), "0.0.0");
        for (String pkg : found) {
            if (packages.containsKey(pkg)) {
                continue; // an earlier class path entry has it, as in the class loader
            }
            Set<String> versions = new LinkedHashSet<>();
            for (String version : declared.getOrDefault(pkg, List.of(fallback))) {
                versions.add(toOsgiVersion(version != null ? version : fallback));
            }
            packages.put(pkg, versions);
        }
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    /** "2.0.0-M4" → "2.0.0.M4", "24.9" → "24.9.0", "1.0.0.SNAPSHOT" stays; garbage → "0.0.0". */
    static String toOsgiVersion(String raw) {
        Matcher m = NUMERIC_VERSION.matcher(raw.trim());
        if (!m.matches()) {
            return "0.0.0";
        }
        String version = m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)) + "."
                + (m.group(3) == null ? "0" : m.group(3));
        String qualifier = m.group(4).replaceAll("[^A-Za-z0-9_\\-]", "_");
        return qualifier.isEmpty() ? version : version + "." + qualifier;
    }
}
