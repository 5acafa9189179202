package org.ejournal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.cayenne.configuration.server.ServerRuntime;
import org.apache.cayenne.di.Injector;
import org.apache.felix.framework.Felix;
import org.ejournal.database.DatabaseSettings;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Proves the deployment the README describes: Felix 7 + SCR with Cayenne's own jars, the MariaDB
 * driver and this bundle installed as bundles resolves, registers {@code StoreRuntime} from the
 * framework properties {@code ejournal.db.*}, and reads entities through it. The store bundle is
 * installed from {@code target/classes} (manifest written by bnd in process-classes).
 *
 * <p>Classes inside Felix are not the test's classes, so the service is used through reflection.
 */
@EJournalDatabase
class StoreInFelixTest {

    @TempDir
    Path felixCache;

    @Test
    void storeResolvesStartsAndReadsEntitiesInFelix(DatabaseSettings settings) throws Exception {
        try (Connection c = settings.openConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (name, short_name, city) VALUES ('Гимназия № 3', 'Гимназия № 3', 'Псков')");
        }

        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, felixCache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // The host exports logging as system packages. Cayenne 4.2 imports org.slf4j [1.7,2), so the
        // 1.7.36 export that slf4j-api 2 declares in its own manifest must be repeated here.
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=2.0.17,org.slf4j;version=1.7.36,"
                + "org.slf4j.event;version=2.0.17,org.slf4j.helpers;version=2.0.17,org.slf4j.spi;version=2.0.17,"
                // The host exports the API from its class path too; take the API jar's own export clause.
                + apiExportClause());
        // The test class path holds Cayenne and the store too; without this Felix hands classes asked
        // for from non-bundle loaders to the application class loader, mixing two class spaces.
        config.put("felix.bootdelegation.implicit", "false");
        config.put("ds.loglevel", "warn"); // SCR reports component failures on the console
        config.put("ejournal.db.url", settings.url());
        config.put("ejournal.db.user", settings.user());
        config.put("ejournal.db.password", settings.password());

        Felix felix = new Felix(config);
        felix.start();
        try {
            BundleContext context = felix.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String jar : List.of(jarOf(org.osgi.util.function.Function.class), jarOf(org.osgi.util.promise.Promise.class),
                    jarOf(org.osgi.service.component.ComponentContext.class),
                    jarOf(Class.forName("org.apache.felix.scr.impl.Activator")),
                    jarOf(Injector.class), jarOf(ServerRuntime.class), jarOf(org.mariadb.jdbc.Driver.class))) {
                bundles.add(context.installBundle("file:" + jar));
            }
            Bundle store = context.installBundle("reference:file:" + System.getProperty("store.test.classpath",
                    "target/classes"));
            bundles.add(store);
            for (Bundle bundle : bundles) {
                bundle.start();
            }
            for (Bundle bundle : bundles) {
                System.out.println("in Felix: " + bundle.getSymbolicName() + " " + bundle.getVersion() + " state "
                        + bundle.getState());
                assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " active");
            }

            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, "org.ejournal.store.StoreRuntime", null);
            tracker.open(true); // all services: the test class path has its own StoreRuntime class
            Object runtime = tracker.waitForService(30_000);
            assertNotNull(runtime, "StoreRuntime service registered");

            // The query runs on this thread, whose context class loader is the application's and holds a
            // second copy of the entity classes: the worst case for Cayenne's class lookups.
            Object objectContext = runtime.getClass().getMethod("newContext").invoke(runtime);
            Class<?> schoolClass = store.loadClass("org.ejournal.store.model.School");
            Bundle cayenne = bundles.stream().filter(b -> "org.apache.cayenne.server".equals(b.getSymbolicName()))
                    .findFirst().orElseThrow();
            Class<?> objectSelect = cayenne.loadClass("org.apache.cayenne.query.ObjectSelect");
            Class<?> objectContextType = cayenne.loadClass("org.apache.cayenne.ObjectContext");
            Object query = objectSelect.getMethod("query", Class.class).invoke(null, schoolClass);
            List<?> schools = (List<?>) objectSelect.getMethod("select", objectContextType).invoke(query, objectContext);
            assertEquals(1, schools.size());
            Method shortName = schoolClass.getMethod("getShortName");
            assertEquals("Гимназия № 3", shortName.invoke(schools.get(0)));
            assertEquals(schoolClass, schools.get(0).getClass(), "entity class from the store bundle");

            // Writing works too: new object (post-add callback fills defaults), commit, count again.
            Object created = objectContextType.getMethod("newObject", Class.class).invoke(objectContext, schoolClass);
            schoolClass.getMethod("setName", String.class).invoke(created, "Лицей № 1");
            schoolClass.getMethod("setShortName", String.class).invoke(created, "Лицей № 1");
            objectContextType.getMethod("commitChanges").invoke(objectContext);
            Object freshContext = runtime.getClass().getMethod("newContext").invoke(runtime);
            assertEquals(2, ((List<?>) objectSelect.getMethod("select", objectContextType).invoke(query, freshContext))
                    .size());
            tracker.close();
        } finally {
            felix.stop();
            felix.waitForStop(30_000);
        }
    }

    /** The Export-Package clause of the org.ejournal.api jar (or classes folder) on the test class path. */
    private static String apiExportClause() throws java.io.IOException {
        Path api = Path.of(jarOf(org.ejournal.api.NotFoundException.class));
        java.util.jar.Manifest manifest;
        if (java.nio.file.Files.isDirectory(api)) {
            try (var in = java.nio.file.Files.newInputStream(api.resolve("META-INF/MANIFEST.MF"))) {
                manifest = new java.util.jar.Manifest(in);
            }
        } else {
            try (var jar = new java.util.jar.JarFile(api.toFile())) {
                manifest = jar.getManifest();
            }
        }
        return manifest.getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
