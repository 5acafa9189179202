package org.ejournal.api.people;

import org.ejournal.api.roster.PersonName;

/**
 * A staff member's record.
 *
 * @param id       staff id
 * @param name     Фамилия Имя Отчество
 * @param gender   {@code "M"} or {@code "F"}
 * @param position должность
 * @param email    e-mail, or empty
 * @param phone    phone, or empty
 * @param active   {@code false} once deactivated (never deleted)
 */
public record StaffRecord(long id, PersonName name, String gender, String position, String email, String phone,
                          boolean active) {
}
