/**
 * The eJournal store: {@link org.ejournal.store.StoreRuntime} (Cayenne over MariaDB) as an OSGi service
 * in Felix or from {@link org.ejournal.store.StoreRuntimes} in plain Java tests. For eJournal's own
 * bundles only; add-ons may not import it.
 */
@Export
@Version("1.1.0")
package org.ejournal.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
