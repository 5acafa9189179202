package org.ejournal.api.people;

import java.util.Objects;

import org.ejournal.api.roster.PersonName;

/**
 * What a user enters to create or change a parent (legal representative).
 *
 * @param name   Фамилия Имя Отчество (surname and name required)
 * @param gender {@code "M"} or {@code "F"}
 * @param phone  phone or empty (at most 30)
 * @param email  e-mail or empty (at most 200)
 */
public record ParentEdit(PersonName name, String gender, String phone, String email) {
    public ParentEdit {
        Objects.requireNonNull(name, "name");
    }
}
