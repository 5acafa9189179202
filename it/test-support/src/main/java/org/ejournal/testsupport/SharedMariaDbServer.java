package org.ejournal.testsupport;

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

import org.ejournal.database.DatabaseSettings;
import org.ejournal.database.EmbeddedMariaDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one MariaDB server of this test JVM: embedded (started on first use, stopped at JVM exit, its
 * data folder deleted) or an external server named by system properties.
 */
final class SharedMariaDbServer {

    private static final Logger LOG = LoggerFactory.getLogger(SharedMariaDbServer.class);

    private static SharedMariaDbServer instance;

    private final EmbeddedMariaDb embedded;
    private final DatabaseSettings serverSettings;

    private SharedMariaDbServer(EmbeddedMariaDb embedded, DatabaseSettings serverSettings) {
        this.embedded = embedded;
        this.serverSettings = serverSettings;
    }

    static synchronized SharedMariaDbServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static SharedMariaDbServer start() {
        String externalUrl = System.getProperty(EJournalDatabaseExtension.EXTERNAL_URL_PROPERTY, "");
        if (!externalUrl.isBlank()) {
            DatabaseSettings external = new DatabaseSettings(externalUrl,
                    System.getProperty("ejournal.test.db.user", "root"),
                    System.getProperty("ejournal.test.db.password", ""));
            external.verifyConnection();
            LOG.info("Tests use the external MariaDB server {}", externalUrl);
            return new SharedMariaDbServer(null, external);
        }
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            // Binaries are unpacked once per machine and shared; data is private to this JVM.
            Path baseDir = tmp.resolve("ejournal-test-mariadb-11.4.5-server");
            Path dataDir = Files.createTempDirectory(tmp, "ejournal-test-mariadb-").resolve("data");
            EmbeddedMariaDb server;
            // Test JVMs of several modules may start at once: one at a time unpacks the binaries.
            try (FileChannel channel = FileChannel.open(tmp.resolve("ejournal-test-mariadb.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                server = EmbeddedMariaDb.start(dataDir, baseDir, 0);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                deleteQuietly(dataDir.getParent());
            }, "ejournal-test-mariadb-stop"));
            DatabaseSettings root = new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + server.port() + "/",
                    EmbeddedMariaDb.USER, "");
            return new SharedMariaDbServer(server, root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the test MariaDB folders", e);
        }
    }

    /** Creates an empty utf8mb4 database and returns its settings. */
    DatabaseSettings createDatabase(String name) {
        if (embedded != null) {
            return embedded.createDatabase(name);
        }
        execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = serverSettings.url();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String options = query < 0 ? "" : url.substring(query);
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        return new DatabaseSettings(base + name + options, serverSettings.user(), serverSettings.password());
    }

    void dropDatabase(String name) {
        if (embedded != null) {
            embedded.dropDatabase(name);
        } else {
            execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private void execute(String sql) {
        try (Connection connection = serverSettings.openConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at JVM exit; the folder is below java.io.tmpdir anyway.
        }
    }
}
