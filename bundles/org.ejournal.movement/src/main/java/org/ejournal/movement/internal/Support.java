package org.ejournal.movement.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.cayenne.ObjectContext;
import org.ejournal.api.Actor;
import org.ejournal.api.roster.PersonName;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.School;
import org.ejournal.store.model.SchoolClass;
import org.ejournal.store.model.Student;

/** Small shared pieces: names, dates in messages, Russian order, audit rows. */
final class Support {

    static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Support() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(RUSSIAN_DATE);
    }

    static PersonName name(Student s) {
        return new PersonName(s.getLastName(), s.getFirstName(), s.getMiddleName());
    }

    static String className(SchoolClass c) {
        return c.getGrade() + c.getLetter();
    }

    /** A new collator each time: Collator instances are not meant to be shared across threads. */
    static Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    static AuditEvent audit(ObjectContext context, Clock clock, Actor actor, School school, String entity,
                            long entityId, String action, String field, String oldValue, String newValue) {
        AuditEvent event = context.newObject(AuditEvent.class);
        event.setSchool(school);
        event.setOccurredAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        event.setAccountId(actor.accountId());
        event.setEntity(entity);
        event.setEntityId(entityId);
        event.setAction(action);
        event.setField(field);
        event.setOldValue(oldValue);
        event.setNewValue(newValue);
        return event;
    }
}
