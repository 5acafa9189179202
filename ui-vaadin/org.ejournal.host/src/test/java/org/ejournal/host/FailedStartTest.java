package org.ejournal.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;

/** A start that fails tells the launcher why and leaves no framework running. */
class FailedStartTest {

    @Test
    void failingSystemActivatorFailsTheStartAndStopsTheFramework(@TempDir Path workDir) {
        AtomicBoolean frameworkStopped = new AtomicBoolean();
        BundleActivator broken = new BundleActivator() {
            @Override
            public void start(BundleContext context) {
                Framework framework = (Framework) context.getBundle(0);
                new Thread(() -> {
                    try {
                        frameworkStopped.set(framework.waitForStop(30_000).getType() == FrameworkEvent.STOPPED);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }).start();
                throw new IllegalStateException("report engine cannot start");
            }

            @Override
            public void stop(BundleContext context) {
                // never started
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EJournalHost.start(TestHosts.config(workDir).systemActivator(broken).build()));
        assertEquals("report engine cannot start", e.getMessage());
        assertTrue(awaitTrue(frameworkStopped), "framework stopped after the failed start");
    }

    private static boolean awaitTrue(AtomicBoolean flag) {
        try {
            return TestHosts.await(flag::get, java.time.Duration.ofSeconds(10)) >= 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
