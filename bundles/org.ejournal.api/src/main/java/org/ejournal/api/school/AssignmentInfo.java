package org.ejournal.api.school;

import java.math.BigDecimal;

import org.ejournal.api.roster.PersonName;

/**
 * A teaching assignment: a class (or one subgroup of it) × subject × teacher with hours per week.
 *
 * @param id           assignment id
 * @param yearId       the academic year
 * @param classId      the class
 * @param className    "5А"
 * @param subgroupId   the subgroup taught, or {@code null} for the whole class
 * @param subgroupName the subgroup's name, or empty
 * @param subjectId    the subject
 * @param subjectName  the subject's name
 * @param teacherId    staff id of the teacher keeping the journal
 * @param teacherName  the teacher's name
 * @param hoursPerWeek 0.5–40
 */
public record AssignmentInfo(long id, long yearId, long classId, String className, Long subgroupId, String subgroupName,
                             long subjectId, String subjectName, long teacherId, PersonName teacherName,
                             BigDecimal hoursPerWeek) {

    /** "5А · Английский язык · группа 1". */
    public String label() {
        return className + " · " + subjectName + (subgroupName.isEmpty() ? "" : " · " + subgroupName);
    }
}
