package org.ejournal.api.school;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ejournal.api.roster.PersonName;

/**
 * A substitution: the substitute keeps the journal of the assignment with the teacher's rights, on the
 * dates from {@code start} to {@code end} only.
 *
 * @param id             substitution id
 * @param assignment     the assignment substituted
 * @param substituteId   staff id of the substitute
 * @param substituteName the substitute's name
 * @param start          first day
 * @param end            last day (inclusive)
 * @param reason         e.g. "больничный"; may be empty
 * @param cancelledAt    when it was cancelled (UTC), or {@code null}; cancelled substitutions give no rights
 */
public record SubstitutionInfo(long id, AssignmentInfo assignment, long substituteId, PersonName substituteName,
                               LocalDate start, LocalDate end, String reason, LocalDateTime cancelledAt) {

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
