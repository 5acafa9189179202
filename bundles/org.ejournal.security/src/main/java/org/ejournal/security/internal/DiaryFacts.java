package org.ejournal.security.internal;

import java.util.Set;

/**
 * What the access rules need to know about a student whose diary is asked for.
 *
 * @param studentId       the student
 * @param schoolId        the school the student belongs to
 * @param classTeacherIds staff ids of the class teachers of the classes the student is enrolled in today
 * @param tutorIds        staff ids of the tutors assigned to the student today
 */
public record DiaryFacts(long studentId, long schoolId, Set<Long> classTeacherIds, Set<Long> tutorIds) {
    public DiaryFacts {
        classTeacherIds = Set.copyOf(classTeacherIds);
        tutorIds = Set.copyOf(tutorIds);
    }
}
