package org.ejournal.security.internal;

import java.util.Set;

/**
 * What the access rules need to know about a student or a parent.
 *
 * @param personId        the student or parent
 * @param schoolId        the school it belongs to
 * @param classTeacherIds staff ids of the class teachers of the classes the student (a parent: one of
 *                        the parent's children) is enrolled in today
 */
public record PersonFacts(long personId, long schoolId, Set<Long> classTeacherIds) {
    public PersonFacts {
        classTeacherIds = Set.copyOf(classTeacherIds);
    }
}
