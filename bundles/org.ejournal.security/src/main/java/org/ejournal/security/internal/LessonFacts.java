package org.ejournal.security.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the access rules need to know about a lesson to decide who may write its journal.
 *
 * @param lessonId      the lesson
 * @param schoolId      the school it belongs to
 * @param assignmentId  its teaching assignment
 * @param date          the lesson's date
 * @param teacherId     staff id of the assignment's teacher
 * @param substituteIds staff ids of substitutes whose active (not cancelled) substitution of that assignment
 *                      covers the lesson's date
 */
public record LessonFacts(long lessonId, long schoolId, long assignmentId, LocalDate date, long teacherId,
                          Set<Long> substituteIds) {
    public LessonFacts {
        substituteIds = Set.copyOf(substituteIds);
    }
}
