package org.ejournal.api.roster;

/**
 * A student as listed in a class list or a journal row.
 *
 * @param id   student id
 * @param name full name
 */
public record StudentSummary(long id, PersonName name) {
}
