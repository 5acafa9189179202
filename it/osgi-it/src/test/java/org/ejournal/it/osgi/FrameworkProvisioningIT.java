package org.ejournal.it.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.streamBundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.ejournal.api.Role;
import org.ejournal.api.security.AccountService;
import org.ejournal.it.osgi.probe.ProbeAccountService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The provisioning itself, without the product or a database: Felix 7 (native container), SCR with its
 * OSGi bundles, the api exported as system packages as the host does, and a DS component (from a bundle
 * built here) whose service the test calls. If this fails, every other OSGi test fails for the same reason.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FrameworkProvisioningIT {

    private static final String PROBE_BSN = "org.ejournal.it.probe.ds";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws IOException {
        return options(
                OsgiSupport.hostSystemPackages(),
                junitBundles(),
                OsgiSupport.declarativeServices(),
                streamBundle(dsProbeBundle()));
    }

    /** A DS bundle with {@link ProbeAccountService} and a hand-written component description. */
    static InputStream dsProbeBundle() throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", PROBE_BSN);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.ejournal.api;version=\"[1.0,2)\",org.ejournal.api.security;version=\"[1.0,2)\"");
        a.putValue("Service-Component", "OSGI-INF/probe-account.xml");
        String className = ProbeAccountService.class.getName();
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="probe.account" immediate="true">
                  <implementation class="%s"/>
                  <service><provide interface="%s"/></service>
                </scr:component>
                """.formatted(className, AccountService.class.getName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, mf)) {
            String classFile = className.replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(classFile));
            try (InputStream in = ProbeAccountService.class.getClassLoader().getResourceAsStream(classFile)) {
                in.transferTo(jar);
            }
            jar.putNextEntry(new JarEntry("OSGI-INF/probe-account.xml"));
            jar.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Test
    public void scrRegistersTheComponentOfABundleAndItsServiceAnswers() throws Exception {
        ServiceTracker<AccountService, AccountService> tracker = new ServiceTracker<>(context, AccountService.class, null);
        tracker.open();
        try {
            AccountService service = tracker.waitForService(10_000);
            assertNotNull("No AccountService registered within 10 s; bundles: " + bundleStates(context), service);
            System.out.printf("[osgi-it] Felix + SCR: DS service available %d ms after the first bundle was installed%n",
                    msSinceFirstInstall(context));

            ServiceReference<AccountService> ref = tracker.getServiceReference();
            assertEquals("the service must come from the DS bundle, through SCR",
                    PROBE_BSN, ref.getBundle().getSymbolicName());
            assertEquals("Иванова Мария Петровна", service.actor(42).displayName());
            assertTrue(service.actor(42).has(Role.SUBJECT_TEACHER));
            assertTrue(service.findCredentials("TEACHER").isPresent());
            assertTrue(service.findCredentials("nobody").isEmpty());
        } finally {
            tracker.close();
        }
    }

    @Test
    public void apiComesFromTheSystemBundleLikeInTheProduct() {
        Bundle system = context.getBundle(0);
        assertEquals("org.apache.felix.framework", system.getSymbolicName());
        assertEquals("api classes must be the host's (system bundle), not a bundle's copy",
                AccountService.class.getClassLoader(), ClassLoader.getSystemClassLoader());
        for (Bundle b : context.getBundles()) {
            assertTrue("org.ejournal.api must not be installed as a bundle", !"org.ejournal.api".equals(b.getSymbolicName()));
        }
    }

    /**
     * Boot time as seen inside the framework: now minus the install time of the first bundle (Felix
     * stamps a bundle's last-modified time when it is installed into a fresh cache).
     */
    static long msSinceFirstInstall(BundleContext ctx) {
        long first = Arrays.stream(ctx.getBundles()).filter(b -> b.getBundleId() != 0)
                .mapToLong(Bundle::getLastModified).min().orElse(System.currentTimeMillis());
        return System.currentTimeMillis() - first;
    }

    static String bundleStates(BundleContext ctx) {
        return Arrays.stream(ctx.getBundles())
                .map(b -> b.getSymbolicName() + "=" + state(b.getState()))
                .collect(Collectors.joining(", "));
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED(unresolved)";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
