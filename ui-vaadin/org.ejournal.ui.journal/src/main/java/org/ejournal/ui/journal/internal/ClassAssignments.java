package org.ejournal.ui.journal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.ejournal.api.Actor;
import org.ejournal.api.finalmark.FinalMarkService;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.journal.ClassAttendanceWeek;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.WeekLesson;
import org.ejournal.api.ui.ViewSupport;

/**
 * Where the class journal gets the teaching assignments (all subjects) of a class: the final-mark service's
 * {@code assignments(actor, classId)} (the class teacher and the administration: all of the class). Without
 * that bundle they are found from the class's lessons: the attendance weeks of the last {@value #WEEKS} weeks
 * (readable by exactly the roles of the class journal), each distinct subject/subgroup/teacher's lesson asked
 * for its assignment, read through the gradebook (which checks access again); a subject without a lesson in
 * those weeks is then missing.
 */
final class ClassAssignments {

    static final int WEEKS = 4;

    private ClassAssignments() {
    }

    static BiFunction<Actor, Long, List<AssignmentSummary>> fromServices(Class<?> caller) {
        return (actor, classId) -> {
            FinalMarkService finals = ViewSupport.findService(caller, FinalMarkService.class).orElse(null);
            if (finals != null) {
                return finals.assignments(actor, classId);
            }
            JournalWriteService writer = ViewSupport.findService(caller, JournalWriteService.class).orElse(null);
            GradebookService gradebook = ViewSupport.findService(caller, GradebookService.class).orElse(null);
            return writer == null || gradebook == null ? null
                    : fromLessons(actor, classId, writer, gradebook, LocalDate.now());
        };
    }

    static List<AssignmentSummary> fromLessons(Actor actor, long classId, JournalWriteService writer,
                                               GradebookService gradebook, LocalDate today) {
        Set<String> seen = new HashSet<>();
        Map<Long, AssignmentSummary> found = new LinkedHashMap<>();
        for (int i = 0; i < WEEKS; i++) {
            ClassAttendanceWeek week = writer.classAttendanceWeek(actor, classId, today.minusWeeks(i));
            for (WeekLesson lesson : week.lessons()) {
                if (seen.add(lesson.subjectName() + "|" + lesson.subgroupName() + "|" + lesson.teacherName())) {
                    long assignmentId = writer.lesson(actor, lesson.lessonId()).assignmentId();
                    found.computeIfAbsent(assignmentId, id -> gradebook.assignment(actor, id));
                }
            }
        }
        List<AssignmentSummary> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparing(AssignmentSummary::subjectName).thenComparing(AssignmentSummary::teacherName));
        return list;
    }
}
