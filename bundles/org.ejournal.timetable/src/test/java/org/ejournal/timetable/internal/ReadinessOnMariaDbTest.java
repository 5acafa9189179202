package org.ejournal.timetable.internal;

import static org.ejournal.timetable.internal.TimetableTestSupport.actor;
import static org.ejournal.timetable.internal.TimetableTestSupport.exec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.timetable.ReadinessFinding;
import org.ejournal.api.timetable.ReadinessKind;
import org.ejournal.api.timetable.ReadinessReport;
import org.ejournal.api.timetable.TimetableService;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The readiness check on real MariaDB, on 25 August 2026 (the year being planned is 2026/2027), on a fixture
 * built for it: two-schools plus 7В (trimesters, which the year does not have), English group 3 in 5А without
 * members, a slot for 5А mathematics, a cancelled slot for 5А Russian, a second parent (for Белов, without a
 * login), an inactive student, and a student of 5А with a login.
 */
@EJournalDatabase
class ReadinessOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 8, 25);

    static DataSource db;
    static StandaloneStore store;
    static StoreReadinessService readiness;

    @BeforeAll
    static void setUp(DataSource dataSource) {
        TimetableTestSupport.loadTwoSchools(dataSource);
        exec(dataSource,
                "INSERT INTO school_class (id, school_id, academic_year_id, grade, letter, class_teacher_id, period_scheme)"
                        + " VALUES (26, 1, 1, 7, 'В', 104, 'TRIMESTERS')",
                "INSERT INTO subject (id, school_id, name, short_name, sort_order) VALUES (44, 1, 'Английский язык', 'Англ.', 3)",
                "INSERT INTO subgroup (id, school_id, class_id, subject_id, name) VALUES (95, 1, 21, 44, 'группа 3')",
                "INSERT INTO teaching_assignment (id, school_id, academic_year_id, class_id, subgroup_id, subject_id, teacher_id)"
                        + " VALUES (61, 1, 1, 21, 95, 44, 106)",
                "INSERT INTO timetable_slot (school_id, class_id, assignment_id, weekday, lesson_number, valid_from, valid_to)"
                        + " VALUES (1, 21, 51, 1, 1, '2026-09-01', NULL), (1, 21, 52, 2, 1, '2026-09-01', '2026-08-31')",
                "INSERT INTO parent (id, school_id, last_name, first_name, middle_name, gender)"
                        + " VALUES (402, 1, 'Белова', 'Ирина', 'Олеговна', 'F')",
                "INSERT INTO student_parent (school_id, student_id, parent_id, relation) VALUES (1, 302, 402, 'MOTHER')",
                "UPDATE student SET active = FALSE WHERE id = 306",
                "INSERT INTO user_account (id, school_id, login, password_hash, active, student_id)"
                        + " VALUES (20, 1, 'egorov', '$shiro2$test', TRUE, 304), (21, 1, 'elkin', '$shiro2$test', FALSE, 303)");
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        readiness = new StoreReadinessService(store, new DefaultAccessPolicy(store), TimetableTestSupport.clockAt(TODAY));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static List<String> labels(ReadinessReport report, ReadinessKind kind) {
        return report.of(kind).stream().map(ReadinessFinding::label).toList();
    }

    @Test
    void findsWhatIsMissingForTheFirstOfSeptember() {
        ReadinessReport r = readiness.check(actor(store, "zavuch"));
        assertEquals("2026/2027", r.yearName());
        assertEquals(LocalDate.of(2026, 9, 1), r.yearStart());
        assertFalse(r.ready());
        assertEquals(List.of("1А", "10А"), labels(r, ReadinessKind.CLASS_WITHOUT_CLASS_TEACHER));
        assertEquals(List.of("1А", "7В"), labels(r, ReadinessKind.CLASS_WITHOUT_ASSIGNMENTS));
        assertEquals(List.of("7В", "10А"), labels(r, ReadinessKind.CLASS_WITHOUT_STUDENTS));
        assertEquals(List.of("7В"), labels(r, ReadinessKind.CLASS_WITHOUT_PERIODS));
        // 5А mathematics has a slot; the cancelled Russian slot does not count.
        assertEquals(List.of("5А · Английский язык (группа 3) · Орлов Д. А.", "5А · Русский язык · Смирнова О. И.",
                "5Б · Математика · Иванова М. П.", "5Б · Русский язык · Орлов Д. А.", "10А · Математика · Иванова М. П."),
                labels(r, ReadinessKind.ASSIGNMENT_WITHOUT_TIMETABLE));
        assertEquals(List.of("5А · Английский язык (группа 3) · Орлов Д. А."),
                labels(r, ReadinessKind.SUBGROUP_WITHOUT_MEMBERS));
        // Абрамова and Белов have parents; Яковлева (306) is inactive; Абрамов (1А) has Абрамова as mother.
        // Громов (307) is in 5А on 1 September (he moves to 5Б on 11 October).
        assertEquals(List.of("Громов Кирилл Денисович (5А)", "Егоров Максим Олегович (5А)", "Ёлкин Иван Петрович (5А)",
                "Жуков Семён Ильич (5А)", "Васильев Павел (5Б)"), labels(r, ReadinessKind.STUDENT_WITHOUT_PARENTS));
        // Абрамова (account 8) and Егоров (account 20) have logins; Ёлкин's login is inactive.
        assertEquals(List.of("Абрамов Пётр Игоревич (1А)", "Белов Артём (5А)", "Громов Кирилл Денисович (5А)",
                "Ёлкин Иван Петрович (5А)", "Жуков Семён Ильич (5А)", "Васильев Павел (5Б)"),
                labels(r, ReadinessKind.STUDENT_WITHOUT_LOGIN));
        assertEquals(List.of("Белова Ирина Олеговна — Белов А. (5А)"), labels(r, ReadinessKind.PARENT_WITHOUT_LOGIN));
        // Links: each finding names its class.
        ReadinessFinding belov = r.of(ReadinessKind.STUDENT_WITHOUT_LOGIN).get(1);
        assertEquals(302, belov.objectId());
        assertEquals(21, belov.classId());
        // Nothing of the other school.
        assertTrue(r.findings().stream().noneMatch(f -> f.label().contains("Зайцева")));
    }

    @Test
    void aFixedProblemLeavesTheList() {
        exec(db, "INSERT INTO user_account (id, school_id, login, password_hash, active, parent_id)"
                + " VALUES (22, 1, 'belova', '$shiro2$test', TRUE, 402)");
        try {
            assertTrue(readiness.check(actor(store, "director")).of(ReadinessKind.PARENT_WITHOUT_LOGIN).isEmpty());
        } finally {
            exec(db, "DELETE FROM user_account WHERE id = 22");
        }
    }

    @Test
    void onlyTheAdministrationOfTheSchoolChecks() {
        for (String login : List.of("teacher", "klassruk", "admin", "parent")) {
            assertThrows(AccessDeniedException.class, () -> readiness.check(actor(store, login)), login);
        }
        // The other school's director sees her own school: it has no 7В and nothing of school 1.
        ReadinessReport gym = readiness.check(actor(store, "gym-director"));
        assertTrue(gym.findings().stream().allMatch(f -> f.classId() == 0 || f.classId() == 24), gym.toString());
    }

    @Test
    void aSchoolWithoutAComingYearIsToldSo() {
        StoreReadinessService later = new StoreReadinessService(store, new DefaultAccessPolicy(store),
                TimetableTestSupport.clockAt(LocalDate.of(2027, 7, 1)));
        ValidationException e = assertThrows(ValidationException.class, () -> later.check(actor(store, "zavuch")));
        assertEquals(TimetableService.NO_YEAR, e.messageKey());
        assertEquals("В школе нет текущего или предстоящего учебного года.", TimetableTestSupport.russian(e));
    }
}
