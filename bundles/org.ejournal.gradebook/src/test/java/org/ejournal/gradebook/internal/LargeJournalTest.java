package org.ejournal.gradebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import javax.sql.DataSource;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size the journal is built for: 30 students × 60 lessons (a tenth of them with two works), marks in
 * about half of the cells, a few absences. Prints warm timings of {@code journal()}; the assertion
 * is generous so a busy build machine does not fail it, the printed median is the figure to watch.
 */
@EJournalDatabase
class LargeJournalTest {

    static final int STUDENTS = 30;
    static final int LESSONS = 60;
    static StandaloneStore store;
    static StoreGradebookService gradebook;
    static final Actor TEACHER = new Actor(1, 1, "teacher", "Учитель", Set.of(Role.SUBJECT_TEACHER), 10L, null,
            null, null);

    @BeforeAll
    static void generate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            exec(c, "INSERT INTO school (id, name, short_name) VALUES (1, 'Школа', 'Школа')");
            exec(c, "INSERT INTO academic_year (id, school_id, name, start_date, end_date)"
                    + " VALUES (1, 1, '2026/2027', '2026-09-01', '2027-05-31')");
            exec(c, "INSERT INTO study_period (id, school_id, academic_year_id, ordinal, name, start_date, end_date,"
                    + " final_mark_deadline) VALUES (1, 1, 1, 1, 'I полугодие', '2026-09-01', '2026-12-28', '2026-12-31')");
            exec(c, "INSERT INTO staff (id, school_id, last_name, first_name, gender, position)"
                    + " VALUES (10, 1, 'Учитель', 'Учитель', 'F', 'учитель')");
            exec(c, "INSERT INTO school_class (id, school_id, academic_year_id, grade, letter, class_teacher_id)"
                    + " VALUES (1, 1, 1, 7, 'А', 10)");
            exec(c, "INSERT INTO subject (id, school_id, name, short_name) VALUES (1, 1, 'Алгебра', 'Алг.')");
            exec(c, "INSERT INTO teaching_assignment (id, school_id, academic_year_id, class_id, subject_id, teacher_id)"
                    + " VALUES (1, 1, 1, 1, 1, 10)");
            try (PreparedStatement st = c.prepareStatement("INSERT INTO student (id, school_id, last_name, first_name,"
                    + " gender) VALUES (?, 1, ?, ?, 'M')");
                 PreparedStatement en = c.prepareStatement("INSERT INTO enrollment (school_id, student_id, class_id,"
                         + " start_date) VALUES (1, ?, 1, '2026-09-01')")) {
                for (int s = 1; s <= STUDENTS; s++) {
                    st.setLong(1, s);
                    st.setString(2, "Фамилия" + (char) ('А' + s % 30));
                    st.setString(3, "Имя" + s);
                    st.addBatch();
                    en.setLong(1, s);
                    en.addBatch();
                }
                st.executeBatch();
                en.executeBatch();
            }
            long workId = 0;
            long markId = 0;
            try (PreparedStatement le = c.prepareStatement("INSERT INTO lesson (id, school_id, assignment_id,"
                    + " lesson_date, lesson_number, teacher_id, topic, homework) VALUES (?, 1, 1, ?, 2, 10, ?, ?)");
                 PreparedStatement wo = c.prepareStatement("INSERT INTO work (id, school_id, lesson_id, work_type,"
                         + " weight) VALUES (?, 1, ?, ?, ?)");
                 PreparedStatement ma = c.prepareStatement("INSERT INTO mark (id, school_id, work_id, student_id,"
                         + " value) VALUES (?, 1, ?, ?, ?)");
                 PreparedStatement at = c.prepareStatement("INSERT INTO attendance (school_id, lesson_id, student_id,"
                         + " code) VALUES (1, ?, ?, 'Н')")) {
                LocalDate day = LocalDate.of(2026, 9, 1);
                for (int l = 1; l <= LESSONS; l++) {
                    le.setLong(1, l);
                    le.setDate(2, Date.valueOf(day.plusDays(l)));
                    le.setString(3, "Тема урока " + l);
                    le.setString(4, "№ " + l);
                    le.addBatch();
                    int works = l % 10 == 0 ? 2 : 1;
                    for (int w = 0; w < works; w++) {
                        workId++;
                        wo.setLong(1, workId);
                        wo.setLong(2, l);
                        wo.setString(3, w == 0 ? "ANSWER" : "TEST");
                        wo.setInt(4, w == 0 ? 1 : 2);
                        wo.addBatch();
                        for (int s = 1; s <= STUDENTS; s++) {
                            if ((s + l + w) % 2 == 0) {
                                markId++;
                                ma.setLong(1, markId);
                                ma.setLong(2, workId);
                                ma.setLong(3, s);
                                ma.setString(4, String.valueOf(2 + (s * l + w) % 4));
                                ma.addBatch();
                            }
                        }
                    }
                    for (int s = 1; s <= STUDENTS; s++) {
                        if ((s * 7 + l) % 20 == 0) {
                            at.setLong(1, l);
                            at.setLong(2, s);
                            at.addBatch();
                        }
                    }
                }
                le.executeBatch();
                wo.executeBatch();
                ma.executeBatch();
                at.executeBatch();
            }
            c.commit();
        }
        store = StoreRuntimes.create(dataSource);
        gradebook = new StoreGradebookService(store, new DefaultAccessPolicy(store));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void thirtyBySixtyJournalHoldsEveryStudentAndEveryColumn() {
        // Timing of this size lives in bench/ (JournalBench); a test only checks what a user sees.
        JournalGrid grid = gradebook.journal(TEACHER, 1, 1);
        assertEquals(STUDENTS, grid.rows().size());
        assertEquals(LESSONS + LESSONS / 10, grid.columns().size());
        assertTrue(grid.rows().stream().allMatch(r -> r.cells().size() == grid.columns().size()),
                "every row has a cell per column");
    }
}
