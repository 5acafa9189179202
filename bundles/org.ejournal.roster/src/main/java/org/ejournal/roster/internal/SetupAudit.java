package org.ejournal.roster.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.cayenne.ObjectContext;
import org.ejournal.api.Actor;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.School;

/**
 * Audit rows of the school setup (locks, substitutions, assignment changes, subgroup members), written
 * in the same context as the change so both are committed together or not at all.
 */
final class SetupAudit {

    private SetupAudit() {
    }

    static void write(ObjectContext context, Clock clock, Actor actor, School school, String entity, long entityId,
                      String action, String field, String oldValue, String newValue) {
        AuditEvent event = context.newObject(AuditEvent.class);
        event.setSchool(school);
        event.setOccurredAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        event.setAccountId(actor.accountId());
        event.setEntity(entity);
        event.setEntityId(entityId);
        event.setAction(action);
        event.setField(field);
        event.setOldValue(cut(oldValue));
        event.setNewValue(cut(newValue));
    }

    private static String cut(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
    }
}
