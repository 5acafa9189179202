package org.ejournal.store.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * What Cayenne uses to load classes and resources by name: Cayenne's own classes (adapters, value
 * types, named in its code) from Cayenne's loader, everything else (entity classes, the project and
 * map files, the JDBC driver) from the store's loader first. In Felix these are two bundle class
 * loaders; on a flat class path both are the application loader.
 */
final class StoreClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String CAYENNE_PACKAGES = "org.apache.cayenne.";

    private final ClassLoader cayenne;
    private final ClassLoader store;

    StoreClassLoader(ClassLoader cayenne, ClassLoader store) {
        // No parent: both loaders are asked explicitly, in the order that fits the name.
        super(null);
        this.cayenne = cayenne;
        this.store = store;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.startsWith(CAYENNE_PACKAGES)) {
            return cayenne.loadClass(name);
        }
        try {
            return store.loadClass(name);
        } catch (ClassNotFoundException notOurs) {
            return cayenne.loadClass(name);
        }
    }

    @Override
    protected URL findResource(String name) {
        URL url = store.getResource(name);
        return url != null ? url : cayenne.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        // Cayenne looks up its adapters' types.xml this way: both loaders count.
        List<URL> urls = new ArrayList<>(Collections.list(store.getResources(name)));
        if (cayenne != store) {
            for (URL url : Collections.list(cayenne.getResources(name))) {
                if (!urls.contains(url)) {
                    urls.add(url);
                }
            }
        }
        return Collections.enumeration(urls);
    }
}
