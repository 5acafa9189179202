package org.ejournal.api.people;

import java.time.LocalDate;

/**
 * A student's personal fields beyond the name. They may hold values only while a consent is active
 * ({@link PeopleService} refuses them otherwise). Empty texts are treated as absent.
 *
 * @param birthDate   дата рождения, or {@code null}
 * @param address     адрес, or {@code null}
 * @param phone       телефон, or {@code null}
 * @param document    документ (вид, серия, номер), or {@code null}
 * @param healthGroup группа здоровья 1–5, or {@code null}
 */
public record PersonalData(LocalDate birthDate, String address, String phone, String document, Integer healthGroup) {

    /** No personal fields at all. */
    public static final PersonalData NONE = new PersonalData(null, null, null, null, null);

    public PersonalData {
        address = blankToNull(address);
        phone = blankToNull(phone);
        document = blankToNull(document);
    }

    /** Whether no field holds a value. */
    public boolean isEmpty() {
        return birthDate == null && address == null && phone == null && document == null && healthGroup == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
