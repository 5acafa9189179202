package org.ejournal.api.people;

import java.util.List;

import org.ejournal.api.roster.PersonName;

/**
 * A parent's (legal representative's) record.
 *
 * @param id       parent id
 * @param name     Фамилия Имя Отчество
 * @param gender   {@code "M"} or {@code "F"}
 * @param phone    phone, or empty
 * @param email    e-mail, or empty
 * @param active   {@code false} once deactivated (never deleted)
 * @param children the students this parent represents
 */
public record ParentRecord(long id, PersonName name, String gender, String phone, String email, boolean active,
                           List<PersonSummary> children) {
    public ParentRecord {
        children = List.copyOf(children);
    }
}
