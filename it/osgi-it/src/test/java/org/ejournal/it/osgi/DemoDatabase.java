package org.ejournal.it.osgi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.ejournal.database.DataSources;
import org.ejournal.database.DatabaseSettings;
import org.ejournal.database.EmbeddedMariaDb;
import org.ejournal.database.SchemaMigrator;

/**
 * Driver side (outside the framework): one embedded MariaDB per test JVM, a migrated database with the
 * small demo school, prepared once and reused by every test class of the JVM. It follows it/test-support's
 * layout (binaries unpacked once per machine under java.io.tmpdir, shared with the other modules' test JVMs
 * under the same file lock); a JUnit 4 Pax Exam test cannot use that module's JUnit 5 extension, because
 * the framework's properties must be known when the {@code @Configuration} method runs. Like test-support,
 * {@code -Dejournal.test.db.url=jdbc:mariadb://host:port/} (and {@code .user}, {@code .password}) uses an
 * already running server instead.
 */
final class DemoDatabase {

    private static DatabaseSettings prepared;

    private DemoDatabase() {
    }

    /** Settings of the demo database (created on the first call). */
    static synchronized DatabaseSettings settings() {
        if (prepared == null) {
            prepared = prepare();
        }
        return prepared;
    }

    private static DatabaseSettings prepare() {
        long t0 = System.nanoTime();
        String name = "osgi_it_" + ProcessHandle.current().pid();
        String external = System.getProperty("ejournal.test.db.url", "");
        DatabaseSettings settings;
        long t1;
        if (external.isBlank()) {
            EmbeddedMariaDb server = startServer();
            t1 = System.nanoTime();
            settings = server.createDatabase(name);
        } else {
            // the same switch as it/test-support: an already running server, e.g. jdbc:mariadb://127.0.0.1:3306/
            t1 = System.nanoTime();
            settings = createOn(new DatabaseSettings(external, System.getProperty("ejournal.test.db.user", "root"),
                    System.getProperty("ejournal.test.db.password", "")), name);
        }
        DataSource dataSource = DataSources.simple(settings);
        SchemaMigrator.migrate(dataSource);
        long t2 = System.nanoTime();
        DemoData.generateSmallSchool(dataSource);
        long t3 = System.nanoTime();
        System.out.printf("[osgi-it] MariaDB ready in %d ms, schema migrated in %d ms, demo school generated in %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return settings;
    }

    private static DatabaseSettings createOn(DatabaseSettings server, String name) {
        try (Connection c = server.openConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + name + "`");
            st.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw server.explain(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = server.openConnection(); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } catch (SQLException e) {
                // best effort at JVM exit
            }
        }, "osgi-it-drop-database"));
        String base = server.url().endsWith("/") ? server.url() : server.url() + "/";
        return new DatabaseSettings(base + name, server.user(), server.password());
    }

    private static EmbeddedMariaDb startServer() {
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Path baseDir = tmp.resolve("ejournal-test-mariadb-11.4.5-server");
            Path dataDir = Files.createTempDirectory(tmp, "ejournal-osgi-it-mariadb-").resolve("data");
            EmbeddedMariaDb server;
            try (FileChannel channel = FileChannel.open(tmp.resolve("ejournal-test-mariadb.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                server = EmbeddedMariaDb.start(dataDir, baseDir, 0);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                deleteQuietly(dataDir.getParent());
            }, "osgi-it-mariadb-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the MariaDB folders", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at JVM exit
        }
    }
}
