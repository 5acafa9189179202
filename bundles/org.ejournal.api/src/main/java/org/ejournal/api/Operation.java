package org.ejournal.api;

/**
 * What an actor wants to do, as asked of the {@link AccessPolicy}. The object id's meaning is
 * given per constant. {@link Role#MUNICIPAL} (read-only) is refused every operation not on the security
 * bundle's list of reads, so a new operation is denied to it until someone decides otherwise.
 */
public enum Operation {
    /** Read anything of a school as a whole (object: school id). */
    SCHOOL_READ,
    /** Read the list of students of a class (object: class id). */
    CLASS_ROSTER_READ,
    /**
     * Read the journal of a teaching assignment (object: assignment id). Its teacher, a substitute with an
     * active substitution of it covering today, the class teacher of its class and the administration.
     */
    ASSIGNMENT_JOURNAL_READ,
    /** Render a report (object: school id). */
    REPORT_RUN,
    /** Create, change, stop report schedules and read the report archive (object: school id). */
    REPORT_SCHEDULE_MANAGE,
    /**
     * List a class's students and parents with their consent status, add students to it (object: class
     * id). The class teacher of that class, the deputy director and the director.
     */
    CLASS_PEOPLE_MANAGE,
    /**
     * Read and change a student's record and personal data, record or withdraw a consent, deactivate
     * (object: student id). The class teacher of a class the student is enrolled in today, the deputy
     * director and the director. Not the technical administrator (staff and accounts only).
     */
    STUDENT_DATA_MANAGE,
    /**
     * Read and change a parent's record, deactivate (object: parent id). The class teacher of a class
     * one of the parent's children is enrolled in today, the deputy director and the director.
     */
    PARENT_DATA_MANAGE,
    /**
     * Read and change staff records, deactivate staff (object: school id). The technical administrator,
     * the deputy director and the director of that school.
     */
    STAFF_DATA_MANAGE,
    /**
     * Read a student's electronic diary: week, marks, absences, period marks (object: student id). The
     * parent of that student, the student self, the class teacher of a class the student is enrolled in
     * today, a tutor assigned to the student today, the deputy director and the director of the school.
     * Not subject teachers (they read their journals), not the technical administrator.
     */
    STUDENT_DIARY_READ,
    /**
     * Read the personal-data access log of a school: who opened which student's personal data, when
     * (object: school id). The deputy director and the director of that school.
     */
    PERSONAL_DATA_LOG_READ,
    /**
     * Record student movement — arrival, departure, transfer between classes — and read a student's
     * movement history and the school's movements of a period (object: school id). The deputy director
     * and the director of that school.
     */
    STUDENT_MOVE,
    /**
     * Preview and run the year-end promotion of an academic year into the next one (object: school id).
     * The deputy director and the director of that school.
     */
    YEAR_PROMOTE,
    /**
     * Write the journal of one lesson: marks, attendance, topic, homework, works and homework files (object:
     * lesson id). The assignment's teacher (SUBJECT_TEACHER) on any date; a substitute (SUBJECT_TEACHER) only when
     * an active (not cancelled) substitution of that assignment covers the lesson's date. Not the administration:
     * it controls the journal, teachers write it (corrections go through the teacher or a substitution).
     */
    LESSON_JOURNAL_WRITE,
    /**
     * Set the reasons (and codes) of absences in a class's attendance week (object: class id). The class teacher
     * of that class, the deputy director and the director.
     */
    CLASS_ATTENDANCE_MANAGE,
    /**
     * Configure how the school's journal is kept: work types with their weights, attendance codes (object: school
     * id). The deputy director and the director of that school.
     */
    JOURNAL_SETTINGS_MANAGE,
    /**
     * Change the weekly timetable (add, change, end slots) and generate lessons from it (object: school id).
     * The deputy director and the director of that school.
     */
    TIMETABLE_MANAGE,
    /**
     * Enter, change or remove final marks of an assignment inside the entry window (object: assignment
     * id). The assignment's teacher only.
     */
    FINAL_MARK_WRITE,
    /**
     * Change a final mark after the deadline or in a locked period, with a reason (object: assignment id).
     * The deputy director and the director of the assignment's school.
     */
    FINAL_MARK_OVERRIDE,
    /**
     * Import staff, classes, students with parents and teaching assignments from files, dry run and
     * apply (object: school id). The deputy director and the director of that school.
     */
    SCHOOL_IMPORT,
    /**
     * Issue staff logins; reset the password of, unlock, deactivate and log out any account of the
     * school; read the school's login log (object: school id). The technical administrator of that
     * school only (accounts and system, never marks).
     */
    STAFF_ACCOUNTS_MANAGE,
    /**
     * Issue the logins of a class's students and parents as credential letters (object: class id). The
     * class teacher of that class, the deputy director and the director.
     */
    CLASS_CREDENTIALS_ISSUE,
    /**
     * Set up the school year and staffing: academic years, study periods and deadlines, holidays, period
     * locks, classes, subjects, teaching assignments, subgroups, substitutions (object: school id). The
     * deputy director and the director of that school; not the technical administrator, not teachers.
     */
    SCHOOL_SETUP_MANAGE,
    /**
     * List the schools of the installation and switch the session to view one of them (object: school id).
     * MUNICIPAL only, for any school of the installation: the one operation that crosses schools, and it only
     * chooses what to read; the reads themselves are the ordinary operations in the viewed school, of which
     * MUNICIPAL may do only those listed as read-only in the security bundle's {@code AccessRules}.
     */
    MUNICIPAL_SCHOOL_VIEW
}
