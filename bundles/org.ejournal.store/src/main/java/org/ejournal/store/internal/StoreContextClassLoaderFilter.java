package org.ejournal.store.internal;

import java.util.function.Supplier;

import org.apache.cayenne.DataChannelQueryFilter;
import org.apache.cayenne.DataChannelQueryFilterChain;
import org.apache.cayenne.DataChannelSyncFilter;
import org.apache.cayenne.DataChannelSyncFilterChain;
import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.QueryResponse;
import org.apache.cayenne.graph.GraphDiff;
import org.apache.cayenne.query.Query;

/**
 * Runs every query and every commit that reaches the data domain with the store's class loader as the
 * thread context class loader, and puts the caller's loader back afterwards (also on failure).
 *
 * <p>Why: Cayenne 4.2 resolves some classes by name through the context class loader
 * ({@code ObjEntity.getJavaClass()} → {@code Util.getJavaClass}), ignoring the bound
 * {@code ClassLoaderManager}. Callers of our services run on Jetty's request threads, Quartz threads
 * or test threads whose context loader sees no entity class (in the real host the first login failed
 * with {@code ClassNotFoundException: org.ejournal.store.model.UserAccount}). Contributed last to the
 * domain's filter lists, so it is the outermost filter: Cayenne's {@code TransactionFilter} and the
 * lifecycle callbacks it runs (pre-update, post-persist…) are inside it, as are SQL translation,
 * object conversion and post-load callbacks of queries.
 */
final class StoreContextClassLoaderFilter implements DataChannelQueryFilter, DataChannelSyncFilter {

    private final ClassLoader loader;

    StoreContextClassLoaderFilter(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public QueryResponse onQuery(ObjectContext originatingContext, Query query, DataChannelQueryFilterChain chain) {
        return withStoreLoader(() -> chain.onQuery(originatingContext, query));
    }

    @Override
    public GraphDiff onSync(ObjectContext originatingContext, GraphDiff changes, int syncType,
            DataChannelSyncFilterChain chain) {
        return withStoreLoader(() -> chain.onSync(originatingContext, changes, syncType));
    }

    <T> T withStoreLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (previous == loader) {
            return work.get();
        }
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
