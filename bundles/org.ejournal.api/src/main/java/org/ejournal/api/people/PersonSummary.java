package org.ejournal.api.people;

import java.util.Objects;

import org.ejournal.api.roster.PersonName;

/**
 * A person as found by a search.
 *
 * @param id     the student, parent or staff id (depending on {@code kind})
 * @param kind   student, parent or staff
 * @param name   Фамилия Имя Отчество
 * @param active {@code false} once deactivated (people are never deleted)
 */
public record PersonSummary(long id, PersonKind kind, PersonName name, boolean active) {
    public PersonSummary {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
