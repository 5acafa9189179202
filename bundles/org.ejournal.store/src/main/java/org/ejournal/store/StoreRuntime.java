package org.ejournal.store;

import javax.sql.DataSource;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.configuration.server.ServerRuntime;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The eJournal persistence runtime: Cayenne over the eJournal MariaDB database, with the data map of
 * this bundle (entities in {@code org.ejournal.store.model}).
 *
 * <p>In Felix it is an OSGi service registered by this bundle; outside OSGi (unit tests of services)
 * it comes from {@link StoreRuntimes#create(DataSource)}. For our own bundles only: add-ons see API
 * records, never Cayenne types.
 */
@ProviderType
public interface StoreRuntime {

    /**
     * A new Cayenne context: one per unit of work (a service call), never shared between users or
     * threads. {@code commitChanges()} writes everything changed in it in one transaction.
     */
    ObjectContext newContext();

    /** The connection pool, for reads that are simpler in plain SQL (reports, bulk checks). */
    DataSource dataSource();

    /** The Cayenne runtime, e.g. for {@code performInTransaction} across several contexts. */
    ServerRuntime serverRuntime();
}
