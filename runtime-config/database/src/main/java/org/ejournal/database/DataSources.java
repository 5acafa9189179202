package org.ejournal.database;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * Host-side {@link DataSource} factories for {@link DatabaseSettings}: a pool for long-running use
 * (launcher, demo generator, test support) and a plain one for one-off work (migrations).
 */
public final class DataSources {

    private DataSources() {
    }

    /**
     * A MariaDB connection pool. Close it with {@link MariaDbPoolDataSource#close()} when done.
     *
     * @param maxPoolSize most connections held open
     */
    public static MariaDbPoolDataSource pooled(DatabaseSettings settings, int maxPoolSize) {
        try {
            // Pool options travel in the URL in Connector/J 3.
            String url = settings.url() + (settings.url().contains("?") ? "&" : "?") + "maxPoolSize=" + maxPoolSize;
            MariaDbPoolDataSource pool = new MariaDbPoolDataSource(url);
            pool.setUser(settings.user());
            pool.setPassword(settings.password());
            return pool;
        } catch (SQLException e) {
            throw settings.explain(e);
        }
    }

    /** A data source that opens a new connection on every call (no pool). */
    public static DataSource simple(DatabaseSettings settings) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(settings.url());
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
            return dataSource;
        } catch (SQLException e) {
            throw settings.explain(e);
        }
    }
}
