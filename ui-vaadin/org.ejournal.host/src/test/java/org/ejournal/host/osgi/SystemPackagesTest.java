package org.ejournal.host.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SystemPackagesTest {

    @Test
    void classPathExportsVaadinApiAndLoggingWithTheirVersions() {
        Map<String, Set<String>> packages = SystemPackages.scan(ClassPath.entries());
        assertEquals(Set.of("1.3.0"), packages.get("org.ejournal.api"));
        assertEquals(Set.of("1.0.0"), packages.get("org.ejournal.api.ui"));
        assertTrue(packages.get("com.vaadin.flow.component").iterator().next().startsWith("24.9."),
                packages.get("com.vaadin.flow.component").toString());
        assertTrue(packages.get("com.vaadin.flow.component.orderedlayout").iterator().next().startsWith("24.9."));
        assertTrue(packages.containsKey("elemental.json"));
        assertEquals(Set.of("2.0.17", "1.7.36"), packages.get("org.slf4j"),
                "slf4j 2 also offers its 1.7 API, which Cayenne 4.2 imports");
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
        Map<String, List<String>> parsed = ExportPackageHeader.parse(
                "a.b;version=\"1.2.3\";uses:=\"x.y,z.w\",c.d;e.f;version=2.0,g.h,a.b;version=\"0.9\"");
        assertEquals(List.of("1.2.3", "0.9"), parsed.get("a.b"));
        assertEquals(List.of("2.0"), parsed.get("c.d"));
        assertEquals(List.of("2.0"), parsed.get("e.f"));
        assertEquals(Arrays.asList((String) null), parsed.get("g.h"));
        assertEquals(4, parsed.size());
    }
}
