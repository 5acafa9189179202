package org.ejournal.api.movement;

import org.ejournal.api.roster.PersonName;

/**
 * A student found by name, with the class of the open enrollment.
 *
 * @param id           the student
 * @param name         the full name
 * @param currentClass "5А" while an enrollment is open, else {@code null} (left, graduated, not yet arrived)
 * @param active       whether the student record is active
 */
public record MovementStudent(long id, PersonName name, String currentClass, boolean active) {
}
