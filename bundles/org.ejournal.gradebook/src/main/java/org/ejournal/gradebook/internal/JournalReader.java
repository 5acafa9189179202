package org.ejournal.gradebook.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.ejournal.api.NotFoundException;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.gradebook.internal.JournalAssembler.AttendanceFacts;
import org.ejournal.gradebook.internal.JournalAssembler.EnrollmentSpan;
import org.ejournal.gradebook.internal.JournalAssembler.LessonFacts;
import org.ejournal.gradebook.internal.JournalAssembler.MarkFacts;
import org.ejournal.gradebook.internal.JournalAssembler.WorkFacts;

/**
 * The journal grid read in three plain SQL statements on one connection — the hot path of the product
 * (every teacher opens a journal many times a day), so no ORM objects: the header (assignment, class,
 * subject, teacher, period), the students with their stays in the class (for a subgroup assignment only
 * its members), and lessons with works, marks and absences as one UNION ALL. Every statement is scoped
 * by the school; the caller has asked the access policy before.
 */
final class JournalReader {

    static final String HEADER_SQL = "SELECT ta.id, c.id, c.grade, c.letter, sub.id, sub.name, st.id, st.last_name,"
            + " st.first_name, st.middle_name, p.id, p.name, p.start_date, p.end_date, p.final_mark_deadline"
            + " FROM teaching_assignment ta"
            + " JOIN school_class c ON c.id = ta.class_id"
            + " JOIN subject sub ON sub.id = ta.subject_id"
            + " JOIN staff st ON st.id = ta.teacher_id"
            + " LEFT JOIN study_period p ON p.id = ? AND p.academic_year_id = ta.academic_year_id"
            + "   AND p.school_id = ta.school_id"
            + " WHERE ta.id = ? AND ta.school_id = ?";

    static final String STUDENTS_SQL = "SELECT s.id, s.last_name, s.first_name, s.middle_name, e.start_date,"
            + " e.end_date"
            + " FROM teaching_assignment ta"
            + " JOIN enrollment e ON e.class_id = ta.class_id AND e.start_date <= ? AND (e.end_date IS NULL"
            + "   OR e.end_date >= ?)"
            + " JOIN student s ON s.id = e.student_id"
            + " WHERE ta.id = ? AND ta.school_id = ?"
            + "   AND (ta.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_member sm"
            + "     WHERE sm.subgroup_id = ta.subgroup_id AND sm.student_id = s.id))";

    private static final String LESSONS_OF_PERIOD = " FROM lesson l WHERE l.assignment_id = ? AND l.school_id = ?"
            + " AND l.lesson_date BETWEEN ? AND ?";

    static final String CELLS_SQL = "SELECT 0 AS kind, l.id, l.lesson_date, l.lesson_number, l.topic, l.homework,"
            + " w.id AS work_id, w.work_type AS val, w.weight, NULL AS student_id, NULL AS row_id"
            + " FROM lesson l LEFT JOIN work w ON w.lesson_id = l.id"
            + " WHERE l.assignment_id = ? AND l.school_id = ? AND l.lesson_date BETWEEN ? AND ?"
            + " UNION ALL SELECT 1, w.lesson_id, NULL, NULL, NULL, NULL, m.work_id, m.value, NULL, m.student_id, m.id"
            + " FROM mark m JOIN work w ON w.id = m.work_id JOIN lesson l ON l.id = w.lesson_id"
            + " WHERE l.assignment_id = ? AND l.school_id = ? AND l.lesson_date BETWEEN ? AND ?"
            + " UNION ALL SELECT 2, a.lesson_id, NULL, NULL, NULL, NULL, NULL, a.code, NULL, a.student_id, a.id"
            + " FROM attendance a JOIN lesson l ON l.id = a.lesson_id"
            + " WHERE l.assignment_id = ? AND l.school_id = ? AND l.lesson_date BETWEEN ? AND ?";

    private JournalReader() {
    }

    static JournalGrid read(DataSource dataSource, long schoolId, long assignmentId, long periodId) {
        try (Connection c = dataSource.getConnection()) {
            AssignmentSummary assignment;
            StudyPeriodSummary period;
            try (PreparedStatement st = c.prepareStatement(HEADER_SQL)) {
                st.setLong(1, periodId);
                st.setLong(2, assignmentId);
                st.setLong(3, schoolId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("assignment", assignmentId);
                    }
                    assignment = new AssignmentSummary(rs.getLong(1), rs.getLong(2), rs.getInt(3) + rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getLong(7),
                            new PersonName(rs.getString(8), rs.getString(9), rs.getString(10)).full());
                    rs.getLong(11);
                    if (rs.wasNull()) {
                        throw new NotFoundException("studyPeriod", periodId);
                    }
                    period = new StudyPeriodSummary(rs.getLong(11), rs.getString(12), date(rs, 13), date(rs, 14),
                            date(rs, 15));
                }
            }
            Date from = Date.valueOf(period.start());
            Date to = Date.valueOf(period.end());

            List<EnrollmentSpan> spans = new ArrayList<>();
            Map<Long, StudentSummary> students = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement(STUDENTS_SQL)) {
                st.setDate(1, to);
                st.setDate(2, from);
                st.setLong(3, assignmentId);
                st.setLong(4, schoolId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        StudentSummary student = students.get(id);
                        if (student == null) {
                            student = new StudentSummary(id, new PersonName(rs.getString(2), rs.getString(3),
                                    rs.getString(4)));
                            students.put(id, student);
                        }
                        spans.add(new EnrollmentSpan(student, date(rs, 5), date(rs, 6)));
                    }
                }
            }

            Map<Long, LessonBuilder> lessons = new LinkedHashMap<>();
            List<MarkFacts> marks = new ArrayList<>();
            List<AttendanceFacts> attendance = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(CELLS_SQL)) {
                for (int i = 0; i < 3; i++) {
                    st.setLong(4 * i + 1, assignmentId);
                    st.setLong(4 * i + 2, schoolId);
                    st.setDate(4 * i + 3, from);
                    st.setDate(4 * i + 4, to);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        int kind = rs.getInt(1);
                        long lessonId = rs.getLong(2);
                        if (kind == 0) {
                            LessonBuilder lesson = lessons.get(lessonId);
                            if (lesson == null) {
                                lesson = new LessonBuilder(lessonId, date(rs, 3), rs.getInt(4), nullToEmpty(rs.getString(5)),
                                        nullToEmpty(rs.getString(6)));
                                lessons.put(lessonId, lesson);
                            }
                            long workId = rs.getLong(7);
                            if (!rs.wasNull()) {
                                lesson.works.add(new WorkFacts(workId, rs.getString(8), Math.max(rs.getInt(9), 1)));
                            }
                        } else if (kind == 1) {
                            marks.add(new MarkFacts(rs.getLong(11), rs.getLong(7), rs.getLong(10), rs.getString(8)));
                        } else {
                            attendance.add(new AttendanceFacts(lessonId, rs.getLong(10), rs.getString(8)));
                        }
                    }
                }
            }
            List<LessonFacts> lessonFacts = new ArrayList<>(lessons.size());
            for (LessonBuilder l : lessons.values()) {
                lessonFacts.add(new LessonFacts(l.id, l.date, l.number, l.topic, l.homework, l.works));
            }
            return JournalAssembler.assemble(assignment, period, lessonFacts, spans, marks, attendance);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the journal of assignment " + assignmentId + " failed", e);
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final class LessonBuilder {
        final long id;
        final LocalDate date;
        final int number;
        final String topic;
        final String homework;
        final List<WorkFacts> works = new ArrayList<>(2);

        LessonBuilder(long id, LocalDate date, int number, String topic, String homework) {
            this.id = id;
            this.date = date;
            this.number = number;
            this.topic = topic;
            this.homework = homework;
        }
    }
}
