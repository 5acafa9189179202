package org.ejournal.api.roster;

import java.util.Objects;

/**
 * A Russian full name: surname, given name, patronymic (which may be empty).
 *
 * @param lastName   фамилия
 * @param firstName  имя
 * @param middleName отчество, or empty
 */
public record PersonName(String lastName, String firstName, String middleName) {
    public PersonName {
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        middleName = middleName == null ? "" : middleName;
    }

    /** "Фамилия Имя Отчество". */
    public String full() {
        return middleName.isEmpty() ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** "Фамилия И. О." */
    public String shortForm() {
        StringBuilder b = new StringBuilder(lastName).append(' ').append(firstName.charAt(0)).append('.');
        if (!middleName.isEmpty()) {
            b.append(' ').append(middleName.charAt(0)).append('.');
        }
        return b.toString();
    }
}
