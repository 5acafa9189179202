package org.ejournal.database;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the current schema with Flyway, from the scripts in
 * {@code classpath:db/migration} ({@code V1__core.sql}, {@code V2__reports.sql}, …). Flyway owns the
 * schema; Cayenne only maps it.
 */
public final class SchemaMigrator {

    /** Where the migration scripts live on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    /**
     * Applies all pending migrations.
     *
     * @return the number of migrations applied (0 when the schema was current)
     */
    public static int migrate(DataSource dataSource) {
        long started = System.nanoTime();
        // Our class loader, not the thread context one: the scripts sit next to this class, and a
        // launcher or test runner may have a different context loader.
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info("Database schema at version {} ({} migrations applied in {} ms)",
                flyway.info().current() == null ? "-" : flyway.info().current().getVersion(), result.migrationsExecuted, (System.nanoTime() - started) / 1_000_000);
        return result.migrationsExecuted;
    }
}
