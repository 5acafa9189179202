package org.ejournal.it.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method a fresh {@link Browser} (parameter injection) and, when the test fails, saves a
 * screenshot and the page text into target/e2e before the browser closes.
 */
public final class BrowserExtension implements ParameterResolver, BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // Stored in the method's store: JUnit closes it (AutoCloseable) when the method is done, after the
        // screenshot callback below.
        return context.getStore(NS).getOrComputeIfAbsent("browser", k -> new Holder(Browser.start()), Holder.class).browser();
    }

    /** A failure screenshot from an earlier run must not outlive a passing run. */
    @Override
    public void beforeTestExecution(ExtensionContext context) {
        try {
            Files.deleteIfExists(Browser.outDir().resolve(name(context) + ".png"));
            Files.deleteIfExists(Browser.outDir().resolve(name(context) + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Holder holder = context.getStore(NS).get("browser", Holder.class);
        if (holder == null || context.getExecutionException().isEmpty()) {
            return;
        }
        Browser browser = holder.browser();
        try {
            System.err.println("[e2e] test failed; screenshot: " + browser.screenshot(name(context)).toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("[e2e] test failed; screenshot impossible: " + e);
        }
    }

    /** Closes the browser when JUnit discards the method's store. */
    @SuppressWarnings("deprecation")
    private record Holder(Browser browser) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            browser.close();
        }
    }
}
