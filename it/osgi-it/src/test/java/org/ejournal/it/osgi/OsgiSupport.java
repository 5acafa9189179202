package org.ejournal.it.osgi;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.ops4j.pax.exam.Option;

/**
 * Driver-side helpers (they run outside the framework, in {@code @Configuration} methods): where the
 * bundle set is, and which packages the host exports into Felix.
 */
final class OsgiSupport {

    /** System property set by the driver when it starts configuring; the probe reads it to time the boot. */
    static final String T0_PROPERTY = "ejournal.it.t0";

    private OsgiSupport() {
    }

    /** The folder the build copied the bundle set to (failsafe sets the property). */
    static File bundleFolder() {
        String dir = System.getProperty("ejournal.it.bundles");
        if (dir == null) {
            throw new IllegalStateException("System property ejournal.it.bundles is not set: run this test "
                    + "with Maven (mvn -pl it/osgi-it -am verify), which copies the bundle set first");
        }
        return new File(dir);
    }

    /** A bundle of the set, by artifact id (the build copies them without versions). */
    static Option bundleOf(String artifactId) {
        File jar = new File(bundleFolder(), artifactId + ".jar");
        if (!jar.isFile()) {
            throw new IllegalStateException("Bundle " + jar + " is missing: add " + artifactId
                    + " to the dependencies and to the bundle-set execution of it/osgi-it/pom.xml");
        }
        return bundle(jar.toURI().toString());
    }

    /** Felix SCR and the OSGi bundles it needs. */
    static Option declarativeServices() {
        return composite(
                bundleOf("org.osgi.util.function"),
                bundleOf("org.osgi.util.promise"),
                bundleOf("org.osgi.service.component"),
                bundleOf("org.apache.felix.scr"));
    }

    /**
     * The api as the host gives it: its packages exported by the system bundle (the api jar is on this
     * JVM's class path), not installed as a bundle. The package list is read from the api's manifest.
     */
    static Option apiAsSystemPackages() {
        List<String> exports = apiExports();
        return composite(
                systemPackages(exports.toArray(new String[0])),
                systemProperty(T0_PROPERTY).value(Long.toString(System.nanoTime())));
    }

    static List<String> apiExports() {
        try {
            Enumeration<URL> manifests = OsgiSupport.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Attributes main = new Manifest(in).getMainAttributes();
                    if ("org.ejournal.api".equals(main.getValue("Bundle-SymbolicName"))) {
                        return packagesWithVersion(main.getValue("Export-Package"));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("org.ejournal.api (with its OSGi manifest) is not on the test class path");
    }

    /** "a;version="1.0.0";uses:="x,y",b;version="1.0.0"" → ["a;version=1.0.0", "b;version=1.0.0"]. */
    static List<String> packagesWithVersion(String header) {
        List<String> result = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String clause = header.substring(start, i).trim();
                start = i + 1;
                String[] parts = clause.split(";");
                String version = null;
                for (String p : parts) {
                    String t = p.trim();
                    if (t.startsWith("version=")) {
                        version = t.substring("version=".length()).replace("\"", "");
                    }
                }
                result.add(version == null ? parts[0].trim() : parts[0].trim() + ";version=" + version);
            }
        }
        return result;
    }
}
