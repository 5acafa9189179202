package org.ejournal.api.security;

import java.util.List;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.roster.SchoolSummary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The municipal specialist's ({@link org.ejournal.api.Role#MUNICIPAL}) choice of the school to read. Services
 * scope everything by {@link Actor#schoolId()}; a municipal session holds an actor whose school is the school
 * currently viewed, obtained from {@link #viewSchool}. What the actor may then do in that school is the
 * access policy's (reads only). Provided by the security bundle.
 */
@ProviderType
public interface MunicipalService {

    /**
     * Every school of the installation, by short name (Russian order).
     *
     * @throws AccessDeniedException unless the actor holds MUNICIPAL (operation {@code MUNICIPAL_SCHOOL_VIEW})
     */
    List<SchoolSummary> schools(Actor actor);

    /**
     * The actor to use for reading the given school: the same account and roles with {@code schoolId} set to
     * that school (no staff, student or parent of its own). Recorded in the viewed school's {@code audit_event}
     * (entity {@code school}, action {@code VIEW}, who and when) and in the log.
     *
     * @param address the client's address (recorded), may be empty
     * @throws AccessDeniedException unless the actor holds MUNICIPAL
     * @throws NotFoundException     for an unknown school
     */
    Actor viewSchool(Actor actor, String address, long schoolId);
}
