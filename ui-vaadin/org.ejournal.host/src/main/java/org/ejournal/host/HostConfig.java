package org.ejournal.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.framework.BundleActivator;

/**
 * Everything {@link EJournalHost#start(HostConfig)} needs: where to listen, which bundles to boot,
 * which folder to watch for add-ons and what to pass into the OSGi framework. Immutable; build it
 * with {@link #builder()}.
 */
public final class HostConfig {

    /** Default address: only this machine; a reverse proxy publishes the product. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    /** Default HTTP port. */
    public static final int DEFAULT_PORT = 8080;

    private final String bindAddress;
    private final int port;
    private final List<Path> bundles;
    private final Path deployDir;
    private final Path felixCacheDir;
    private final Map<String, String> frameworkProperties;
    private final List<BundleActivator> systemActivators;

    private HostConfig(Builder b) {
        this.bindAddress = b.bindAddress;
        this.port = b.port;
        this.bundles = List.copyOf(b.bundles);
        this.deployDir = b.deployDir;
        this.felixCacheDir = b.felixCacheDir;
        this.frameworkProperties = Map.copyOf(b.frameworkProperties);
        this.systemActivators = List.copyOf(b.systemActivators);
    }

    /** A builder with the defaults (127.0.0.1:8080, no bundles, no activators). */
    public static Builder builder() {
        return new Builder();
    }

    /** The address Jetty binds to. */
    public String bindAddress() {
        return bindAddress;
    }

    /** The HTTP port; 0 means a free port chosen at start (see {@link EJournalHost#port()}). */
    public int port() {
        return port;
    }

    /** Bundle jars installed and started at boot, in this order (fragments are installed only). */
    public List<Path> bundles() {
        return bundles;
    }

    /** The folder FileInstall watches for add-on bundles (hot deploy, 1 s poll). */
    public Path deployDir() {
        return deployDir;
    }

    /** Felix's bundle cache; {@code null}: a temporary folder removed at {@link EJournalHost#close()}. */
    public Path felixCacheDir() {
        return felixCacheDir;
    }

    /** Properties passed into the framework, e.g. {@code ejournal.db.url}; bundles read them from their context. */
    public Map<String, String> frameworkProperties() {
        return frameworkProperties;
    }

    /**
     * Activators started against the system bundle's context once the framework runs (before the boot
     * bundles start) and stopped before it stops, in reverse order. Host-side libraries that cannot
     * live inside OSGi (the Jasper report engine) join the service registry this way.
     */
    public List<BundleActivator> systemActivators() {
        return systemActivators;
    }

    /** Builds a {@link HostConfig}. */
    public static final class Builder {
        private String bindAddress = DEFAULT_BIND_ADDRESS;
        private int port = DEFAULT_PORT;
        private final List<Path> bundles = new ArrayList<>();
        private Path deployDir;
        private Path felixCacheDir;
        private final Map<String, String> frameworkProperties = new LinkedHashMap<>();
        private final List<BundleActivator> systemActivators = new ArrayList<>();

        private Builder() {
        }

        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Replaces the boot bundle list. */
        public Builder bundles(List<Path> bundles) {
            this.bundles.clear();
            this.bundles.addAll(bundles);
            return this;
        }

        /** Appends one boot bundle. */
        public Builder bundle(Path bundle) {
            this.bundles.add(Objects.requireNonNull(bundle, "bundle"));
            return this;
        }

        public Builder deployDir(Path deployDir) {
            this.deployDir = Objects.requireNonNull(deployDir, "deployDir");
            return this;
        }

        public Builder felixCacheDir(Path felixCacheDir) {
            this.felixCacheDir = felixCacheDir;
            return this;
        }

        /** Replaces the framework properties. */
        public Builder frameworkProperties(Map<String, String> properties) {
            this.frameworkProperties.clear();
            this.frameworkProperties.putAll(properties);
            return this;
        }

        /** Adds one framework property. */
        public Builder frameworkProperty(String key, String value) {
            this.frameworkProperties.put(key, value);
            return this;
        }

        /** Replaces the system activators. */
        public Builder systemActivators(List<BundleActivator> activators) {
            this.systemActivators.clear();
            this.systemActivators.addAll(activators);
            return this;
        }

        /** Appends one system activator. */
        public Builder systemActivator(BundleActivator activator) {
            this.systemActivators.add(Objects.requireNonNull(activator, "activator"));
            return this;
        }

        /** @throws IllegalStateException when the deploy folder is missing */
        public HostConfig build() {
            if (deployDir == null) {
                throw new IllegalStateException("HostConfig needs a deployDir (the folder watched for add-ons)");
            }
            return new HostConfig(this);
        }
    }
}
