package org.ejournal.store.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * What Cayenne uses to load classes and resources by name: Cayenne's own loader first (its adapters and
 * value types), then the store's (entity classes, the project and map files). In Felix these are two
 * bundle class loaders; on a flat class path they are the same loader and this costs nothing.
 */
final class StoreClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader store;

    StoreClassLoader(ClassLoader cayenne, ClassLoader store) {
        super(cayenne);
        this.store = store;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return store.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return store.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return store.getResources(name);
    }
}
