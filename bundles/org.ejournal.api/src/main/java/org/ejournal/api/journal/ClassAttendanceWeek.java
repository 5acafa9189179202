package org.ejournal.api.journal;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.roster.StudentSummary;

/**
 * The class teacher's attendance week: every lesson of the class (all subjects) from Monday to Sunday, the
 * students enrolled at some day of the week, and every absence or lateness recorded, with its reason.
 *
 * @param classId   the class
 * @param className "5А"
 * @param monday    the first day of the week
 * @param lessons   lessons by date and number
 * @param students  students, sorted by name
 * @param absences  attendance records of those lessons (non-empty cells only), with versions to write against
 * @param codes     the school's attendance codes, to choose a reason code from
 */
public record ClassAttendanceWeek(long classId, String className, LocalDate monday, List<WeekLesson> lessons,
                                  List<StudentSummary> students, List<AttendanceCell> absences,
                                  List<AttendanceCodeInfo> codes) {
    public ClassAttendanceWeek {
        lessons = List.copyOf(lessons);
        students = List.copyOf(students);
        absences = List.copyOf(absences);
        codes = List.copyOf(codes);
    }
}
