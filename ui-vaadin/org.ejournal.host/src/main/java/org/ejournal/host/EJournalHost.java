package org.ejournal.host;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Set;

import org.ejournal.api.security.AccountService;
import org.ejournal.api.security.AuthenticationService;
import org.ejournal.host.i18n.MessageCatalog;
import org.ejournal.host.osgi.EmbeddedFramework;
import org.ejournal.host.routes.ContributionRegistry;
import org.ejournal.host.routes.ContributionTracker;
import org.ejournal.host.security.LoginService;
import org.ejournal.host.ui.LoginView;
import org.ejournal.host.ui.PasswordView;
import org.ejournal.host.ui.SchoolsView;
import org.ejournal.host.ui.LogoutView;
import org.ejournal.host.ui.MainLayout;
import org.ejournal.host.ui.StartView;
import org.ejournal.host.web.HostServices;
import org.ejournal.host.web.WebServer;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running product: embedded Felix with the boot bundles and the deploy folder, Jetty with
 * Vaadin, login, main layout and the routes contributed by bundles. Start with
 * {@link #start(HostConfig)}, stop with {@link #close()}.
 *
 * <pre>{@code
 * try (EJournalHost host = EJournalHost.start(HostConfig.builder()
 *         .port(8080).deployDir(Path.of("deploy")).bundles(bootJars).build())) {
 *     ... // serve until shutdown
 * }
 * }</pre>
 */
public final class EJournalHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EJournalHost.class);

    private final EmbeddedFramework framework;
    private final ServiceTracker<AccountService, AccountService> accounts;
    private final ServiceTracker<AuthenticationService, AuthenticationService> authentication;
    private final MessageCatalog messages;
    private final WebServer web;
    private final ContributionTracker contributionTracker;
    private final HostServices services;
    private final Path temporaryCache;

    private EJournalHost(HostConfig config) throws Exception {
        long started = System.nanoTime();
        temporaryCache = config.felixCacheDir() == null ? Files.createTempDirectory("ejournal-felix") : null;
        Path cache = temporaryCache != null ? temporaryCache : config.felixCacheDir();
        EmbeddedFramework fw = null;
        ServiceTracker<AccountService, AccountService> acc = null;
        ServiceTracker<AuthenticationService, AuthenticationService> auth = null;
        MessageCatalog msg = null;
        WebServer w = null;
        try {
            fw = new EmbeddedFramework(cache, config.deployDir(), config.bundles(), config.frameworkProperties(),
                    config.systemActivators());
            BundleContext system = fw.systemContext();
            acc = new ServiceTracker<>(system, AccountService.class, null);
            acc.open();
            ServiceTracker<AccountService, AccountService> accountTracker = acc;
            auth = new ServiceTracker<>(system, AuthenticationService.class, null);
            auth.open();
            ServiceTracker<AuthenticationService, AuthenticationService> authTracker = auth;
            msg = new MessageCatalog(system, hostCodeSource());
            ContributionRegistry contributions = new ContributionRegistry();
            services = new HostServices(system, contributions, new LoginService(authTracker::getService, accountTracker::getService), msg);
            w = WebServer.start(config.bindAddress(), config.port(), services);
            contributionTracker = new ContributionTracker(system, w.routeRegistry(), MainLayout.class,
                    Set.of(LoginView.ROUTE, LogoutView.ROUTE, PasswordView.ROUTE, StartView.ROUTE, SchoolsView.ROUTE), contributions, services.openUis());
            contributionTracker.open();
        } catch (Exception | Error e) {
            closeQuietly(w);
            if (msg != null) {
                msg.close();
            }
            if (auth != null) {
                auth.close();
            }
            if (acc != null) {
                acc.close();
            }
            closeQuietly(fw);
            deleteTemporaryCache();
            throw e;
        }
        framework = fw;
        accounts = acc;
        authentication = auth;
        messages = msg;
        web = w;
        LOG.info("eJournal host listening on http://{}:{}/ (started in {} ms)", config.bindAddress(), web.port(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Starts the framework, the boot bundles, Jetty and Vaadin.
     *
     * @throws Exception when any part fails to start; whatever had started is stopped again
     */
    public static EJournalHost start(HostConfig config) throws Exception {
        return new EJournalHost(config);
    }

    /** The system bundle's context: register or look up services from the host side. */
    public BundleContext systemContext() {
        return framework.systemContext();
    }

    /** The HTTP port actually bound (the chosen one when the configuration said 0). */
    public int port() {
        return web.port();
    }

    /**
     * Whether Vaadin has a route for the path now ({@code ""} is the start page, {@code "hello"} the
     * example add-on). Asks Vaadin's route registry, since every path answers HTTP 200.
     */
    public boolean hasRoute(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return web.routeRegistry().getNavigationTarget(p).isPresent();
    }

    /** The parts Vaadin objects use (tests of login and translations reach them here). */
    HostServices services() {
        return services;
    }

    /** Stops Vaadin, Jetty and the framework (in that order). */
    @Override
    public void close() throws Exception {
        contributionTracker.close();
        closeQuietly(web);
        messages.close();
        authentication.close();
        accounts.close();
        try {
            framework.close();
        } finally {
            deleteTemporaryCache();
            LOG.info("eJournal host stopped");
        }
    }

    private void deleteTemporaryCache() {
        if (temporaryCache != null) {
            try {
                org.ejournal.host.osgi.Files2.deleteTree(temporaryCache);
            } catch (Exception e) {
                LOG.warn("Could not delete {}: {}", temporaryCache, e.toString());
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Error while stopping {}", closeable, e);
            }
        }
    }

    private static URL hostCodeSource() {
        CodeSource source = EJournalHost.class.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
