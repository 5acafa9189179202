package org.ejournal.security.internal;

import java.util.Set;

/**
 * What the access rules need to know about a school class.
 *
 * @param classId           the class
 * @param schoolId          the school it belongs to
 * @param classTeacherId    staff id of its class teacher, or {@code null} when none is appointed
 * @param subjectTeacherIds staff ids of teachers holding a teaching assignment in this class
 */
public record ClassFacts(long classId, long schoolId, Long classTeacherId, Set<Long> subjectTeacherIds) {
    public ClassFacts {
        subjectTeacherIds = Set.copyOf(subjectTeacherIds);
    }
}
