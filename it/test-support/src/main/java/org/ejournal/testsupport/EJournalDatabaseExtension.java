package org.ejournal.testsupport;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.ejournal.database.DataSources;
import org.ejournal.database.DatabaseSettings;
import org.ejournal.database.SchemaMigrator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The JUnit 5 extension behind {@link EJournalDatabase}: creates and migrates a database before all
 * tests of a class, resolves {@link TestDatabase}, {@link DatabaseSettings} and {@link DataSource}
 * parameters, closes the pool and drops the database after the class.
 *
 * <p>Nested test classes share the database of their enclosing class.
 */
public final class EJournalDatabaseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** System property naming an external server URL (e.g. {@code jdbc:mariadb://127.0.0.1:3306/}). */
    public static final String EXTERNAL_URL_PROPERTY = "ejournal.test.db.url";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EJournalDatabaseExtension.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int POOL_SIZE = 8;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (find(context) != null) {
            return; // a nested class: the enclosing class already has its database
        }
        String name = databaseName(context.getRequiredTestClass());
        DatabaseSettings settings = SharedMariaDbServer.get().createDatabase(name);
        MariaDbPoolDataSource pool = DataSources.pooled(settings, POOL_SIZE);
        SchemaMigrator.migrate(pool);
        context.getStore(NAMESPACE).put(TestDatabase.class, new TestDatabase(name, settings, pool));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase database = context.getStore(NAMESPACE).remove(TestDatabase.class, TestDatabase.class);
        if (database != null) {
            ((MariaDbPoolDataSource) database.dataSource()).close();
            SharedMariaDbServer.get().dropDatabase(database.name());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == DatabaseSettings.class || type == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = find(context);
        if (database == null) {
            throw new ParameterResolutionException("No eJournal test database: is the class annotated with"
                    + " @EJournalDatabase?");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == DatabaseSettings.class) {
            return database.settings();
        }
        if (type == DataSource.class) {
            return database.dataSource();
        }
        return database;
    }

    /** The database of the test class of {@code context} or of an enclosing class. */
    private static TestDatabase find(ExtensionContext context) {
        // Store lookups climb to parent contexts, so nested classes and methods see it.
        return context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
    }

    private static String databaseName(Class<?> testClass) {
        String simple = testClass.getSimpleName().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        if (simple.length() > 40) {
            simple = simple.substring(0, 40);
        }
        // The process id keeps names apart when several test JVMs share an external server.
        return "ejt_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet() + "_" + simple;
    }
}
