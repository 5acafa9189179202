package org.ejournal.api.school;

import java.math.BigDecimal;

/**
 * What a user enters for a teaching assignment.
 *
 * @param classId      the class
 * @param subgroupId   a subgroup of that class for that subject, or {@code null} for the whole class
 * @param subjectId    the subject
 * @param teacherId    an active staff member of the school
 * @param hoursPerWeek 0.5–40, in steps of 0.5
 */
public record AssignmentEdit(long classId, Long subgroupId, long subjectId, long teacherId, BigDecimal hoursPerWeek) {
}
