package org.ejournal.api.people;

import java.util.Objects;

import org.ejournal.api.roster.PersonName;

/**
 * What a user enters to create or change a student.
 *
 * @param name         Фамилия Имя Отчество (required; surname and name must not be blank)
 * @param gender       {@code "M"} or {@code "F"}
 * @param personalData the personal fields; must be {@link PersonalData#isEmpty() empty} unless the
 *                     student has an active consent
 */
public record StudentEdit(PersonName name, String gender, PersonalData personalData) {
    public StudentEdit {
        Objects.requireNonNull(name, "name");
        personalData = personalData == null ? PersonalData.NONE : personalData;
    }
}
