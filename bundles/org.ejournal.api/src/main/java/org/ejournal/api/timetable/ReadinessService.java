package org.ejournal.api.timetable;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The readiness check for 1 September: what is still missing in the year being planned — classes without a
 * class teacher, assignments, students or periods; assignments without a timetable; students without parents
 * or logins; parents without logins. Needs {@link org.ejournal.api.Operation#SCHOOL_READ} on the actor's
 * school (director, deputy director).
 */
@ProviderType
public interface ReadinessService {

    /**
     * Checks the year being planned: the running academic year, or in the summer the coming one (the earliest
     * year that has not ended).
     *
     * @throws org.ejournal.api.ValidationException {@value TimetableService#NO_YEAR} when the school has none
     */
    ReadinessReport check(Actor actor);
}
