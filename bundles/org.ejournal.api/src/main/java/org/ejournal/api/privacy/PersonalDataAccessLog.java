package org.ejournal.api.privacy;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the personal-data access log of the actor's school. Needs
 * {@link org.ejournal.api.Operation#PERSONAL_DATA_LOG_READ} (the deputy director and the director).
 * The log is written by the people service whenever a student's personal data is read.
 */
@ProviderType
public interface PersonalDataAccessLog {

    /** At most this many entries are returned by {@link #find}. */
    int LIMIT = 500;

    /**
     * Entries of the actor's school, newest first, at most {@link #LIMIT}.
     *
     * @param studentId only this student's, or {@code null} for all
     * @param from      first day (inclusive), or {@code null}
     * @param to        last day (inclusive), or {@code null}
     */
    List<PersonalDataAccess> find(Actor actor, Long studentId, LocalDate from, LocalDate to);
}
