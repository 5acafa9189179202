package org.ejournal.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A {@link StoreRuntime} created outside OSGi by {@link StoreRuntimes#create}. Closing it shuts
 * Cayenne down; the data source stays open (it belongs to whoever passed it in).
 */
@ProviderType
public interface StandaloneStore extends StoreRuntime, AutoCloseable {

    @Override
    void close();
}
