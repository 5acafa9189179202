package org.ejournal.host.web;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.Configuration;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.ejournal.host.osgi.ClassPath;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.ServletContext;

/**
 * Jetty 12 (ee10) with one web application: Vaadin's servlet at {@code /*} in production mode,
 * the prebuilt frontend served from {@code META-INF/VAADIN} on the class path. Vaadin's servlet
 * container initializers run through Jetty's annotation scanning, narrowed to Vaadin's jars.
 */
public final class WebServer implements AutoCloseable {

    /**
     * Jars Jetty scans for servlet container initializers and their handled types: Vaadin's only
     * (flow-*, vaadin-*). The host's views are registered in code, so the host need not be scanned.
     */
    static final String CONTAINER_SCAN_PATTERN = ".*/(flow-[^/]+|vaadin-[^/]+)\\.jar$";

    /** Idle time after which a session ends. */
    static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    private final Server server;
    private final WebAppContext context;
    private final Path webRoot;

    /** Starts Jetty; returns when Vaadin is initialized. */
    public static WebServer start(String bindAddress, int port, HostServices services) throws Exception {
        return new WebServer(bindAddress, port, services);
    }

    private WebServer(String bindAddress, int port, HostServices services) throws Exception {
        // An empty web root: every resource comes from the class path (META-INF/VAADIN).
        webRoot = Files.createTempDirectory("ejournal-webroot");
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(bindAddress);
        connector.setPort(port);
        server.addConnector(connector);

        context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResourceAsPath(webRoot);
        // Jetty 12.1: the default descriptor names a class that is not on our class path.
        context.setDefaultsDescriptor(null);
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.addConfiguration(new ClassPathMetaInfConfiguration(), new AnnotationConfiguration());
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, CONTAINER_SCAN_PATTERN);
        context.setAttribute(HostServices.class.getName(), services);

        ServletHolder vaadin = new ServletHolder("vaadin", HostVaadinServlet.class);
        vaadin.setInitParameter("productionMode", "true");
        vaadin.setInitOrder(1);
        vaadin.setAsyncSupported(true);
        context.addServlet(vaadin, "/*");
        // Vaadin owns /*: Jetty's fallback 404 servlet is never reached, and Vaadin's servlet
        // deployer would warn that it cannot load that Jetty-internal class.
        context.getServletHandler().setEnsureDefaultServlet(false);
        // School computers are shared: an abandoned session ends after 30 minutes without requests
        // (an open tab keeps it alive through Vaadin's heartbeat). Without web.xml Jetty never expires it.
        context.getSessionHandler().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);

        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** The port bound (useful when 0 was asked for). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The servlet context of the Vaadin application. */
    public ServletContext servletContext() {
        return context.getServletContext();
    }

    /** Vaadin's route registry of this application. */
    public ApplicationRouteRegistry routeRegistry() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext()));
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            org.ejournal.host.osgi.Files2.deleteTree(webRoot);
        }
    }

    /**
     * Jetty's container-jar discovery reads {@code java.class.path} and the module layer; under
     * {@code java -jar} (or a manifest-only surefire booter) that is one jar whose {@code Class-Path}
     * lists the real entries. This variant adds those referenced entries ({@link ClassPath}); the
     * scan pattern still filters them.
     */
    static final class ClassPathMetaInfConfiguration extends MetaInfConfiguration {
        @Override
        public Class<? extends Configuration> replaces() {
            return MetaInfConfiguration.class;
        }

        @Override
        protected List<URI> getAllContainerJars(WebAppContext context) {
            List<URI> uris = new ArrayList<>(super.getAllContainerJars(context));
            // Jetty adds java.class.path itself; offering those again only produces duplicate warnings.
            Set<Path> direct = new HashSet<>();
            for (String element : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!element.isBlank()) {
                    direct.add(Path.of(element).toAbsolutePath().normalize());
                }
            }
            for (Path entry : ClassPath.entries()) {
                URI uri = entry.toUri();
                if (!direct.contains(entry) && !uris.contains(uri)) {
                    uris.add(uri);
                }
            }
            return uris;
        }
    }
}
