package org.ejournal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default demo school on real MariaDB: generated once for the class, then inspected. */
@EJournalDatabase
class DemoSchoolGeneratorTest {

    static DemoSummary summary;
    static DataSource db;

    @BeforeAll
    static void generateDefaultSchool(DataSource dataSource) {
        db = dataSource;
        assertTrue(DemoSchoolGenerator.isEmpty(dataSource));
        summary = DemoSchoolGenerator.generate(dataSource,
                DemoSize.defaults().withToday(LocalDate.of(2026, 11, 29)));
        System.out.println("DEFAULT SIZE (700 students, 8 weeks): " + summary);
    }

    @Test
    void countsArePlausibleForASchoolOf700() {
        assertFalse(DemoSchoolGenerator.isEmpty(db));
        assertEquals(1, summary.count("school"));
        assertEquals(700, summary.count("student"));
        assertEquals(27, summary.count("school_class"));
        assertEquals(4, summary.count("study_period"));
        assertBetween(50, 70, summary.count("staff"), "staff");
        assertBetween(800, 1300, summary.count("parent"), "parents (1–2 per family, families with siblings)");
        assertBetween(5000, 7500, summary.count("lesson"), "lessons in 8 weeks");
        assertBetween(25_000, 80_000, summary.count("mark"), "marks");
        assertEquals(summary.count("staff") + 3, summary.count("user_account"),
                "every staff member + parent + student + the municipal ruo");
    }

    @Test
    void aboutEightyFivePercentOfStudentsHaveAConsentAndOnlyTheyHavePersonalData() throws SQLException {
        long withConsent = longValue("SELECT COUNT(DISTINCT student_id) FROM consent WHERE withdrawn_at IS NULL");
        assertBetween(560, 630, withConsent, "students with an active consent (≈ 85 % of 700)");
        assertEquals(0, longValue("SELECT COUNT(*) FROM student s WHERE (s.birth_date IS NOT NULL"
                + " OR s.address IS NOT NULL OR s.document IS NOT NULL OR s.health_group IS NOT NULL)"
                + " AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.student_id = s.id AND c.withdrawn_at IS NULL)"),
                "personal fields only with a consent (152-ФЗ)");
        assertEquals(0, longValue("SELECT COUNT(*) FROM consent c WHERE NOT EXISTS (SELECT 1 FROM student_parent sp"
                + " WHERE sp.student_id = c.student_id AND sp.parent_id = c.parent_id)"), "given by a representative");
        assertEquals(withConsent, longValue("SELECT COUNT(*) FROM student WHERE birth_date IS NOT NULL"));
    }

    @Test
    void timetableHoldsEveryWeeklyHourWithoutTeacherClashes() throws SQLException {
        assertEquals(longValue("SELECT SUM(hours_per_week) FROM teaching_assignment"),
                longValue("SELECT COUNT(*) FROM timetable_slot"));
        long clashes = longValue("SELECT COUNT(*) FROM (SELECT a.teacher_id, t.weekday, t.lesson_number"
                + " FROM timetable_slot t JOIN teaching_assignment a ON a.id = t.assignment_id"
                + " GROUP BY a.teacher_id, t.weekday, t.lesson_number HAVING COUNT(*) > 1) clash");
        System.out.println("teacher clashes in the timetable: " + clashes);
        // The greedy timetable with swaps leaves a handful; more than 1 % of slots would be a regression.
        assertTrue(clashes <= summary.count("timetable_slot") / 100, "clashes: " + clashes);
    }

    @Test
    void gradeOneHasLessonsAndTopicsButNoMarksAndNoHomework() throws SQLException {
        assertEquals(0, longValue("SELECT COUNT(*) FROM mark m JOIN work w ON w.id = m.work_id"
                + " JOIN lesson l ON l.id = w.lesson_id JOIN teaching_assignment a ON a.id = l.assignment_id"
                + " JOIN school_class c ON c.id = a.class_id WHERE c.grade = 1"));
        assertEquals(0, longValue("SELECT COUNT(*) FROM lesson l JOIN teaching_assignment a ON a.id = l.assignment_id"
                + " JOIN school_class c ON c.id = a.class_id WHERE c.grade = 1 AND l.homework <> ''"));
        assertTrue(longValue("SELECT COUNT(*) FROM lesson l JOIN teaching_assignment a ON a.id = l.assignment_id"
                + " JOIN school_class c ON c.id = a.class_id WHERE c.grade = 1 AND l.topic <> ''") > 300);
    }

    @Test
    void marksFollowTheUsualDistribution() throws SQLException {
        Map<String, Long> byValue = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value, COUNT(*) FROM mark GROUP BY value")) {
            while (rs.next()) {
                byValue.put(rs.getString(1), rs.getLong(2));
            }
        }
        double total = byValue.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("marks by value: " + byValue);
        assertBetween(25, 35, Math.round(100 * byValue.get("5") / total), "% of 5");
        assertBetween(35, 45, Math.round(100 * byValue.get("4") / total), "% of 4");
        assertBetween(20, 30, Math.round(100 * byValue.get("3") / total), "% of 3");
        assertBetween(2, 8, Math.round(100 * byValue.get("2") / total), "% of 2");
    }

    @Test
    void aboutFivePercentOfStudentLessonsAreAbsences() throws SQLException {
        long studentLessons = longValue("SELECT COUNT(*) FROM lesson l JOIN teaching_assignment a ON a.id = l.assignment_id"
                + " JOIN enrollment e ON e.class_id = a.class_id AND e.start_date <= l.lesson_date"
                + " AND (e.end_date IS NULL OR e.end_date >= l.lesson_date)");
        long absences = longValue("SELECT COUNT(*) FROM attendance");
        double percent = 100.0 * absences / studentLessons;
        System.out.printf("absences: %d of %d student-lessons = %.1f %%%n", absences, studentLessons, percent);
        assertTrue(percent > 3 && percent < 7, "absence rate " + percent);
        assertEquals(4, longValue("SELECT COUNT(DISTINCT code) FROM attendance"), "codes Н, Б, УП, ОП");
        assertEquals(0, longValue("SELECT COUNT(*) FROM attendance t JOIN lesson l ON l.id = t.lesson_id"
                + " JOIN teaching_assignment a ON a.id = l.assignment_id"
                + " LEFT JOIN enrollment e ON e.student_id = t.student_id AND e.class_id = a.class_id"
                + " AND e.start_date <= l.lesson_date AND (e.end_date IS NULL OR e.end_date >= l.lesson_date)"
                + " WHERE e.id IS NULL"), "attendance only for students enrolled on the lesson's date");
    }

    @Test
    void namedAccountsExistWithTheirRolesAndTheDemoPassword() throws SQLException {
        Map<String, String> expected = Map.of("admin", "TECH_ADMIN", "director", "DIRECTOR", "zavuch", "DEPUTY_DIRECTOR",
                "teacher", "SUBJECT_TEACHER", "klassruk", "CLASS_TEACHER,SUBJECT_TEACHER", "tutor", "TUTOR",
                "parent", "PARENT", "student", "STUDENT", "ruo", "MUNICIPAL");
        DefaultPasswordService passwords = new DefaultPasswordService();
        for (Map.Entry<String, String> account : expected.entrySet()) {
            assertEquals(account.getValue(), string("SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM user_account u"
                    + " JOIN account_role r ON r.account_id = u.id WHERE u.login = '" + account.getKey() + "'"),
                    account.getKey());
            String hash = string("SELECT password_hash FROM user_account WHERE login = '" + account.getKey() + "'");
            assertTrue(passwords.passwordsMatch("demo", hash), account.getKey() + " logs in with 'demo'");
        }
        assertEquals(1, longValue("SELECT COUNT(DISTINCT password_hash) FROM user_account"), "hash computed once");
        assertEquals(0, longValue("SELECT COUNT(*) FROM user_account u WHERE NOT EXISTS"
                + " (SELECT 1 FROM account_role r WHERE r.account_id = u.id)"), "every account has a role");
        assertEquals(1, longValue("SELECT COUNT(*) FROM user_account WHERE login = 'ruo' AND staff_id IS NULL"
                + " AND student_id IS NULL AND parent_id IS NULL"), "the municipal specialist is no person of the school");
    }

    @Test
    void teacherTeachesMathematicsIn5A5B6AAndMore() throws SQLException {
        List<String> classes = strings("SELECT DISTINCT CONCAT(c.grade, c.letter) FROM user_account u"
                + " JOIN teaching_assignment a ON a.teacher_id = u.staff_id JOIN school_class c ON c.id = a.class_id"
                + " JOIN subject s ON s.id = a.subject_id WHERE u.login = 'teacher' AND s.name = 'Математика'");
        assertTrue(classes.containsAll(List.of("5А", "5Б", "6А")), classes.toString());
        assertTrue(longValue("SELECT COUNT(*) FROM user_account u JOIN teaching_assignment a ON a.teacher_id = u.staff_id"
                + " WHERE u.login = 'teacher'") > 3, "and more");
    }

    @Test
    void klassrukIsClassTeacherOf5AAndTeachesItRussian() throws SQLException {
        assertEquals("5А", string("SELECT CONCAT(c.grade, c.letter) FROM user_account u"
                + " JOIN school_class c ON c.class_teacher_id = u.staff_id WHERE u.login = 'klassruk'"));
        assertEquals(1, longValue("SELECT COUNT(*) FROM user_account u JOIN teaching_assignment a ON a.teacher_id = u.staff_id"
                + " JOIN school_class c ON c.id = a.class_id JOIN subject s ON s.id = a.subject_id"
                + " WHERE u.login = 'klassruk' AND c.grade = 5 AND c.letter = 'А' AND s.name = 'Русский язык'"));
    }

    @Test
    void parentHasChildrenIn5AAnd2BAndStudentIsTheOneIn5A() throws SQLException {
        List<String> children = strings("SELECT CONCAT(c.grade, c.letter) FROM user_account u"
                + " JOIN student_parent sp ON sp.parent_id = u.parent_id JOIN enrollment e ON e.student_id = sp.student_id"
                + " JOIN school_class c ON c.id = e.class_id WHERE u.login = 'parent' ORDER BY c.grade DESC");
        assertEquals(List.of("5А", "2Б"), children);
        assertEquals(1, longValue("SELECT COUNT(*) FROM user_account s JOIN user_account p ON p.login = 'parent'"
                + " JOIN student_parent sp ON sp.student_id = s.student_id AND sp.parent_id = p.parent_id"
                + " JOIN enrollment e ON e.student_id = s.student_id JOIN school_class c ON c.id = e.class_id"
                + " WHERE s.login = 'student' AND c.grade = 5 AND c.letter = 'А'"));
    }

    @Test
    void tutorFollowsFourStudentsOf5AIncludingTheNamedStudent() throws SQLException {
        assertEquals(List.of("5А", "5А", "5А", "5А"), strings("SELECT CONCAT(c.grade, c.letter) FROM user_account u"
                + " JOIN tutor_student t ON t.tutor_id = u.staff_id AND t.end_date IS NULL"
                + " JOIN enrollment e ON e.student_id = t.student_id JOIN school_class c ON c.id = e.class_id"
                + " WHERE u.login = 'tutor'"));
        assertEquals(1, longValue("SELECT COUNT(*) FROM user_account u JOIN user_account s ON s.login = 'student'"
                + " JOIN tutor_student t ON t.tutor_id = u.staff_id AND t.student_id = s.student_id WHERE u.login = 'tutor'"));
    }

    @Test
    void namesHaveMatchingGenderForms() throws SQLException {
        assertEquals(0, longValue("SELECT COUNT(*) FROM student WHERE gender = 'F' AND middle_name NOT LIKE '%на'"));
        assertEquals(0, longValue("SELECT COUNT(*) FROM student WHERE gender = 'M' AND middle_name NOT LIKE '%ич'"));
        assertEquals(0, longValue("SELECT COUNT(*) FROM student WHERE gender = 'F' AND last_name LIKE '%ов'"));
        assertTrue(longValue("SELECT COUNT(*) FROM (SELECT parent_id FROM student_parent GROUP BY parent_id"
                + " HAVING COUNT(*) > 1) siblings") > 30, "some parents have several children at school");
    }

    private static void assertBetween(long low, long high, long actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in " + low + ".." + high);
    }

    private static long longValue(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
