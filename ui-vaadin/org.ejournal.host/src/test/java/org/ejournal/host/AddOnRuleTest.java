package org.ejournal.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * The add-on rule: a bundle from the deploy folder may not wire to internal packages our bundles
 * export (here a stand-in for {@code org.ejournal.store}), nor Require-Bundle them; the same import
 * from a boot bundle works, and an add-on that keeps to the API and Vaadin starts.
 */
class AddOnRuleTest {

    @TempDir
    static Path workDir;

    static EJournalHost host;

    @BeforeAll
    static void startHost() throws Exception {
        host = EJournalHost.start(TestHosts.config(workDir).build());
        Path internal = Files.createDirectories(workDir.resolve("internal"));
        Bundle exporter = host.systemContext().installBundle(jar(internal.resolve("store.jar"), Map.of(
                "Bundle-SymbolicName", "test.internal.store",
                "Export-Package", "org.ejournal.store.sample;version=\"1.0.0\"")).toUri().toString());
        exporter.start();
    }

    @AfterAll
    static void stopHost() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void ourOwnBundlesMayImportInternalPackages() throws Exception {
        Bundle insider = host.systemContext().installBundle(jar(workDir.resolve("internal/insider.jar"), Map.of(
                "Bundle-SymbolicName", "test.internal.insider",
                "Import-Package", "org.ejournal.store.sample")).toUri().toString());
        insider.start();
        assertEquals(Bundle.ACTIVE, insider.getState());
    }

    @Test
    void addOnImportingAnInternalPackageDoesNotResolve() throws Exception {
        Bundle rogue = deployAndAwait("rogue.jar", Map.of(
                "Bundle-SymbolicName", "test.addon.rogue",
                "Import-Package", "org.ejournal.store.sample"));
        assertThrows(BundleException.class, rogue::start);
        assertEquals(Bundle.INSTALLED, rogue.getState(), "refused wiring leaves the add-on unresolved");
    }

    @Test
    void addOnRequiringAnInternalBundleDoesNotResolve() throws Exception {
        Bundle rogue = deployAndAwait("requirer.jar", Map.of(
                "Bundle-SymbolicName", "test.addon.requirer",
                "Require-Bundle", "test.internal.store"));
        assertThrows(BundleException.class, rogue::start);
        assertEquals(Bundle.INSTALLED, rogue.getState());
    }

    @Test
    void addOnKeepingToApiVaadinOsgiAndJreStarts() throws Exception {
        Bundle good = deployAndAwait("good.jar", Map.of(
                "Bundle-SymbolicName", "test.addon.good",
                "Import-Package", "org.ejournal.api;version=\"[1.0,2)\",org.ejournal.api.ui;version=\"[1.0,2)\","
                        + "com.vaadin.flow.component;version=\"[24.9,25)\",org.osgi.framework,org.slf4j,javax.sql"));
        long active = TestHosts.await(() -> good.getState() == Bundle.ACTIVE, Duration.ofSeconds(10));
        assertTrue(active >= 0, "state " + good.getState());
    }

    private static Bundle deployAndAwait(String fileName, Map<String, String> headers) throws Exception {
        Path deploy = workDir.resolve("deploy");
        Path built = jar(workDir.resolve(fileName + ".src"), headers);
        TestHosts.deploy(built, deploy, fileName);
        String name = headers.get("Bundle-SymbolicName");
        long seen = TestHosts.await(() -> find(name).isPresent(), Duration.ofSeconds(10));
        assertTrue(seen >= 0, "FileInstall installed " + name);
        return find(name).orElseThrow();
    }

    private static Optional<Bundle> find(String symbolicName) {
        return Arrays.stream(host.systemContext().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    /** A bundle with only a manifest: enough for the resolver. */
    static Path jar(Path file, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            // manifest only
        }
        return file;
    }
}
