package org.ejournal.store.internal;

import javax.sql.DataSource;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.configuration.server.ServerModule;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.apache.cayenne.di.ClassLoaderManager;
import org.apache.cayenne.map.EntityResolver;
import org.apache.cayenne.map.ObjEntity;
import org.ejournal.store.StandaloneStore;

/**
 * Cayenne set up for eJournal, the same in Felix and in plain Java: module auto-loading is off (it
 * goes through {@code ServiceLoader} and the thread context class loader, which in Felix sees neither
 * Cayenne nor us) and class/resource lookup by name goes through a {@link StoreClassLoader}.
 *
 * <p>Cayenne 4.2 still resolves entity classes ({@code ObjEntity.getJavaClass()}) through a static
 * helper that asks the thread context class loader, ignoring the bound {@link ClassLoaderManager}.
 * Inside Felix the context loader of a caller is Jetty's or the application's, which sees no entity
 * class or a wrong copy. Two measures, so that no caller has to do anything:
 * <ul>
 * <li>the runtime is built and every entity descriptor and lifecycle callback resolved eagerly while
 * the context loader is the store's; Cayenne caches them (this covers what runs in the caller's
 * context outside the domain: {@code newObject}, query metadata, faults);</li>
 * <li>{@link StoreContextClassLoaderFilter}, a domain query and sync filter, sets the store's loader
 * as context loader around every query and commit (whatever Cayenne resolves lazily there).</li>
 * </ul>
 */
public final class CayenneStore implements StandaloneStore {

    /** The Cayenne project file, relative to the class path / bundle root. */
    public static final String PROJECT = "org/ejournal/store/cayenne-project.xml";

    private final DataSource dataSource;
    private final ServerRuntime runtime;

    public CayenneStore(DataSource dataSource, ClassLoader storeClassLoader) {
        this.dataSource = dataSource;
        ClassLoader loader = new StoreClassLoader(ServerRuntime.class.getClassLoader(), storeClassLoader);
        ClassLoaderManager classLoaders = resourceName -> loader;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            StoreContextClassLoaderFilter contextLoader = new StoreContextClassLoaderFilter(loader);
            this.runtime = ServerRuntime.builder("ejournal")
                    .disableModulesAutoLoading()
                    .addModule(new ServerModule())
                    .addModule(binder -> {
                        binder.bind(ClassLoaderManager.class).toInstance(classLoaders);
                        // Appended after ServerModule's own filters, so outermost (see the filter's doc).
                        ServerModule.contributeDomainQueryFilters(binder).add(contextLoader);
                        ServerModule.contributeDomainSyncFilters(binder).add(contextLoader);
                    })
                    .addConfig(PROJECT)
                    .dataSource(dataSource)
                    .build();
            resolveEntityClassesNow(runtime);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void resolveEntityClassesNow(ServerRuntime runtime) {
        EntityResolver resolver = runtime.getDataDomain().getEntityResolver();
        for (ObjEntity entity : resolver.getObjEntities()) {
            // Descriptors are lazy decorators; getEntity() initialises and caches the real one (whose
            // object class is then fixed). getObjectClass() would not: it asks the entity every time.
            resolver.getClassDescriptor(entity.getName()).getEntity();
        }
        resolver.getCallbackRegistry();
    }

    @Override
    public ObjectContext newContext() {
        return runtime.newContext();
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public ServerRuntime serverRuntime() {
        return runtime;
    }

    @Override
    public void close() {
        runtime.shutdown();
    }
}
