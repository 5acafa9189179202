package org.ejournal.host.osgi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Felix 7 embedded in the host: system packages from the class path, the add-on rule as a resolver
 * hook, FileInstall settings for the deploy folder, system activators, then the boot bundles.
 */
public final class EmbeddedFramework implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFramework.class);

    private final Framework framework;
    private final List<BundleActivator> startedActivators = new ArrayList<>();
    private final AddOnImportRule addOnRule;

    /**
     * Starts the framework and the boot bundles.
     *
     * @param cacheDir   Felix's bundle cache (cleaned at start: the boot list and deploy folder are the truth)
     * @param deployDir  the add-on folder FileInstall watches
     * @param bundles    boot bundles, installed then started in this order
     * @param properties framework properties from the configuration; they win over the host's defaults
     * @param activators started against the system context before the boot bundles start
     */
    public EmbeddedFramework(Path cacheDir, Path deployDir, List<Path> bundles, Map<String, String> properties,
                             List<BundleActivator> activators) throws Exception {
        Files.createDirectories(deployDir);
        Files.createDirectories(cacheDir);
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cacheDir.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.exportClause());
        // When the class path also holds bundle jars (in-process tests of other modules), Felix's guess
        // "asked from outside a bundle → ask the application loader" would mix two copies of a class.
        config.put("felix.bootdelegation.implicit", "false");
        config.put("felix.log.logger", new FelixLogBridge());
        config.put("felix.log.level", "2");
        config.put("felix.fileinstall.dir", deployDir.toAbsolutePath().toString());
        config.put("felix.fileinstall.poll", "1000");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.bundles.new.start", "true");
        config.put("felix.fileinstall.enableConfigSave", "false");
        config.put("felix.fileinstall.log.default", "jul");
        config.put("felix.fileinstall.tmpdir", cacheDir.resolve("fileinstall-tmp").toAbsolutePath().toString());
        config.putAll(properties);

        addOnRule = new AddOnImportRule(deployDir);
        framework = new Felix(config);
        framework.init();
        try {
            boot(framework.getBundleContext(), bundles, activators);
        } catch (Exception | Error e) {
            // a failing activator or bundle install must not leave a running framework behind
            stopQuietly();
            throw e;
        }
        LOG.info("Felix started with {} boot bundles; add-ons from {}", bundles.size(), deployDir);
    }

    private void boot(BundleContext system, List<Path> bundles, List<BundleActivator> activators) throws Exception {
        // registered before anything resolves, so no add-on ever wires to an internal package
        system.registerService(ResolverHookFactory.class, addOnRule, null);
        framework.start();

        for (BundleActivator activator : activators) {
            activator.start(system);
            startedActivators.add(activator);
        }

        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundles) {
            installed.add(system.installBundle(jar.toAbsolutePath().toUri().toString()));
        }
        for (Bundle bundle : installed) {
            if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException e) {
                // one broken bundle must not keep the school from logging in; the log names it
                LOG.error("Boot bundle {} did not start: {}", bundle.getLocation(), e.getMessage(), e);
            }
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (Exception e) {
            LOG.warn("Framework did not stop cleanly after a failed start", e);
        }
    }

    /** The system bundle's context. */
    public BundleContext systemContext() {
        return framework.getBundleContext();
    }

    /** The add-on rule in force (tells whether a bundle counts as an add-on). */
    public AddOnImportRule addOnRule() {
        return addOnRule;
    }

    @Override
    public void close() throws Exception {
        BundleContext system = framework.getBundleContext();
        for (int i = startedActivators.size() - 1; i >= 0; i--) {
            try {
                startedActivators.get(i).stop(system);
            } catch (Exception e) {
                LOG.warn("System activator {} failed to stop", startedActivators.get(i), e);
            }
        }
        framework.stop();
        framework.waitForStop(30_000);
    }
}
