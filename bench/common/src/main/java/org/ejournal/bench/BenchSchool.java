package org.ejournal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.ejournal.database.DataSources;
import org.ejournal.database.DatabaseSettings;
import org.ejournal.database.EmbeddedMariaDb;
import org.ejournal.database.SchemaMigrator;
import org.ejournal.demo.DemoSchoolGenerator;
import org.ejournal.demo.DemoSize;
import org.ejournal.demo.DemoSummary;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The setup every bench repeats: a fresh embedded MariaDB on {@code <target>/bench-mariadb} (deleted first;
 * the unpacked server binaries are reused), database {@code ejournal_bench}, the migrations, a generated demo
 * school ({@code students} per school, {@code weeks} of lessons, today's date) and the store on one pool of
 * 10 connections. Prints the time of each step as {@code setup} lines. Close it to stop everything.
 */
public final class BenchSchool implements AutoCloseable {

    private final EmbeddedMariaDb db;
    private final MariaDbPoolDataSource pool;
    private final StandaloneStore store;
    private final DemoSize size;
    private final DemoSummary summary;

    private BenchSchool(EmbeddedMariaDb db, MariaDbPoolDataSource pool, StandaloneStore store, DemoSize size,
                        DemoSummary summary) {
        this.db = db;
        this.pool = pool;
        this.store = store;
        this.size = size;
        this.summary = summary;
    }

    /** Prints the bench's title, the date and the machine (cores, load, OS, Java, heap). */
    public static void header(String title) {
        System.out.println("== eJournal bench: " + title + " ==");
        System.out.println("date     " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.printf(Locale.ROOT, "machine  %d cores, load average %.2f, %s %s, Java %s (%s), max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Starts MariaDB, migrates and generates the school; everything started is stopped again on failure. */
    public static BenchSchool start(Path target, int students, int weeks) throws Exception {
        Path dataDir = target.resolve("bench-mariadb").toAbsolutePath().normalize();
        deleteRecursively(dataDir);
        deleteRecursively(dataDir.resolveSibling(dataDir.getFileName() + "-tmp"));

        long t0 = System.nanoTime();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, 0);
        MariaDbPoolDataSource pool = null;
        try {
            System.out.printf(Locale.ROOT, "setup    MariaDB started in %d ms (fresh data directory %s)%n",
                    millisSince(t0), dataDir);
            DatabaseSettings settings = db.createDatabase("ejournal_bench");
            pool = DataSources.pooled(settings, 10);
            t0 = System.nanoTime();
            int migrations = SchemaMigrator.migrate(pool);
            System.out.printf(Locale.ROOT, "setup    %d migrations in %d ms%n", migrations, millisSince(t0));

            DemoSize size = DemoSize.defaults().withStudentsPerSchool(students).withWeeks(weeks);
            t0 = System.nanoTime();
            DemoSummary summary = DemoSchoolGenerator.generate(pool, size);
            System.out.printf(Locale.ROOT, "setup    demo school %d students, %d weeks, today %s: generated in %d ms"
                            + " (%d lessons, %d works, %d marks, %d absences)%n",
                    students, weeks, size.today(), millisSince(t0), summary.count("lesson"), summary.count("work"),
                    summary.count("mark"), summary.count("attendance"));
            return new BenchSchool(db, pool, StoreRuntimes.create(pool), size, summary);
        } catch (Exception | Error e) {
            if (pool != null) {
                pool.close();
            }
            db.close();
            throw e;
        }
    }

    /** The pool (10 connections) the store uses too. */
    public DataSource dataSource() {
        return pool;
    }

    public StandaloneStore store() {
        return store;
    }

    public DemoSize size() {
        return size;
    }

    public DemoSummary summary() {
        return summary;
    }

    @Override
    public void close() throws Exception {
        try {
            store.close();
        } finally {
            try {
                pool.close();
            } finally {
                db.close();
            }
        }
    }

    public static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
