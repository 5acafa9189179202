package org.ejournal.api.people;

import org.ejournal.api.roster.PersonName;

/**
 * A student of a class with the consent marker, for the class teacher's list.
 *
 * @param studentId  the student
 * @param name       Фамилия Имя Отчество
 * @param hasConsent whether an active consent exists («нет согласия» otherwise)
 */
public record ClassStudentConsent(long studentId, PersonName name, boolean hasConsent) {
}
