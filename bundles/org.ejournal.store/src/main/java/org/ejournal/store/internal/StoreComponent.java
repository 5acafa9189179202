package org.ejournal.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.ejournal.store.StoreRuntime;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the {@link StoreRuntime} service in Felix. The database comes from the framework properties
 * {@value #URL}, {@value #USER}, {@value #PASSWORD} (set by the host from the launcher's settings) and
 * optionally {@value #POOL_SIZE} (default {@value #DEFAULT_POOL_SIZE}).
 */
@Component(service = StoreRuntime.class, immediate = true)
public final class StoreComponent implements StoreRuntime {

    static final String URL = "ejournal.db.url";
    static final String USER = "ejournal.db.user";
    static final String PASSWORD = "ejournal.db.password";
    static final String POOL_SIZE = "ejournal.db.poolSize";
    static final int DEFAULT_POOL_SIZE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(StoreComponent.class);

    private final MariaDbPoolDataSource pool;
    private final CayenneStore store;

    @Activate
    public StoreComponent(BundleContext context) throws SQLException {
        String url = context.getProperty(URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Framework property " + URL + " is not set: the store has no database");
        }
        String user = valueOr(context.getProperty(USER), "");
        String poolSize = valueOr(context.getProperty(POOL_SIZE), String.valueOf(DEFAULT_POOL_SIZE));
        pool = new MariaDbPoolDataSource(url + (url.contains("?") ? "&" : "?") + "maxPoolSize=" + poolSize);
        pool.setUser(user);
        pool.setPassword(valueOr(context.getProperty(PASSWORD), ""));
        try (Connection ignored = pool.getConnection()) {
            // Fail activation now, with the cause in the log, rather than on the first user request.
        } catch (SQLException e) {
            pool.close();
            throw e;
        }
        // Bundle class loader of this bundle: entities, cayenne-project.xml and the map live here.
        store = new CayenneStore(pool, StoreComponent.class.getClassLoader());
        LOG.info("eJournal store started on {} as {} (pool of {})", url, user, poolSize);
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Deactivate
    void deactivate() {
        store.close();
        pool.close();
        LOG.info("eJournal store stopped");
    }

    @Override
    public ObjectContext newContext() {
        return store.newContext();
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public ServerRuntime serverRuntime() {
        return store.serverRuntime();
    }
}
