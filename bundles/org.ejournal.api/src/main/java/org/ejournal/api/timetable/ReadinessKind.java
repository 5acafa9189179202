package org.ejournal.api.timetable;

/** Kinds of problems the readiness check for 1 September reports; Russian names under {@code readiness.kind.<NAME>}. */
public enum ReadinessKind {
    /** A class without a class teacher. Object: class. */
    CLASS_WITHOUT_CLASS_TEACHER,
    /** A class without teaching assignments. Object: class. */
    CLASS_WITHOUT_ASSIGNMENTS,
    /** A class without students. Object: class. */
    CLASS_WITHOUT_STUDENTS,
    /** A class whose period scheme has no study periods in its year. Object: class. */
    CLASS_WITHOUT_PERIODS,
    /** A teaching assignment without any timetable slot in the year. Object: assignment. */
    ASSIGNMENT_WITHOUT_TIMETABLE,
    /** A subgroup assignment whose subgroup has no members. Object: assignment. */
    SUBGROUP_WITHOUT_MEMBERS,
    /** A student without a parent (legal representative). Object: student. */
    STUDENT_WITHOUT_PARENTS,
    /** A student without an active login. Object: student. */
    STUDENT_WITHOUT_LOGIN,
    /** A parent without an active login. Object: parent. */
    PARENT_WITHOUT_LOGIN
}
