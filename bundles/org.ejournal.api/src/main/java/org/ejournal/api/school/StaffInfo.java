package org.ejournal.api.school;

import org.ejournal.api.roster.PersonName;

/**
 * A staff member as the staffing screens offer it (teacher, class teacher, substitute).
 *
 * @param id       staff id
 * @param name     Фамилия Имя Отчество
 * @param position должность, e.g. "учитель математики"
 * @param active   {@code false} once deactivated
 */
public record StaffInfo(long id, PersonName name, String position, boolean active) {
}
