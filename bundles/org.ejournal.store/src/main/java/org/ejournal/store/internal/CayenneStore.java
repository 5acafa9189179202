package org.ejournal.store.internal;

import javax.sql.DataSource;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.configuration.server.ServerModule;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.apache.cayenne.di.ClassLoaderManager;
import org.ejournal.store.StandaloneStore;

/**
 * Cayenne set up for eJournal, the same in Felix and in plain Java: module auto-loading is off (it
 * goes through {@code ServiceLoader} and the thread context class loader, which in Felix sees neither
 * Cayenne nor us) and class/resource lookup by name goes through a {@link StoreClassLoader}.
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
        this.runtime = ServerRuntime.builder("ejournal")
                .disableModulesAutoLoading()
                .addModule(new ServerModule())
                .addModule(binder -> binder.bind(ClassLoaderManager.class).toInstance(classLoaders))
                .addConfig(PROJECT)
                .dataSource(dataSource)
                .build();
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
