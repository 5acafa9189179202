package org.ejournal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.apache.cayenne.CayenneRuntimeException;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.map.EntityResolver;
import org.apache.cayenne.map.LifecycleEvent;
import org.apache.cayenne.query.ObjectSelect;
import org.apache.cayenne.query.SQLSelect;
import org.apache.cayenne.reflect.LifecycleCallbackRegistry;
import org.ejournal.store.model.School;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.Test;

/**
 * Every query and commit runs with the store's class loader as the thread context class loader, whatever
 * the caller's thread has (moved here from the services' {@code StoreClassLoadingTest}: the services no
 * longer do anything about it).
 *
 * <p>The caller's thread stands for a Jetty request thread: its context class loader sees no entity class.
 * Inside the query and the commit a lifecycle listener does what Cayenne 4.2 does lazily in places
 * ({@code ObjEntity.getJavaClass()}: the entity class by name through the context loader — the call that
 * failed with {@code ClassNotFoundException: org.ejournal.store.model.UserAccount} at the first login in
 * the real host). Without the store's context-loader filter this fails.
 */
@EJournalDatabase
class StoreContextClassLoaderTest {

    @Test
    void queriesAndCommitsResolveEntityClassesByNameFromAThreadThatCannotSeeThem(DataSource dataSource)
            throws Exception {
        // Stands for Jetty's web-app loader on a request thread: no parent, sees no entity class.
        ClassLoader webApp = new URLClassLoader(new URL[0], null);
        assertThrows(ClassNotFoundException.class, () -> Class.forName(School.class.getName(), false, webApp));

        try (StandaloneStore store = StoreRuntimes.create(dataSource)) {
            EntityResolver resolver = store.serverRuntime().getDataDomain().getEntityResolver();
            Probe probe = new Probe(resolver);
            LifecycleCallbackRegistry callbacks = resolver.getCallbackRegistry();
            callbacks.addListener(LifecycleEvent.POST_LOAD, School.class, probe, "loaded");
            callbacks.addListener(LifecycleEvent.POST_PERSIST, School.class, probe, "persisted");
            callbacks.addListener(LifecycleEvent.PRE_UPDATE, School.class, probe, "updating");

            ExecutorService requestThread = Executors.newSingleThreadExecutor();
            try {
                requestThread.submit(() -> {
                    Thread.currentThread().setContextClassLoader(webApp);

                    ObjectContext writing = store.newContext();
                    School school = writing.newObject(School.class);
                    school.setName("Гимназия № 3");
                    school.setShortName("Гимназия № 3");
                    writing.commitChanges();
                    assertSame(webApp, Thread.currentThread().getContextClassLoader(), "caller's loader back");

                    List<School> schools = ObjectSelect.query(School.class).select(store.newContext());
                    assertEquals(1, schools.size());
                    assertSame(webApp, Thread.currentThread().getContextClassLoader(), "caller's loader back");

                    School loaded = schools.get(0);
                    loaded.setCity("Псков");
                    loaded.getObjectContext().commitChanges();

                    // A failing query gives the caller's loader back too.
                    assertThrows(CayenneRuntimeException.class,
                            () -> SQLSelect.dataRowQuery("SELECT no_such_column FROM school").select(store.newContext()));
                    assertSame(webApp, Thread.currentThread().getContextClassLoader(), "caller's loader back");
                    return null;
                }).get();
            } finally {
                requestThread.shutdown();
            }

            assertEquals(List.of(), probe.failures, "entity class by name inside query/commit");
            assertEquals(List.of("persisted", "loaded", "updating"), probe.events);
        }
    }

    /** Lifecycle listener: resolves the entity's class by name the way Cayenne does, records what happened. */
    public static final class Probe {

        private final EntityResolver resolver;
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();

        Probe(EntityResolver resolver) {
            this.resolver = resolver;
        }

        public void loaded(Object entity) {
            resolve("loaded", entity);
        }

        public void persisted(Object entity) {
            resolve("persisted", entity);
        }

        public void updating(Object entity) {
            resolve("updating", entity);
        }

        private void resolve(String event, Object entity) {
            events.add(event);
            try {
                // ObjEntity.getJavaClass() → Util.getJavaClass → thread context class loader.
                Class<?> type = resolver.getObjEntity("School").getJavaClass();
                if (type != entity.getClass()) {
                    failures.add(event + ": " + type + " is another copy of " + entity.getClass());
                }
            } catch (RuntimeException e) {
                failures.add(event + ": " + e);
            }
        }
    }
}
