package org.ejournal.security.internal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;

import org.ejournal.store.model.School;
import org.junit.jupiter.api.Test;

class StoreClassLoadingTest {

    @Test
    void storeWorkSeesTheStoresLoaderAndTheCallersLoaderComesBack() {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        // Stands for Jetty's web-app loader on a request thread.
        ClassLoader webApp = new URLClassLoader(new URL[0], null);
        thread.setContextClassLoader(webApp);
        try {
            ClassLoader during = StoreClassLoading.call(() -> Thread.currentThread().getContextClassLoader());
            assertSame(School.class.getClassLoader(), during);
            assertSame(webApp, thread.getContextClassLoader());

            assertThrows(IllegalStateException.class, () -> StoreClassLoading.call(() -> {
                throw new IllegalStateException("query failed");
            }));
            assertSame(webApp, thread.getContextClassLoader());
        } finally {
            thread.setContextClassLoader(original);
        }
    }
}
