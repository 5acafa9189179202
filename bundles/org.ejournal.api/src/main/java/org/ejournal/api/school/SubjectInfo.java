package org.ejournal.api.school;

/**
 * A subject of the school.
 *
 * @param id        subject id
 * @param name      "Математика"
 * @param shortName "Матем."
 * @param sortOrder position in lists (journal, report cards)
 */
public record SubjectInfo(long id, String name, String shortName, int sortOrder) {
}
