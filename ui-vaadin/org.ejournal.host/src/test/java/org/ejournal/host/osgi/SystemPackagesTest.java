package org.ejournal.host.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SystemPackagesTest {

    @Test
    void classPathExportsVaadinApiAndLoggingWithTheirVersions() {
        Map<String, String> packages = SystemPackages.scan(ClassPath.entries());
        assertEquals("1.0.0", packages.get("org.ejournal.api"));
        assertEquals("1.0.0", packages.get("org.ejournal.api.ui"));
        assertTrue(packages.get("com.vaadin.flow.component").startsWith("24.9."), packages.get("com.vaadin.flow.component"));
        assertTrue(packages.get("com.vaadin.flow.component.orderedlayout").startsWith("24.9."));
        assertTrue(packages.containsKey("elemental.json"));
        assertTrue(packages.get("org.slf4j").startsWith("2."));
        assertFalse(packages.containsKey("org.eclipse.jetty.server"), "Jetty stays private to the host");
        assertFalse(packages.containsKey("org.apache.shiro.authc"), "Shiro stays private to the host");
        assertFalse(packages.containsKey("org.osgi.framework"), "the framework exports its own packages");
    }

    @Test
    void versionsAreMadeValidForOsgi() {
        assertEquals("2.0.0.M4", SystemPackages.toOsgiVersion("2.0.0-M4"));
        assertEquals("24.9.0", SystemPackages.toOsgiVersion("24.9"));
        assertEquals("2.8.2.vaadin2", SystemPackages.toOsgiVersion("2.8.2.vaadin2"));
        assertEquals("0.1.0.SNAPSHOT", SystemPackages.toOsgiVersion("0.1.0-SNAPSHOT"));
        assertEquals("0.0.0", SystemPackages.toOsgiVersion("unknown"));
    }

    @Test
    void exportHeaderIgnoresCommasInsideDirectives() {
        Map<String, String> parsed = ExportPackageHeader.parse(
                "a.b;version=\"1.2.3\";uses:=\"x.y,z.w\",c.d;e.f;version=2.0,g.h");
        assertEquals(Map.of("a.b", "1.2.3", "c.d", "2.0", "e.f", "2.0"),
                Map.of("a.b", parsed.get("a.b"), "c.d", parsed.get("c.d"), "e.f", parsed.get("e.f")));
        assertTrue(parsed.containsKey("g.h"));
        assertNull(parsed.get("g.h"));
        assertEquals(4, parsed.size());
    }
}
