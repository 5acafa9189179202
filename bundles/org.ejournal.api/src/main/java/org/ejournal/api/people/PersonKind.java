package org.ejournal.api.people;

/** Which kind of person a record is. */
public enum PersonKind {
    /** обучающийся */
    STUDENT,
    /** родитель (законный представитель) */
    PARENT,
    /** сотрудник */
    STAFF
}
