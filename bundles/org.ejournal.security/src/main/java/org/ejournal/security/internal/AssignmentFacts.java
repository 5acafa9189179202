package org.ejournal.security.internal;

import java.util.Set;

/**
 * What the access rules need to know about a teaching assignment.
 *
 * @param assignmentId        the assignment
 * @param schoolId            the school it belongs to
 * @param teacherId           staff id of the teacher who keeps its journal
 * @param classId             the class it is taught in
 * @param classTeacherId      staff id of that class's class teacher, or {@code null}
 * @param substituteIdsToday  staff ids of substitutes with an active (not cancelled) substitution of this
 *                            assignment covering today
 */
public record AssignmentFacts(long assignmentId, long schoolId, long teacherId, long classId, Long classTeacherId,
                              Set<Long> substituteIdsToday) {

    public AssignmentFacts {
        substituteIdsToday = substituteIdsToday == null ? Set.of() : Set.copyOf(substituteIdsToday);
    }

    /** Without substitutes today. */
    public AssignmentFacts(long assignmentId, long schoolId, long teacherId, long classId, Long classTeacherId) {
        this(assignmentId, schoolId, teacherId, classId, classTeacherId, Set.of());
    }
}
