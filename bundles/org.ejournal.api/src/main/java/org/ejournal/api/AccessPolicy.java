package org.ejournal.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that decides who may do what. Every service method asks it before it reads or
 * writes, with the acting user passed explicitly, so the UI, background jobs and tests share one path.
 */
@ProviderType
public interface AccessPolicy {

    /** Whether {@code actor} may perform {@code operation} on the object with id {@code objectId}. */
    boolean allows(Actor actor, Operation operation, long objectId);

    /**
     * Like {@link #allows} but throws.
     *
     * @throws AccessDeniedException when refused
     */
    default void check(Actor actor, Operation operation, long objectId) {
        if (!allows(actor, operation, objectId)) {
            throw new AccessDeniedException(operation, objectId);
        }
    }
}
