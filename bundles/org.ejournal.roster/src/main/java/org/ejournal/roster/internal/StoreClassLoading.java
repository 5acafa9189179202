package org.ejournal.roster.internal;

import java.util.function.Supplier;

import org.ejournal.store.model.School;

/**
 * Runs store work with the store bundle's class loader as the thread context class loader.
 *
 * <p>Why: Cayenne 4.2 may still resolve an entity class by name through the context class loader
 * ({@code ObjEntity.getJavaClass()} via {@code Util.getJavaClass}), e.g. when a class descriptor is created
 * lazily. Service calls come from Jetty's request threads, whose context loader is the web app's and
 * sees no entity class: the call failed with {@code ClassNotFoundException: org.ejournal.store.model.UserAccount}
 * at the first login in the real host. The store bundle's loader sees the entities and the Cayenne
 * packages the store imports. Remove this once the store sets the loader itself around every query.
 */
final class StoreClassLoading {

    private static final ClassLoader STORE_LOADER = School.class.getClassLoader();

    private StoreClassLoading() {
    }

    static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (previous == STORE_LOADER) {
            return work.get();
        }
        thread.setContextClassLoader(STORE_LOADER);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
