package org.ejournal.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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

    /**
     * The ids among {@code objectIds} on which {@code actor} may perform {@code operation}: for each id the
     * answer of {@link #allows}, for a screen that needs it for many objects at once (e.g. which lessons of a
     * journal the actor may write). An implementation may look up the facts of all of them together.
     */
    default Set<Long> allowedAmong(Actor actor, Operation operation, Collection<Long> objectIds) {
        Set<Long> allowed = new HashSet<>();
        for (long id : objectIds) {
            if (allows(actor, operation, id)) {
                allowed.add(id);
            }
        }
        return allowed;
    }
}
