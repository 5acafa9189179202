package org.ejournal.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * The host in this JVM (as the launcher and other modules' tests run it) on a free port, with the
 * Felix bundles and no database: bootstrap page, host routes, hot deploy of the example add-on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostHotDeployTest {

    @TempDir
    static Path workDir;

    static EJournalHost host;
    static long millisToFirstOk;

    @BeforeAll
    static void startHost() throws Exception {
        long started = System.nanoTime();
        host = EJournalHost.start(TestHosts.config(workDir).build());
        long startReturned = (System.nanoTime() - started) / 1_000_000;
        HttpResponse<String> first = TestHosts.get(host.port(), "/");
        millisToFirstOk = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, first.statusCode());
        System.out.printf("[measure] EJournalHost.start() returned after %d ms; first HTTP 200 on / after %d ms%n",
                startReturned, millisToFirstOk);
    }

    @AfterAll
    static void stopHost() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    @Test
    @Order(1)
    void rootAnswersWithVaadinBootstrapPage() throws Exception {
        HttpResponse<String> response = TestHosts.get(host.port(), "/");
        assertEquals(200, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("<html"), body);
        assertTrue(body.contains("VAADIN/build/"), "production bundle scripts referenced: " + body);
        String cookie = response.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JSESSIONID=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
                "session cookie not readable by scripts: " + cookie);
    }

    @Test
    @Order(2)
    void hostRoutesExistAndUnknownOnesDoNot() {
        assertTrue(host.hasRoute(""), "start page");
        assertTrue(host.hasRoute("login"));
        assertTrue(host.hasRoute("/logout"));
        assertFalse(host.hasRoute("hello"), "no add-on deployed yet");
        assertFalse(host.hasRoute("no-such-route"));
    }

    @Test
    @Order(3)
    void bootBundlesAreActive() {
        for (String name : new String[] {"org.apache.felix.scr", "org.apache.felix.fileinstall",
                "org.apache.felix.configadmin"}) {
            Optional<Bundle> bundle = Arrays.stream(host.systemContext().getBundles())
                    .filter(b -> name.equals(b.getSymbolicName())).findFirst();
            assertTrue(bundle.isPresent(), name);
            assertEquals(Bundle.ACTIVE, bundle.get().getState(), name);
        }
    }

    @Test
    @Order(4)
    void exampleAddOnRouteComesAndGoesWithItsJar() throws Exception {
        Path deploy = workDir.resolve("deploy");
        Path addOn = TestHosts.exampleAddOn();
        assertTrue(Files.isRegularFile(addOn), "example add-on jar copied by Maven: " + addOn);

        TestHosts.deploy(addOn, deploy, "hello.jar");
        long appeared = TestHosts.await(() -> host.hasRoute("hello"), Duration.ofSeconds(15));
        System.out.printf("[measure] route 'hello' live %d ms after the jar was copied%n", appeared);
        assertTrue(appeared >= 0, "route 'hello' after deploy");
        assertTrue(host.services().contributions().routes().contains("hello"));
        assertTrue(TestHosts.await(() -> host.services().messages().hasKey("hello.title"), Duration.ofSeconds(5)) >= 0,
                "the add-on's translations are merged while it is active");
        assertEquals("Пример модуля", host.services().messages()
                .getTranslation("hello.title", org.ejournal.api.ui.ViewSupport.RUSSIAN));

        Files.delete(deploy.resolve("hello.jar"));
        long gone = TestHosts.await(() -> !host.hasRoute("hello"), Duration.ofSeconds(15));
        System.out.printf("[measure] route 'hello' gone %d ms after the jar was deleted%n", gone);
        assertTrue(gone >= 0, "route 'hello' removed after the jar was deleted");
        // The route and the texts are withdrawn by two trackers of the same bundle event: wait for both.
        assertTrue(TestHosts.await(() -> !host.services().messages().hasKey("hello.title"), Duration.ofSeconds(5)) >= 0,
                "texts leave with the bundle");

        TestHosts.deploy(addOn, deploy, "hello.jar");
        long back = TestHosts.await(() -> host.hasRoute("hello"), Duration.ofSeconds(15));
        System.out.printf("[measure] route 'hello' back %d ms after the jar was copied again%n", back);
        assertTrue(back >= 0, "route 'hello' after redeploy");
        assertTrue(host.hasRoute(""), "host routes untouched");
        assertNotNull(host.systemContext());
    }
}
