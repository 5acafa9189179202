package org.ejournal.api.people;

import java.util.Objects;

import org.ejournal.api.roster.PersonName;

/**
 * What a user enters to create or change a staff member.
 *
 * @param name     Фамилия Имя Отчество (surname and name required)
 * @param gender   {@code "M"} or {@code "F"}
 * @param position должность, e.g. "учитель математики" (required, at most 100 characters)
 * @param email    e-mail or empty (at most 200)
 * @param phone    phone or empty (at most 30)
 */
public record StaffEdit(PersonName name, String gender, String position, String email, String phone) {
    public StaffEdit {
        Objects.requireNonNull(name, "name");
    }
}
