package org.ejournal.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

/**
 * Makes one generated journal exactly {@code students × columns} — the 35 × 70 journal issue 4 names (the
 * demo school's classes hold about 26 students and a quarter about 54 columns): adds students enrolled
 * for the whole period, with marks like their classmates', and second works (weight 2) to lessons until
 * the column count is reached, marked for most of the class. Plain JDBC, seeded randomness.
 */
public final class JournalEnlarger {

    private static final String[] SURNAMES = {"Соколов", "Лебедева", "Новиков", "Морозова", "Волков", "Алексеева",
        "Зайцев", "Павлова", "Семёнов", "Голубева", "Виноградов", "Богданова", "Воробьёв", "Фёдорова"};
    private static final String[] NAMES = {"Илья", "Анна", "Тимофей", "Варвара", "Матвей", "Полина", "Лев", "Алиса"};

    private JournalEnlarger() {
    }

    public static void enlarge(DataSource dataSource, long schoolId, JournalSize journal, int students,
                        int columns) throws SQLException {
        Random random = new Random(35_70);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long classId;
            Date start;
            Date end;
            try (PreparedStatement st = c.prepareStatement("SELECT ta.class_id, p.start_date, p.end_date"
                    + " FROM teaching_assignment ta JOIN study_period p ON p.id = ? WHERE ta.id = ?")) {
                st.setLong(1, journal.periodId());
                st.setLong(2, journal.assignmentId());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    classId = rs.getLong(1);
                    start = rs.getDate(2);
                    end = rs.getDate(3);
                }
            }
            List<Long> newStudents = new ArrayList<>();
            try (PreparedStatement student = c.prepareStatement("INSERT INTO student (school_id, last_name, first_name,"
                    + " middle_name, gender) VALUES (?, ?, ?, '', ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement enrollment = c.prepareStatement("INSERT INTO enrollment (school_id, student_id,"
                         + " class_id, start_date, start_reason) VALUES (?, ?, ?, ?, 'ENROLLED')")) {
                for (int i = journal.students(); i < students; i++) {
                    String surname = SURNAMES[i % SURNAMES.length];
                    student.setLong(1, schoolId);
                    student.setString(2, surname);
                    student.setString(3, NAMES[i % NAMES.length]);
                    student.setString(4, surname.endsWith("а") ? "F" : "M");
                    student.executeUpdate();
                    try (ResultSet keys = student.getGeneratedKeys()) {
                        keys.next();
                        newStudents.add(keys.getLong(1));
                    }
                    enrollment.setLong(1, schoolId);
                    enrollment.setLong(2, newStudents.get(newStudents.size() - 1));
                    enrollment.setLong(3, classId);
                    enrollment.setDate(4, start);
                    enrollment.executeUpdate();
                }
            }
            List<Long> classStudents = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT student_id FROM enrollment WHERE class_id = ?"
                    + " AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)")) {
                st.setLong(1, classId);
                st.setDate(2, end);
                st.setDate(3, start);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        classStudents.add(rs.getLong(1));
                    }
                }
            }
            // Lessons with works first: a second work there adds a column.
            List<Long> lessons = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT l.id FROM lesson l WHERE l.assignment_id = ?"
                    + " AND l.lesson_date BETWEEN ? AND ? ORDER BY (SELECT COUNT(*) FROM work w WHERE w.lesson_id = l.id)"
                    + " DESC, l.lesson_date, l.lesson_number")) {
                st.setLong(1, journal.assignmentId());
                st.setDate(2, start);
                st.setDate(3, end);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        lessons.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement work = c.prepareStatement("INSERT INTO work (school_id, lesson_id, work_type, weight,"
                    + " title) VALUES (?, ?, 'QUIZ', 2, 'Самостоятельная работа')", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement mark = c.prepareStatement("INSERT INTO mark (school_id, work_id, student_id, value)"
                         + " VALUES (?, ?, ?, ?)");
                 PreparedStatement existingWorks = c.prepareStatement("SELECT w.id FROM work w JOIN lesson l ON"
                         + " l.id = w.lesson_id WHERE l.assignment_id = ? AND l.lesson_date BETWEEN ? AND ?")) {
                // The new students' marks on the existing works, about as dense as the class's.
                existingWorks.setLong(1, journal.assignmentId());
                existingWorks.setDate(2, start);
                existingWorks.setDate(3, end);
                try (ResultSet rs = existingWorks.executeQuery()) {
                    while (rs.next()) {
                        long workId = rs.getLong(1);
                        for (long s : newStudents) {
                            if (random.nextInt(100) < 25) {
                                addMark(mark, schoolId, workId, s, random);
                            }
                        }
                    }
                }
                int added = 0;
                for (int i = 0; journal.columns() + added < columns; i++) {
                    if (i >= lessons.size()) {
                        throw new IllegalStateException("too few lessons to reach " + columns + " columns");
                    }
                    work.setLong(1, schoolId);
                    work.setLong(2, lessons.get(i));
                    work.executeUpdate();
                    long workId;
                    try (ResultSet keys = work.getGeneratedKeys()) {
                        keys.next();
                        workId = keys.getLong(1);
                    }
                    for (long s : classStudents) {
                        if (random.nextInt(100) < 85) {
                            addMark(mark, schoolId, workId, s, random);
                        }
                    }
                    added++;
                }
                mark.executeBatch();
            }
            c.commit();
        }
    }

    private static void addMark(PreparedStatement mark, long schoolId, long workId, long studentId, Random random)
            throws SQLException {
        mark.setLong(1, schoolId);
        mark.setLong(2, workId);
        mark.setLong(3, studentId);
        mark.setString(4, String.valueOf(2 + Math.min(3, random.nextInt(5))));
        mark.addBatch();
    }
}
