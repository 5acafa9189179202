package org.ejournal.host;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Shared helpers of the host tests: the boot bundles copied by Maven, waiting, HTTP. */
final class TestHosts {

    /** Boot bundles in start order, as the launcher would pass them. */
    static final List<String> BOOT_BUNDLES = List.of(
            "org.osgi.util.function.jar", "org.osgi.util.promise.jar", "org.osgi.service.component.jar",
            "org.apache.felix.configadmin.jar", "org.apache.felix.scr.jar", "org.apache.felix.fileinstall.jar");

    private TestHosts() {
    }

    /** target/test-bundles (filled by maven-dependency-plugin, see the pom). */
    static Path bundlesDir() {
        return Path.of(System.getProperty("ejournal.test.bundles", "target/test-bundles"));
    }

    static Path exampleAddOn() {
        return bundlesDir().resolve("org.ejournal.example.hello.jar");
    }

    static HostConfig.Builder config(Path workDir) {
        HostConfig.Builder b = HostConfig.builder()
                .port(0)
                .deployDir(workDir.resolve("deploy"))
                .felixCacheDir(workDir.resolve("felix-cache"));
        for (String name : BOOT_BUNDLES) {
            b.bundle(bundlesDir().resolve(name));
        }
        return b;
    }

    /** Copies atomically (temp name, then move) so FileInstall never sees half a jar. */
    static void deploy(Path jar, Path deployDir, String name) throws IOException {
        Path temp = deployDir.getParent().resolve(name + ".part");
        Files.copy(jar, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, deployDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Polls every 100 ms; returns the milliseconds it took, or -1 on timeout. */
    static long await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean() ? (System.nanoTime() - start) / 1_000_000 : -1;
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
