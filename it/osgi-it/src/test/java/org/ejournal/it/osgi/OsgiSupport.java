package org.ejournal.it.osgi;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;

import java.io.File;

import org.ejournal.host.osgi.SystemPackages;
import org.ops4j.pax.exam.Option;

/**
 * Driver-side helpers (they run outside the framework, in {@code @Configuration} methods): where the
 * bundle set is, and which packages the host exports into Felix.
 */
final class OsgiSupport {

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

    /** The file of a bundle of the set (to install it while the framework runs). */
    static File bundleFile(String artifactId) {
        return new File(bundleFolder(), artifactId + ".jar");
    }

    /** Felix SCR and the OSGi bundles it needs. */
    static Option declarativeServices() {
        return composite(
                bundleOf("org.osgi.util.function"),
                bundleOf("org.osgi.util.promise"),
                bundleOf("org.osgi.service.component"),
                bundleOf("org.apache.felix.scr"));
    }

    /** The product's bundles with their third-party bundles (see each bundle's README). */
    static Option productBundles() {
        return composite(
                bundleOf("mariadb-java-client"),
                bundleOf("cayenne-di"),
                bundleOf("cayenne-server"),
                bundleOf("org.ejournal.store"),
                bundleOf("org.ejournal.security"),
                bundleOf("org.ejournal.roster"),
                bundleOf("org.ejournal.gradebook"),
                bundleOf("org.ejournal.timetable"),
                bundleOf("org.ejournal.rules.defaults"));
    }

    /**
     * The packages the host exports into Felix (org.ejournal.api, slf4j, and Vaadin when present), computed
     * by the host's own code ({@code SystemPackages}) from this JVM's class path, as at run time. The api
     * is therefore not installed as a bundle, as in the product.
     */
    static Option hostSystemPackages() {
        String clause = SystemPackages.exportClause();
        if (!clause.contains("org.ejournal.api;")) {
            throw new IllegalStateException("org.ejournal.api is not on the test class path: " + clause);
        }
        return systemPackages(clause);
    }

}
