package org.ejournal.security.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the access rules get their facts from. Every look-up is scoped by the actor's school: an
 * object of another school is reported as absent, so a refusal never tells whether it exists.
 */
public interface AccessFacts {

    /** The class with this id in the given school, if there is one. */
    Optional<ClassFacts> schoolClass(long schoolId, long classId);

    /** The teaching assignment with this id in the given school, if there is one. */
    Optional<AssignmentFacts> assignment(long schoolId, long assignmentId);

    /** The student with this id in the given school, with the class teachers of the classes he is in today. */
    Optional<PersonFacts> student(long schoolId, long studentId);

    /** The parent with this id in the given school, with the class teachers of the children's classes today. */
    Optional<PersonFacts> parent(long schoolId, long parentId);

    /**
     * The student with this id in the given school, with today's class teachers and tutors (for the
     * diary). Facts that do not know tutors answer empty, which refuses every diary.
     */
    default Optional<DiaryFacts> diaryStudent(long schoolId, long studentId) {
        return Optional.empty();
    }

    /**
     * The lesson with this id in the given school, with the substitutes covering its date, if there is one.
     * (Default: none, for fact sources that know no lessons.)
     */
    default Optional<LessonFacts> lesson(long schoolId, long lessonId) {
        return Optional.empty();
    }

    /**
     * {@link #lesson} for many lessons at once: those found in the school, by id. (Default: one look-up each.)
     */
    default Map<Long, LessonFacts> lessons(long schoolId, Collection<Long> lessonIds) {
        Map<Long, LessonFacts> found = new HashMap<>();
        for (long id : lessonIds) {
            lesson(schoolId, id).ifPresent(f -> found.put(id, f));
        }
        return found;
    }

    /**
     * Staff ids of substitutes holding an active (not cancelled) substitution of the assignment that has
     * started by today: they read its journal. (Default: none.)
     */
    default Set<Long> currentSubstitutes(long schoolId, long assignmentId) {
        return Set.of();
    }
}
