package org.ejournal.api.people;

import java.util.List;
import java.util.Optional;

import org.ejournal.api.roster.PersonName;

/**
 * A student with personal data and consents, for the people views.
 *
 * @param id           the student
 * @param name         Фамилия Имя Отчество
 * @param gender       {@code "M"} / {@code "F"}
 * @param active       {@code false} once deactivated
 * @param personalData the personal fields (empty without an active consent)
 * @param consents     every consent, newest first, withdrawn ones included
 */
public record StudentRecord(long id, PersonName name, String gender, boolean active, PersonalData personalData,
                            List<ConsentRecord> consents) {
    public StudentRecord {
        consents = List.copyOf(consents);
    }

    /** The active consent, if there is one. */
    public Optional<ConsentRecord> activeConsent() {
        return consents.stream().filter(ConsentRecord::active).findFirst();
    }
}
