package org.ejournal.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.movement.AcademicYearInfo;
import org.ejournal.api.movement.PromotionOptions;
import org.ejournal.api.movement.PromotionPlan;
import org.ejournal.api.movement.PromotionPlan.ClassPlan;
import org.ejournal.api.movement.PromotionPlan.Outcome;
import org.ejournal.api.movement.PromotionPlan.StudentPlan;
import org.ejournal.api.movement.PromotionResult;
import org.ejournal.api.movement.PromotionService;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.ejournal.testsupport.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;

/**
 * The year-end promotion on real MariaDB: the two-schools fixture (2026/2027 of school 1 with 5А, 5Б, 1А
 * and 10А) plus 9А and 11А inserted here. A year is promoted once, so the refusals and the preview run
 * first (they must leave the database as it was), then the promotion, then the second run.
 */
@EJournalDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PromotionOnMariaDbTest {

    static final PromotionOptions OPTIONS = new PromotionOptions(Set.of(354L), Set.of(352L, 355L), Set.of(21L, 27L));

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static DefaultAccessPolicy policy;
    static StorePromotionService promotion;
    static Clock clock = Clock.fixed(LocalDate.of(2027, 6, 20).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @BeforeAll
    static void loadFixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school_class (id, school_id, academic_year_id, grade, letter, class_teacher_id,"
                    + " period_scheme) VALUES (26, 1, 1, 9, 'А', 104, 'QUARTERS'), (27, 1, 1, 11, 'А', 106, 'HALF_YEARS')");
            s.executeUpdate("INSERT INTO student (id, school_id, last_name, first_name, middle_name, gender) VALUES"
                    + " (351, 1, 'Титов', 'Олег', '', 'M'), (352, 1, 'Уварова', 'Нина', '', 'F'),"
                    + " (353, 1, 'Фролов', 'Ян', '', 'M'), (354, 1, 'Хромов', 'Илья', '', 'M'),"
                    + " (355, 1, 'Цветкова', 'Юлия', '', 'F'), (356, 1, 'Чернов', 'Марк', '', 'M')");
            s.executeUpdate("INSERT INTO enrollment (school_id, student_id, class_id, start_date) VALUES"
                    + " (1, 351, 26, '2026-09-01'), (1, 352, 26, '2026-09-01'), (1, 353, 27, '2026-09-01'),"
                    + " (1, 354, 22, '2026-09-01'), (1, 355, 25, '2026-09-01'), (1, 356, 25, '2026-09-01')");
            s.executeUpdate("INSERT INTO holiday (school_id, academic_year_id, kind, name, start_date, end_date) VALUES"
                    + " (1, 1, 'VACATION', 'Осенние каникулы', '2026-10-27', '2026-11-04'),"
                    + " (1, 1, 'HOLIDAY', 'День народного единства', '2026-11-04', '2026-11-04')");
            // English in two subgroups of 5А: subgroups are formed anew, their assignment is not copied.
            s.executeUpdate("INSERT INTO subject (id, school_id, name, short_name, sort_order)"
                    + " VALUES (44, 1, 'Английский язык', 'Англ. яз.', 3)");
            s.executeUpdate("INSERT INTO subgroup (id, school_id, class_id, subject_id, name)"
                    + " VALUES (61, 1, 21, 44, 'группа 1')");
            s.executeUpdate("INSERT INTO teaching_assignment (id, school_id, academic_year_id, class_id, subgroup_id,"
                    + " subject_id, teacher_id) VALUES (58, 1, 1, 21, 61, 44, 106)");
        }
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        policy = new DefaultAccessPolicy(store);
        promotion = new StorePromotionService(store, policy, clock, () -> { });
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static int count(String sql, Object... args) throws SQLException {
        return Sql.count(db, sql, args);
    }

    static String string(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Every row count and every stay, as a refused or previewed promotion must leave them. */
    static String state() throws SQLException {
        return count("SELECT COUNT(*) FROM academic_year") + " years, " + count("SELECT COUNT(*) FROM study_period")
                + " periods, " + count("SELECT COUNT(*) FROM school_class") + " classes, "
                + count("SELECT COUNT(*) FROM teaching_assignment") + " assignments, "
                + count("SELECT COUNT(*) FROM promotion_run") + " runs, " + count("SELECT COUNT(*) FROM audit_event")
                + " audit, " + count("SELECT COUNT(*) FROM holiday") + " holidays, " + string("SELECT GROUP_CONCAT(CONCAT_WS('|', id, student_id, class_id, start_date,"
                + " IFNULL(end_date, '-'), IFNULL(end_reason, '-')) ORDER BY id) FROM enrollment");
    }

    static void refused(String key, Executable call) throws SQLException {
        String before = state();
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey());
        assertEquals(before, state(), "nothing written");
    }

    static Map<Long, StudentPlan> students(PromotionPlan plan) {
        return plan.classes().stream().flatMap(c -> c.students().stream())
                .collect(Collectors.toMap(StudentPlan::studentId, s -> s));
    }

    @Test
    @Order(1)
    void thePreviewShowsWhatWillHappenAndWritesNothing() throws SQLException {
        String before = state();
        PromotionPlan plan = promotion.preview(actor("zavuch"), 1, OPTIONS);
        assertEquals(before, state());
        assertEquals("2027/2028", plan.toYearName());
        assertEquals(LocalDate.of(2027, 9, 1), plan.toYearStart());
        assertEquals(LocalDate.of(2028, 5, 31), plan.toYearEnd());
        assertFalse(plan.toYearExists());
        assertEquals(6, plan.periods().size(), "quarters and half-years");
        assertEquals(List.of("Осенние каникулы 2027-10-27–2027-11-04", "День народного единства 2027-11-04–2027-11-04"),
                plan.holidays().stream().map(h -> h.name() + " " + h.start() + "–" + h.end()).toList());
        assertEquals(List.of("1А→2А", "5А→6А", "5Б→6Б", "9А→10А", "10А→11А", "11А→null"), plan.classes().stream()
                .map(c -> c.name() + "→" + c.toName()).toList());
        Map<Long, StudentPlan> students = students(plan);
        assertEquals(new StudentPlan(301, students.get(301L).name(), Outcome.PROMOTED, "6А"), students.get(301L));
        assertEquals(Outcome.GRADUATED, students.get(352L).outcome(), "a grade 9 leaver completes basic education");
        assertEquals(Outcome.GRADUATED, students.get(353L).outcome());
        assertEquals(new StudentPlan(354, students.get(354L).name(), Outcome.REPEATS, "5Б"), students.get(354L));
        assertEquals(Outcome.LEAVES, students.get(355L).outcome());
        assertEquals("11А", students.get(356L).toClass());
        assertFalse(students.containsKey(306L), "who left during the year is not promoted");
        assertEquals(10, plan.count(Outcome.PROMOTED));
        ClassPlan fiveA = plan.classes().get(1);
        assertEquals(2, fiveA.assignments(), "whole-class assignments: the subgroup's English is not copied");
        assertTrue(fiveA.copyAssignments());
        assertFalse(plan.classes().get(5).copyAssignments(), "graduates' class has nothing to copy to");
    }

    @Test
    @Order(2)
    void badOptionsAreRefusedWithNothingWritten() throws SQLException {
        Actor zavuch = actor("zavuch");
        refused(PromotionService.REPEATER_AND_LEAVER, () -> promotion.promote(zavuch, 1,
                new PromotionOptions(Set.of(354L), Set.of(354L), Set.of())));
        refused(PromotionService.NOT_IN_YEAR, () -> promotion.promote(zavuch, 1,
                new PromotionOptions(Set.of(306L), Set.of(), Set.of())));
        refused(PromotionService.NOT_IN_YEAR, () -> promotion.promote(zavuch, 1,
                new PromotionOptions(Set.of(), Set.of(321L), Set.of())));
        refused(PromotionService.CLASS_NOT_IN_YEAR, () -> promotion.promote(zavuch, 1,
                new PromotionOptions(Set.of(), Set.of(), Set.of(29L))));
        refused(PromotionService.NOT_IN_YEAR, () -> promotion.preview(zavuch, 1,
                new PromotionOptions(Set.of(999L), Set.of(), Set.of())));
        String before = state();
        assertThrows(NotFoundException.class, () -> promotion.promote(zavuch, 3, PromotionOptions.none()),
                "another school's year");
        for (String login : List.of("teacher", "klassruk", "admin", "parent", "student")) {
            assertThrows(AccessDeniedException.class, () -> promotion.promote(actor(login), 1, OPTIONS), login);
            assertThrows(AccessDeniedException.class, () -> promotion.preview(actor(login), 1, OPTIONS), login);
            assertThrows(AccessDeniedException.class, () -> promotion.years(actor(login)), login);
        }
        assertEquals(before, state());
    }

    @Test
    @Order(3)
    void aRunThatLosesTheRaceWritesNothing() throws SQLException {
        // Another node promotes the other school's year between our checks and our write: the unique key
        // of promotion_run refuses our transaction, which is rolled back whole.
        StorePromotionService racing = new StorePromotionService(store, policy, clock, () -> {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO promotion_run (school_id, from_year_id, to_year_id) VALUES (2, 3, 3)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        String before = state();
        ValidationException e = assertThrows(ValidationException.class,
                () -> racing.promote(actor("gym-director"), 3, PromotionOptions.none()));
        assertEquals(PromotionService.ALREADY_PROMOTED, e.messageKey());
        assertEquals("2026/2027", e.arguments()[0]);
        assertEquals(0, count("SELECT COUNT(*) FROM academic_year WHERE school_id = 2 AND name = '2027/2028'"));
        assertEquals(0, count("SELECT COUNT(*) FROM school_class WHERE school_id = 2 AND grade = 6"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 321 AND end_date IS NULL"
                + " AND class_id = 24"), "the stay is not ended");
        // Only the other node's row was added.
        assertEquals(before.replaceFirst("(\\d+) runs", (count("SELECT COUNT(*) FROM promotion_run") - 1) + " runs"),
                state().replaceFirst("(\\d+) runs", (count("SELECT COUNT(*) FROM promotion_run") - 1) + " runs"));
    }

    @Test
    @Order(4)
    void thePromotionMovesEveryClassUpAndKeepsTheHistory() throws SQLException {
        PromotionResult result = promotion.promote(actor("zavuch"), 1, OPTIONS);
        assertEquals("2027/2028", result.toYearName());
        assertEquals(6, result.classesCreated(), "2А, 6А, 6Б, 10А, 11А and 5Б for the repeater");
        assertEquals(6, result.periodsCreated());
        assertEquals(2, result.holidaysCreated());
        assertEquals(10, result.promoted());
        assertEquals(2, result.graduated());
        assertEquals(1, result.repeaters());
        assertEquals(1, result.left());
        assertEquals(2, result.assignmentsCopied(), "5А's mathematics and Russian to 6А, not the subgroup's English");

        long year = result.toYearId();
        assertEquals(1, count("SELECT COUNT(*) FROM academic_year WHERE id = ? AND school_id = 1 AND name = '2027/2028'"
                + " AND start_date = '2027-09-01' AND end_date = '2028-05-31'", year));
        assertEquals(1, count("SELECT COUNT(*) FROM study_period WHERE academic_year_id = ? AND scheme = 'QUARTERS'"
                + " AND ordinal = 1 AND name = 'I четверть' AND start_date = '2027-09-01' AND end_date = '2027-10-26'"
                + " AND final_mark_deadline = '2027-10-29'", year));
        assertEquals(1, count("SELECT COUNT(*) FROM study_period WHERE academic_year_id = ? AND scheme = 'HALF_YEARS'"
                + " AND ordinal = 2 AND final_mark_deadline = '2028-05-28'", year));
        assertEquals(1, count("SELECT COUNT(*) FROM holiday WHERE academic_year_id = ? AND kind = 'VACATION'"
                + " AND name = 'Осенние каникулы' AND start_date = '2027-10-27' AND end_date = '2027-11-04'", year));
        assertEquals("105", string("SELECT class_teacher_id FROM school_class WHERE academic_year_id = ? AND grade = 6"
                + " AND letter = 'А'", year), "the class teacher goes with the class");
        assertEquals("104", string("SELECT class_teacher_id FROM school_class WHERE academic_year_id = ? AND grade = 10",
                year));
        assertEquals("HALF_YEARS", string("SELECT period_scheme FROM school_class WHERE academic_year_id = ?"
                + " AND grade = 11", year));
        assertEquals(null, string("SELECT class_teacher_id FROM school_class WHERE academic_year_id = ? AND grade = 5"
                + " AND letter = 'Б'", year), "a class made for a repeater has no class teacher yet");
        assertEquals(6, count("SELECT COUNT(*) FROM school_class WHERE academic_year_id = ?", year));
        assertEquals("41/104/1.0,42/105/1.0", string("SELECT GROUP_CONCAT(CONCAT(a.subject_id, '/', a.teacher_id, '/',"
                + " a.hours_per_week) ORDER BY a.subject_id) FROM teaching_assignment a JOIN school_class c"
                + " ON c.id = a.class_id WHERE a.academic_year_id = ? AND c.grade = 6 AND c.letter = 'А'", year));
        assertEquals(2, count("SELECT COUNT(*) FROM teaching_assignment WHERE academic_year_id = ?", year));

        // Stays: old ones end on 31.05.2027, new ones start on 01.09.2027; nothing deleted.
        assertEquals("6А|PROMOTED|5А", string("SELECT CONCAT(c.grade, c.letter, '|', e.start_reason, '|', e.start_note)"
                + " FROM enrollment e JOIN school_class c ON c.id = e.class_id WHERE e.student_id = 301"
                + " AND e.end_date IS NULL AND e.start_date = '2027-09-01'"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 301 AND class_id = 21"
                + " AND end_date = '2027-05-31' AND end_reason = 'PROMOTED' AND end_note = '6А'"));
        assertEquals(3, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 301"), "4А, 5А, 6А");
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 353 AND end_reason = 'GRADUATED'"
                + " AND end_date = '2027-05-31'"));
        assertEquals(0, count("SELECT COUNT(*) FROM enrollment WHERE student_id IN (352, 353, 355) AND end_date IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 352 AND end_reason = 'GRADUATED'"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 355 AND end_reason = 'LEFT'"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment e JOIN school_class c ON c.id = e.class_id"
                + " WHERE e.student_id = 354 AND e.end_date IS NULL AND c.academic_year_id = ? AND c.grade = 5"
                + " AND c.letter = 'Б'", year));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 354 AND class_id = 22"
                + " AND end_cause = 'REPEATS'"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment e JOIN school_class c ON c.id = e.class_id"
                + " WHERE e.student_id = 356 AND e.end_date IS NULL AND c.grade = 11"));
        assertEquals(0, count("SELECT COUNT(*) FROM enrollment e JOIN school_class c ON c.id = e.class_id"
                + " WHERE c.academic_year_id = 1 AND e.end_date IS NULL"), "nobody left open in the old year");
        assertEquals(1, count("SELECT COUNT(*) FROM promotion_run WHERE school_id = 1 AND from_year_id = 1"
                + " AND to_year_id = ? AND run_by = 3", year));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'academic_year' AND entity_id = 1"
                + " AND action = 'PROMOTE'"));
        assertTrue(promotion.years(actor("director")).stream().anyMatch(y -> y.id() == 1 && y.promoted()));
    }

    @Test
    @Order(5)
    void runningItTwiceDoesNotPromoteTwice() throws SQLException {
        Actor director = actor("director");
        refused(PromotionService.ALREADY_PROMOTED, () -> promotion.promote(director, 1, OPTIONS));
        refused(PromotionService.ALREADY_PROMOTED, () -> promotion.preview(director, 1, PromotionOptions.none()));
        assertEquals(1, count("SELECT COUNT(*) FROM academic_year WHERE school_id = 1 AND name = '2027/2028'"));
    }

    @Test
    @Order(6)
    void anEarlierYearGoesIntoTheExistingNextYearAndItsClasses() throws SQLException {
        // 2025/2026 → 2026/2027, which exists with its periods and 5А: nothing is created twice; 4А's
        // mathematics (teacher 104) is already taught in 5А, so it is not copied again.
        Actor zavuch = actor("zavuch");
        PromotionPlan plan = promotion.preview(zavuch, 2, new PromotionOptions(Set.of(), Set.of(), Set.of(29L)));
        assertTrue(plan.toYearExists());
        assertTrue(plan.periods().isEmpty());
        assertTrue(plan.holidays().isEmpty(), "2026/2027 has its own holidays");
        assertTrue(plan.classes().get(0).toExists());
        int classes = count("SELECT COUNT(*) FROM school_class");
        PromotionResult result = promotion.promote(zavuch, 2, new PromotionOptions(Set.of(), Set.of(), Set.of(29L)));
        assertEquals(1, result.toYearId());
        assertEquals(0, result.classesCreated());
        assertEquals(0, result.periodsCreated());
        assertEquals(0, result.holidaysCreated());
        assertEquals(0, result.assignmentsCopied());
        assertEquals(classes, count("SELECT COUNT(*) FROM school_class"));
        List<AcademicYearInfo> years = promotion.years(zavuch);
        assertEquals(List.of("2027/2028", "2026/2027", "2025/2026"), years.stream().map(AcademicYearInfo::name).toList());
        assertEquals(List.of(false, true, true), years.stream().map(AcademicYearInfo::promoted).toList());
    }
}
