package org.ejournal.store;

import javax.sql.DataSource;

import org.ejournal.store.internal.CayenneStore;

/**
 * Creates a {@link StoreRuntime} without OSGi, for unit tests of services:
 *
 * <pre>{@code
 * @EJournalDatabase
 * class RosterServiceImplTest {
 *     @Test
 *     void listsAClass(DataSource dataSource) {
 *         try (StandaloneStore store = StoreRuntimes.create(dataSource)) {
 *             RosterServiceImpl roster = new RosterServiceImpl(store, policy);
 *             ...
 *         }
 *     }
 * }
 * }</pre>
 */
public final class StoreRuntimes {

    private StoreRuntimes() {
    }

    /** A store on {@code dataSource} (a MariaDB with the eJournal schema migrated). */
    public static StandaloneStore create(DataSource dataSource) {
        return new CayenneStore(dataSource, StoreRuntimes.class.getClassLoader());
    }
}
