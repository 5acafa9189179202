package org.ejournal.api.diary;

import org.ejournal.api.roster.PersonName;

/**
 * A student whose diary the actor may open.
 *
 * @param id        student id
 * @param name      the student's name
 * @param className the class the student is in today ("5А"), or empty when none
 */
public record DiaryStudent(long id, PersonName name, String className) {
}
