package org.ejournal.security.internal;

/**
 * What the access rules need to know about a teaching assignment.
 *
 * @param assignmentId   the assignment
 * @param schoolId       the school it belongs to
 * @param teacherId      staff id of the teacher who keeps its journal
 * @param classId        the class it is taught in
 * @param classTeacherId staff id of that class's class teacher, or {@code null}
 */
public record AssignmentFacts(long assignmentId, long schoolId, long teacherId, long classId, Long classTeacherId) {
}
