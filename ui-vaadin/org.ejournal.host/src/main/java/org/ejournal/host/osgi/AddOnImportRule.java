package org.ejournal.host.osgi;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the add-on rule: a bundle installed from the deploy folder sees only
 * {@code org.ejournal.api*}, Vaadin ({@code com.vaadin*}, {@code elemental*}), {@code org.osgi*},
 * {@code org.slf4j*} and the JRE's {@code javax*} packages. Everything else our bundles export (the
 * store, Cayenne, Quartz, Jasper...) is hidden from it, so it fails to resolve with a log line naming
 * the package instead of coupling itself to internals that change without notice.
 * {@code Require-Bundle} and fragments attaching to non-add-on hosts are refused for the same reason.
 */
public final class AddOnImportRule implements ResolverHookFactory {

    private static final Logger LOG = LoggerFactory.getLogger(AddOnImportRule.class);

    /** Package prefixes an add-on may import from any exporter. */
    public static final List<String> ALLOWED_PREFIXES = List.of("org.ejournal.api", "com.vaadin", "elemental",
            "org.osgi", "org.slf4j", "java");

    private final Path deployDir;
    private final Set<String> alreadyLogged = ConcurrentHashMap.newKeySet();

    /** @param deployDir the folder FileInstall watches; bundles installed from it are add-ons */
    public AddOnImportRule(Path deployDir) {
        this.deployDir = deployDir.toAbsolutePath().normalize();
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // every bundle may try to resolve; only its wires are restricted
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton,
                                                  Collection<BundleCapability> collisionCandidates) {
                // no rule about singletons
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                Bundle requirer = requirement.getRevision().getBundle();
                if (!isAddOn(requirer)) {
                    return;
                }
                String namespace = requirement.getNamespace();
                if (PackageNamespace.PACKAGE_NAMESPACE.equals(namespace)) {
                    candidates.removeIf(c -> {
                        String pkg = (String) c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                        boolean allowed = isAllowedPackage(pkg, c.getRevision().getBundle());
                        if (!allowed) {
                            refuse(requirer, "import of package " + pkg);
                        }
                        return !allowed;
                    });
                } else if (BundleNamespace.BUNDLE_NAMESPACE.equals(namespace)) {
                    if (!candidates.isEmpty()) {
                        refuse(requirer, "Require-Bundle " + requirement.getDirectives().get("filter"));
                        candidates.clear();
                    }
                } else if (HostNamespace.HOST_NAMESPACE.equals(namespace)) {
                    candidates.removeIf(c -> {
                        boolean foreignHost = !isAddOn(c.getRevision().getBundle());
                        if (foreignHost) {
                            refuse(requirer, "attaching as a fragment to " + c.getRevision().getSymbolicName());
                        }
                        return foreignHost;
                    });
                }
            }

            @Override
            public void end() {
                // nothing held between resolves
            }
        };
    }

    private static boolean isAllowedPackage(String pkg, Bundle exporter) {
        if (pkg == null) {
            return false;
        }
        if (pkg.startsWith("javax.")) {
            // only the JRE's javax packages, which the system bundle exports
            return exporter.getBundleId() == 0;
        }
        for (String prefix : ALLOWED_PREFIXES) {
            if (pkg.equals(prefix) || pkg.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }

    private void refuse(Bundle addOn, String what) {
        String message = addOn.getLocation() + " -> " + what;
        if (alreadyLogged.add(message)) {
            LOG.warn("Add-on rule: refused {} for add-on {} ({}). Add-ons from {} may use only org.ejournal.api*, "
                            + "com.vaadin*, elemental*, org.osgi*, org.slf4j* and JRE packages.",
                    what, addOn.getSymbolicName(), addOn.getLocation(), deployDir);
        }
    }

    /** Whether the bundle was installed from the deploy folder. */
    public boolean isAddOn(Bundle bundle) {
        Path path = locationPath(bundle.getLocation());
        return path != null && path.startsWith(deployDir);
    }

    private static Path locationPath(String location) {
        if (location == null) {
            return null;
        }
        String l = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        try {
            if (l.startsWith("file:")) {
                return Path.of(URI.create(l.replace(" ", "%20"))).toAbsolutePath().normalize();
            }
            if (l.startsWith("/")) {
                return Path.of(l).toAbsolutePath().normalize();
            }
        } catch (IllegalArgumentException e) {
            // a location that is not a file: not from the deploy folder
        }
        return null;
    }
}
