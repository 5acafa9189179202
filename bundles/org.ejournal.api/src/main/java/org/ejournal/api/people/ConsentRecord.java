package org.ejournal.api.people;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.ejournal.api.roster.PersonName;

/**
 * A consent to personal-data processing given by a legal representative for a student.
 *
 * @param id          the consent
 * @param studentId   whose data
 * @param parentId    the legal representative who gave it
 * @param parentName  his or her name
 * @param givenOn     date on the signed consent
 * @param scope       what it covers (free text from the form, e.g. «ФИО, дата рождения, адрес…»)
 * @param withdrawnAt when it was withdrawn (UTC), or {@code null} while active
 */
public record ConsentRecord(long id, long studentId, long parentId, PersonName parentName, LocalDate givenOn,
                            String scope, LocalDateTime withdrawnAt) {
    public ConsentRecord {
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(scope, "scope");
    }

    /** Whether it has not been withdrawn. */
    public boolean active() {
        return withdrawnAt == null;
    }
}
