package org.ejournal.api;

/**
 * What an actor wants to do, as asked of the {@link AccessPolicy}. The object id's meaning is
 * given per constant.
 */
public enum Operation {
    /** Read anything of a school as a whole (object: school id). */
    SCHOOL_READ,
    /** Read the list of students of a class (object: class id). */
    CLASS_ROSTER_READ,
    /** Read the journal of a teaching assignment (object: assignment id). */
    ASSIGNMENT_JOURNAL_READ,
    /** Render a report (object: school id). */
    REPORT_RUN,
    /** Create, change, stop report schedules and read the report archive (object: school id). */
    REPORT_SCHEDULE_MANAGE
}
