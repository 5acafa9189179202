package org.ejournal.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.ejournal.database.DataSources;
import org.ejournal.database.DatabaseSettings;
import org.ejournal.database.EmbeddedMariaDb;
import org.ejournal.database.SchemaMigrator;
import org.ejournal.host.EJournalHost;
import org.ejournal.host.HostConfig;
import org.ejournal.reports.jasper.ReportsActivator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running product: database (embedded or external), schema, the demo school or (without the demo)
 * the first school with its first accounts ({@link FirstStart}), and the host
 * with its bundle set. Start order matters: the database is checked and migrated before Felix starts,
 * so a wrong setting stops the start with one clear message instead of failing inside bundles.
 */
public final class EJournalApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EJournalApplication.class);
    /** Name of the database inside the embedded server. */
    public static final String EMBEDDED_DATABASE = "ejournal";

    private final EmbeddedMariaDb embeddedDb;
    private final DatabaseSettings database;
    private final EJournalHost host;

    private EJournalApplication(EmbeddedMariaDb embeddedDb, DatabaseSettings database, EJournalHost host) {
        this.embeddedDb = embeddedDb;
        this.database = database;
        this.host = host;
    }

    /**
     * Starts everything.
     *
     * @throws org.ejournal.database.DatabaseConfigurationException when the database cannot be reached
     *                                                             with the configured settings
     */
    public static EJournalApplication start(LauncherSettings settings) throws Exception {
        long started = System.nanoTime();
        createDirectories(settings.home(), settings.deployDir());
        EmbeddedMariaDb embedded = null;
        EJournalHost host = null;
        try {
            if (settings.dbUrl().isEmpty()) {
                embedded = EmbeddedMariaDb.start(settings.home().resolve("mariadb"), settings.embeddedDbPort());
            }
            DatabaseSettings database = migratedDatabase(settings, embedded);
            DataSource setup = DataSources.simple(database);
            if (settings.demo()) {
                DemoSchool.generateIfEmpty(setup, settings);
            } else {
                FirstStart.createIfEmpty(setup, settings, System.out);
            }
            host = EJournalHost.start(HostConfig.builder()
                    .bindAddress(settings.httpHost())
                    .port(settings.httpPort())
                    .bundles(bundleSet(settings.bundlesDir()))
                    .deployDir(settings.deployDir())
                    .felixCacheDir(settings.home().resolve("felix-cache"))
                    .frameworkProperty(DatabaseSettings.URL_PROPERTY, database.url())
                    .frameworkProperty(DatabaseSettings.USER_PROPERTY, database.user())
                    .frameworkProperty(DatabaseSettings.PASSWORD_PROPERTY, database.password())
                    .systemActivator(new ReportsActivator())
                    .build());
            LOG.info("eJournal started in {} ms on http://{}:{}/", (System.nanoTime() - started) / 1_000_000,
                    settings.httpHost(), host.port());
            return new EJournalApplication(embedded, database, host);
        } catch (Exception | Error e) {
            closeQuietly(host);
            closeQuietly(embedded);
            throw e;
        }
    }

    /**
     * The operator command {@code municipal-login} ({@link MunicipalLogin}): the same database as
     * {@link #start} (embedded in {@code <home>/mariadb} or external), migrated, then the municipal account
     * is created and its one-time password printed; the host (web server, bundles) is not started.
     *
     * @return the exit code: 0 created, {@link MunicipalLogin#EXIT_REFUSED} refused (nothing written)
     * @throws org.ejournal.database.DatabaseConfigurationException when the database cannot be reached
     */
    static int createMunicipalLogin(LauncherSettings settings, MunicipalLogin.Request request, PrintStream console,
                                    PrintStream errors) throws Exception {
        createDirectories(settings.home());
        EmbeddedMariaDb embedded = null;
        try {
            if (settings.dbUrl().isEmpty()) {
                refuseWhileRunning(settings.home().resolve("mariadb"));
                embedded = EmbeddedMariaDb.start(settings.home().resolve("mariadb"), settings.embeddedDbPort());
            }
            DatabaseSettings database = migratedDatabase(settings, embedded);
            return MunicipalLogin.run(DataSources.simple(database), request, console, errors);
        } finally {
            closeQuietly(embedded);
        }
    }

    /**
     * The embedded server of a running eJournal holds InnoDB's lock on {@code ibdata1} of its data folder; a
     * second server on the same folder would wait minutes and fail, so the command says it at once.
     */
    static void refuseWhileRunning(Path dataDir) {
        Path ibdata = dataDir.resolve("ibdata1");
        if (!Files.isRegularFile(ibdata)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(ibdata, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new LauncherSettings.SettingsException("журнал уже работает с данными " + dataDir
                        + ": остановите его (Ctrl+C) и повторите команду / eJournal is running on this data:"
                        + " stop it first");
            }
        } catch (OverlappingFileLockException e) {
            throw new LauncherSettings.SettingsException("журнал уже работает с данными " + dataDir
                    + " в этом процессе / eJournal is running on this data in this process");
        } catch (IOException e) {
            LOG.warn("Could not check whether {} is in use: {}", ibdata, e.toString());
        }
    }

    /** The configured database (the embedded one when {@code embedded} is given), checked and migrated. */
    private static DatabaseSettings migratedDatabase(LauncherSettings settings, EmbeddedMariaDb embedded) {
        DatabaseSettings database = embedded == null
                ? new DatabaseSettings(settings.dbUrl().orElseThrow(), settings.dbUser(), settings.dbPassword())
                : embedded.createDatabase(EMBEDDED_DATABASE);
        database.verifyConnection();
        int applied = SchemaMigrator.migrate(DataSources.simple(database));
        LOG.info("Database ready ({} migrations applied now)", applied);
        return database;
    }

    /** The jars of the resolved bundle set, in name order (the host installs all, then starts all). */
    static List<Path> bundleSet(Path bundlesDir) {
        if (!Files.isDirectory(bundlesDir)) {
            throw new LauncherSettings.SettingsException("Нет папки модулей ejournal.bundles.dir=" + bundlesDir
                    + " / the bundle folder ejournal.bundles.dir does not exist (build first: ./ejournal demo)");
        }
        try (Stream<Path> files = Files.list(bundlesDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path... dirs) throws IOException {
        for (Path dir : dirs) {
            Files.createDirectories(dir);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Cleanup after a failed start failed: {}", e.toString());
        }
    }

    /** The HTTP port actually listened on. */
    public int port() {
        return host.port();
    }

    /** The host, for tests (route checks, the Felix system context). */
    public EJournalHost host() {
        return host;
    }

    /** The database the application uses. */
    public DatabaseSettings database() {
        return database;
    }

    @Override
    public void close() {
        closeQuietly(host);
        closeQuietly(embeddedDb);
    }
}
