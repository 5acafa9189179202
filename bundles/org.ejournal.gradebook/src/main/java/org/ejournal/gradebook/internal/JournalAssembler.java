package org.ejournal.gradebook.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.JournalRow;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.StudentSummary;

/**
 * Builds the journal grid from plain facts read by the service, so the layout rules (column per work,
 * rows by enrollment, greyed cells) are tested without a database.
 */
final class JournalAssembler {

    /** A lesson with its works (in the order they were created). */
    record LessonFacts(long id, LocalDate date, int number, String topic, String homework, List<WorkFacts> works) {
        LessonFacts {
            works = List.copyOf(works);
        }
    }

    /** A graded work of a lesson. */
    record WorkFacts(long id, String type, int weight) {
    }

    /** One stay of a student in the class; {@code end} is the last day in it, {@code null} when still there. */
    record EnrollmentSpan(StudentSummary student, LocalDate start, LocalDate end) {
        boolean covers(LocalDate date) {
            return !date.isBefore(start) && (end == null || !date.isAfter(end));
        }
    }

    /** A mark as stored: the id gives the entry order of a double mark. */
    record MarkFacts(long id, long workId, long studentId, String value) {
    }

    /** An absence or lateness. */
    record AttendanceFacts(long lessonId, long studentId, String code) {
    }

    private JournalAssembler() {
    }

    static JournalGrid assemble(AssignmentSummary assignment, StudyPeriodSummary period, List<LessonFacts> lessons,
                                List<EnrollmentSpan> enrollments, List<MarkFacts> marks,
                                List<AttendanceFacts> attendance) {
        List<JournalColumn> columns = columns(lessons);

        // Students with any stay overlapping the period; several stays (left and came back) are kept.
        Map<Long, List<EnrollmentSpan>> staysByStudent = new LinkedHashMap<>();
        Map<Long, StudentSummary> students = new HashMap<>();
        for (EnrollmentSpan span : enrollments) {
            if (overlaps(span, period)) {
                staysByStudent.computeIfAbsent(span.student().id(), id -> new ArrayList<>()).add(span);
                students.putIfAbsent(span.student().id(), span.student());
            }
        }

        Map<CellKey, List<String>> marksByWorkAndStudent = new HashMap<>();
        // One row per cell; a double mark is one value "4/5" and shows as two marks in entry order.
        marks.stream().sorted(Comparator.comparingLong(MarkFacts::id)).forEach(m -> {
            List<String> cell = marksByWorkAndStudent.computeIfAbsent(new CellKey(m.workId(), m.studentId()),
                    k -> new ArrayList<>());
            for (String part : m.value().split("/")) {
                if (!part.isBlank()) {
                    cell.add(part.trim());
                }
            }
        });
        Map<CellKey, String> codeByLessonAndStudent = new HashMap<>();
        for (AttendanceFacts a : attendance) {
            codeByLessonAndStudent.put(new CellKey(a.lessonId(), a.studentId()), a.code());
        }

        List<StudentSummary> ordered = new ArrayList<>(students.values());
        ordered.sort(RussianNameOrder.students());
        List<JournalRow> rows = new ArrayList<>(ordered.size());
        for (StudentSummary student : ordered) {
            List<EnrollmentSpan> stays = staysByStudent.get(student.id());
            List<JournalCell> cells = new ArrayList<>(columns.size());
            for (JournalColumn column : columns) {
                boolean enrolled = stays.stream().anyMatch(s -> s.covers(column.date()));
                List<String> cellMarks = column.workId() == null ? List.of()
                        : marksByWorkAndStudent.getOrDefault(new CellKey(column.workId(), student.id()), List.of());
                String code = codeByLessonAndStudent.getOrDefault(new CellKey(column.lessonId(), student.id()), "");
                cells.add(!enrolled && cellMarks.isEmpty() && code.isEmpty() ? JournalCell.NOT_ENROLLED
                        : enrolled && cellMarks.isEmpty() && code.isEmpty() ? JournalCell.EMPTY
                        : new JournalCell(cellMarks, code, enrolled));
            }
            rows.add(new JournalRow(student, cells));
        }
        return new JournalGrid(assignment, period, columns, rows);
    }

    /** A column per lesson, or one per work when the lesson has works; by date, then lesson number. */
    static List<JournalColumn> columns(List<LessonFacts> lessons) {
        List<LessonFacts> sorted = new ArrayList<>(lessons);
        sorted.sort(Comparator.comparing(LessonFacts::date).thenComparingInt(LessonFacts::number)
                .thenComparingLong(LessonFacts::id));
        List<JournalColumn> columns = new ArrayList<>();
        for (LessonFacts l : sorted) {
            if (l.works().isEmpty()) {
                columns.add(new JournalColumn(l.id(), l.date(), l.number(), l.topic(), l.homework(), null, "", 1));
            } else {
                l.works().stream().sorted(Comparator.comparingLong(WorkFacts::id)).forEach(w -> columns.add(
                        new JournalColumn(l.id(), l.date(), l.number(), l.topic(), l.homework(), w.id(), w.type(),
                                w.weight())));
            }
        }
        return columns;
    }

    private static boolean overlaps(EnrollmentSpan span, StudyPeriodSummary period) {
        return !span.start().isAfter(period.end()) && (span.end() == null || !span.end().isBefore(period.start()));
    }

    /** (work or lesson id, student id). */
    private record CellKey(long objectId, long studentId) {
    }
}
