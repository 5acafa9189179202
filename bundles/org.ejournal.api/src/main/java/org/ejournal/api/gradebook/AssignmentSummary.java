package org.ejournal.api.gradebook;

/**
 * A teaching assignment: class (or subgroup) × subject × teacher for one academic year.
 *
 * @param id          assignment id
 * @param classId     the class
 * @param className   "5А"
 * @param subjectId   the subject
 * @param subjectName "Математика"
 * @param teacherId   staff id of the teacher
 * @param teacherName the teacher's full name
 */
public record AssignmentSummary(long id, long classId, String className, long subjectId, String subjectName,
                                long teacherId, String teacherName) {

    /** "5А · Математика". */
    public String title() {
        return className + " · " + subjectName;
    }
}
