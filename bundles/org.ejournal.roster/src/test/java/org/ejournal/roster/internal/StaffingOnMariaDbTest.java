package org.ejournal.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.api.school.AssignmentEdit;
import org.ejournal.api.school.AssignmentInfo;
import org.ejournal.api.school.ClassEdit;
import org.ejournal.api.school.ClassInfo;
import org.ejournal.api.school.PeriodScheme;
import org.ejournal.api.school.StaffingService;
import org.ejournal.api.school.SubgroupInfo;
import org.ejournal.api.school.SubjectInfo;
import org.ejournal.api.school.SubstitutionInfo;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.ejournal.testsupport.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Classes, subjects, assignments, subgroups and substitutions on real MariaDB (two-schools fixture:
 * 5А = 21 (class teacher 105), 5Б = 22, assignments 51 (5А math, 104, with lessons) ...; staff 201 is of
 * school 2; a deactivated teacher 108 is added here). Each refusal leaves the table as it was.
 */
@EJournalDatabase
class StaffingOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreStaffingService staffing;

    @BeforeAll
    static void loadFixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO staff (id, school_id, last_name, first_name, middle_name, gender, position, active)"
                    + " VALUES (108, 1, 'Уволенная', 'Нина', '', 'F', 'учитель', FALSE)");
        }
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        staffing = new StoreStaffingService(store, new DefaultAccessPolicy(store),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
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

    static ValidationException refused(String key, String table, Executable call) throws SQLException {
        int before = count("SELECT COUNT(*) FROM " + table);
        int audits = count("SELECT COUNT(*) FROM audit_event");
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(before, count("SELECT COUNT(*) FROM " + table), "nothing written to " + table);
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_event"), "no audit row for a refusal");
        return e;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    @Test
    void classesHaveAGradeALetterUniquePerYearAndAnActiveClassTeacher() throws SQLException {
        Actor zavuch = actor("zavuch");
        ClassInfo sixV = staffing.createClass(zavuch, 1, new ClassEdit(6, " в ", 104L, null));
        assertEquals("6В", sixV.name());
        assertEquals(PeriodScheme.QUARTERS, sixV.scheme());
        assertEquals("Иванова Мария Петровна", sixV.classTeacherName());
        refused(StaffingService.GRADE_INVALID, "school_class", () -> staffing.createClass(zavuch, 1, new ClassEdit(12, "А", null, null)));
        refused(StaffingService.GRADE_INVALID, "school_class", () -> staffing.createClass(zavuch, 1, new ClassEdit(0, "А", null, null)));
        refused(StaffingService.LETTER_INVALID, "school_class", () -> staffing.createClass(zavuch, 1, new ClassEdit(6, "1", null, null)));
        refused(StaffingService.LETTER_INVALID, "school_class", () -> staffing.createClass(zavuch, 1, new ClassEdit(6, "АБВГ", null, null)));
        ValidationException taken = refused(StaffingService.CLASS_EXISTS, "school_class",
                () -> staffing.createClass(zavuch, 1, new ClassEdit(5, "а", null, null)));
        assertEquals("5А", taken.arguments()[0]);
        refused(StaffingService.STAFF_INACTIVE, "school_class", () -> staffing.createClass(zavuch, 1, new ClassEdit(6, "Г", 108L, null)));
        refused(StaffingService.STAFF_INACTIVE, "school_class", () -> staffing.createClass(zavuch, 1, new ClassEdit(6, "Г", 201L, null)));
        // The same class name is free in another year.
        assertEquals("6В", staffing.createClass(zavuch, 2, new ClassEdit(6, "В", null, PeriodScheme.TRIMESTERS)).name());

        ClassInfo changed = staffing.updateClass(zavuch, sixV.id(), new ClassEdit(6, "В", 106L, PeriodScheme.HALF_YEARS));
        assertEquals(106L, changed.classTeacherId());
        assertEquals(PeriodScheme.HALF_YEARS, changed.scheme());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'school_class' AND entity_id = ?"
                + " AND field = 'class_teacher_id' AND old_value = '104' AND new_value = '106'", sixV.id()));
        refused(StaffingService.CLASS_EXISTS, "audit_event",
                () -> staffing.updateClass(zavuch, sixV.id(), new ClassEdit(5, "Б", 104L, null)));
        assertEquals(1, count("SELECT COUNT(*) FROM school_class WHERE id = ? AND grade = 6 AND class_teacher_id = 106",
                sixV.id()), "nothing half-written");

        List<ClassInfo> classes = staffing.classes(zavuch, 1);
        assertEquals(List.of("1А", "5А", "5Б", "6В", "10А"), classes.stream().map(ClassInfo::name).toList());
        assertEquals(5, classes.get(1).studentCount(), "5А today: 301–305 (306 left, 307 moved to 5Б)");
    }

    @Test
    void subjectsHaveUniqueNames() throws SQLException {
        Actor zavuch = actor("zavuch");
        SubjectInfo history = staffing.createSubject(zavuch, "История", "");
        assertEquals("История", history.shortName());
        assertEquals(history.sortOrder(), staffing.subjects(zavuch).stream().mapToInt(SubjectInfo::sortOrder).max().orElseThrow(),
                "sorted last");
        assertTrue(history.sortOrder() > 2);
        refused(StaffingService.SUBJECT_EXISTS, "subject", () -> staffing.createSubject(zavuch, "математика", "Мат."));
        refused(StaffingService.SUBJECT_NAME_REQUIRED, "subject", () -> staffing.createSubject(zavuch, " ", "x"));
        refused(StaffingService.SUBJECT_NAME_REQUIRED, "subject",
                () -> staffing.createSubject(zavuch, "Физика", "Очень длинное сокращение предмета"));
        assertEquals("Ист.", staffing.updateSubject(zavuch, history.id(), "История", "Ист.").shortName());
        assertTrue(staffing.subjects(zavuch).stream().anyMatch(s -> s.name().equals("История")));
        assertFalse(staffing.subjects(actor("gym-director")).stream().anyMatch(s -> s.name().equals("История")));
    }

    @Test
    void subgroupsSplitAClassForASubjectAndAStudentIsInOneOfThemOnly() throws SQLException {
        Actor zavuch = actor("zavuch");
        long english = staffing.createSubject(zavuch, "Английский язык", "Англ.").id();
        SubgroupInfo g1 = staffing.createSubgroup(zavuch, 21, english, "группа 1");
        SubgroupInfo g2 = staffing.createSubgroup(zavuch, 21, english, "группа 2");
        refused(StaffingService.SUBGROUP_NAME_INVALID, "subgroup", () -> staffing.createSubgroup(zavuch, 21, english, "Группа 1"));
        refused(StaffingService.SUBGROUP_NAME_INVALID, "subgroup", () -> staffing.createSubgroup(zavuch, 21, english, " "));

        SubgroupInfo filled = staffing.setMembers(zavuch, g1.id(), Set.of(302L, 301L), null);
        assertEquals(List.of(301L, 302L), filled.members().stream().map(StudentSummary::id).toList(), "Russian order");
        staffing.setMembers(zavuch, g2.id(), Set.of(303L, 304L, 305L), null);

        ValidationException twice = refused(StaffingService.MEMBER_IN_OTHER_SUBGROUP, "subgroup_member",
                () -> staffing.setMembers(zavuch, g2.id(), Set.of(303L, 301L), null));
        assertEquals("Абрамова Софья Игоревна", twice.arguments()[0]);
        assertEquals("группа 1", twice.arguments()[1]);
        refused(StaffingService.MEMBER_NOT_ENROLLED, "subgroup_member",
                () -> staffing.setMembers(zavuch, g2.id(), Set.of(303L, 311L), null)); // 311 is in 5Б
        refused(StaffingService.MEMBER_NOT_ENROLLED, "subgroup_member",
                () -> staffing.setMembers(zavuch, g2.id(), Set.of(306L), null)); // left 5А on 01.10
        refused(StaffingService.MEMBER_NOT_ENROLLED, "subgroup_member",
                () -> staffing.setMembers(zavuch, g2.id(), Set.of(321L), null)); // another school's student
        assertEquals(3, count("SELECT COUNT(*) FROM subgroup_member WHERE subgroup_id = ?", g2.id()));
        // Before her departure she could be placed (members as of a date of the I quarter).
        staffing.setMembers(zavuch, g2.id(), Set.of(303L, 304L, 305L, 306L), d("2026-09-20"));

        // Moving 305 between groups: out of one, then into the other, each change audited.
        staffing.setMembers(zavuch, g2.id(), Set.of(303L, 304L), null);
        SubgroupInfo moved = staffing.setMembers(zavuch, g1.id(), Set.of(301L, 302L, 305L), null);
        assertEquals(3, moved.members().size());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'subgroup' AND entity_id = ?"
                + " AND action = 'DELETE' AND old_value LIKE '305 %'", g2.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'subgroup' AND entity_id = ?"
                + " AND action = 'INSERT' AND new_value = '305 Жуков Семён Ильич'", g1.id()));

        // A subgroup taught by an assignment stays active; without one it may be deactivated, and then
        // takes no members and no assignment.
        SubgroupInfo spare = staffing.createSubgroup(zavuch, 21, english, "группа 3");
        staffing.deactivateSubgroup(zavuch, spare.id());
        refused(StaffingService.SUBGROUP_MISMATCH, "subgroup_member",
                () -> staffing.setMembers(zavuch, spare.id(), Set.of(304L), null));
        refused(StaffingService.SUBGROUP_MISMATCH, "teaching_assignment",
                () -> staffing.createAssignment(zavuch, new AssignmentEdit(21, spare.id(), english, 106, h("2"))));
        AssignmentInfo a = staffing.createAssignment(zavuch, new AssignmentEdit(21, g1.id(), english, 106, h("1.5")));
        refused(StaffingService.SUBGROUP_IN_USE, "audit_event", () -> staffing.deactivateSubgroup(zavuch, g1.id()));
        List<SubgroupInfo> groups = staffing.subgroups(zavuch, 21);
        assertEquals(List.of("группа 1", "группа 2", "группа 3"), groups.stream().map(SubgroupInfo::name).toList());
        assertFalse(groups.get(2).active());
        assertEquals("5А · Английский язык · группа 1", a.label());
    }

    @Test
    void assignmentsNeedValidHoursAnActiveTeacherAndAreNotRepeated() throws SQLException {
        Actor zavuch = actor("zavuch");
        long physics = staffing.createSubject(zavuch, "Физика", "Физ.").id();
        String table = "teaching_assignment";
        for (String bad : List.of("0", "0.25", "40.5", "-1", "1.3")) {
            refused(StaffingService.HOURS_INVALID, table,
                    () -> staffing.createAssignment(zavuch, new AssignmentEdit(22, null, physics, 104, h(bad))));
        }
        refused(StaffingService.HOURS_INVALID, table,
                () -> staffing.createAssignment(zavuch, new AssignmentEdit(22, null, physics, 104, null)));
        refused(StaffingService.STAFF_INACTIVE, table,
                () -> staffing.createAssignment(zavuch, new AssignmentEdit(22, null, physics, 108, h("2"))));
        refused(StaffingService.STAFF_INACTIVE, table,
                () -> staffing.createAssignment(zavuch, new AssignmentEdit(22, null, physics, 201, h("2"))));
        assertThrows(NotFoundException.class,
                () -> staffing.createAssignment(zavuch, new AssignmentEdit(24, null, physics, 104, h("2"))));
        AssignmentInfo a = staffing.createAssignment(zavuch, new AssignmentEdit(22, null, physics, 104, h("0.5")));
        assertEquals(0, h("0.5").compareTo(a.hoursPerWeek()));
        assertEquals(1, a.yearId(), "the class's year");
        AssignmentInfo max = staffing.createAssignment(zavuch, new AssignmentEdit(21, null, physics, 104, h("40")));
        assertEquals(0, h("40").compareTo(max.hoursPerWeek()));
        ValidationException again = refused(StaffingService.ASSIGNMENT_EXISTS, table,
                () -> staffing.createAssignment(zavuch, new AssignmentEdit(22, null, physics, 106, h("2"))));
        assertEquals("5Б · Физика", again.arguments()[0]);
        // A subgroup of another class (or subject) does not fit.
        long english = staffing.createSubject(zavuch, "Английский (5Б)", "Англ.").id();
        long g = staffing.createSubgroup(zavuch, 21, english, "группа 1").id();
        refused(StaffingService.SUBGROUP_MISMATCH, table,
                () -> staffing.createAssignment(zavuch, new AssignmentEdit(22, g, english, 104, h("2"))));
        refused(StaffingService.SUBGROUP_MISMATCH, table,
                () -> staffing.createAssignment(zavuch, new AssignmentEdit(21, g, physics, 104, h("2"))));

        AssignmentInfo changed = staffing.updateAssignment(zavuch, a.id(), 106, h("2.5"));
        assertEquals(106, changed.teacherId());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'teaching_assignment' AND entity_id = ?"
                + " AND field = 'teacher_id' AND old_value = '104' AND new_value = '106'", a.id()));
        refused(StaffingService.STAFF_INACTIVE, "audit_event", () -> staffing.updateAssignment(zavuch, a.id(), 108, h("3")));
        refused(StaffingService.HOURS_INVALID, "audit_event", () -> staffing.updateAssignment(zavuch, a.id(), 104, h("41")));
        assertEquals(1, count("SELECT COUNT(*) FROM teaching_assignment WHERE id = ? AND teacher_id = 106"
                + " AND hours_per_week = 2.5", a.id()), "nothing half-written");

        // 51 has lessons: it stays; the new one has nothing yet and may go (audited).
        ValidationException inUse = refused(StaffingService.ASSIGNMENT_IN_USE, table,
                () -> staffing.removeAssignment(zavuch, 51));
        assertEquals("5А · Математика", inUse.arguments()[0]);
        staffing.removeAssignment(zavuch, max.id());
        assertEquals(0, count("SELECT COUNT(*) FROM teaching_assignment WHERE id = ?", max.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'teaching_assignment' AND entity_id = ?"
                + " AND action = 'DELETE' AND old_value LIKE '5А · Физика, Иванова Мария Петровна, 40%'", max.id()));
        List<AssignmentInfo> fiveB = staffing.assignments(zavuch, 22);
        assertEquals(List.of("Математика", "Русский язык", "Физика"), fiveB.stream().map(AssignmentInfo::subjectName).toList());
    }

    @Test
    void substitutionsStayInsideTheYearDoNotOverlapAndAreCancelledNeverDeleted() throws SQLException {
        Actor zavuch = actor("zavuch");
        String table = "substitution";
        SubstitutionInfo sick = staffing.createSubstitution(zavuch, 52, 106, d("2026-11-16"), d("2026-11-20"), " больничный ");
        assertEquals("больничный", sick.reason());
        assertEquals(1, count("SELECT COUNT(*) FROM substitution WHERE id = ? AND created_by = 3", sick.id()));
        ValidationException overlap = refused(StaffingService.SUBSTITUTION_OVERLAP, table,
                () -> staffing.createSubstitution(zavuch, 52, 104, d("2026-11-20"), d("2026-11-27"), ""));
        assertEquals("Орлов Дмитрий Андреевич", overlap.arguments()[0]);
        assertEquals("16.11.2026", overlap.arguments()[1]);
        refused(StaffingService.SUBSTITUTE_IS_TEACHER, table,
                () -> staffing.createSubstitution(zavuch, 52, 105, d("2026-12-01"), d("2026-12-02"), ""));
        refused(StaffingService.STAFF_INACTIVE, table,
                () -> staffing.createSubstitution(zavuch, 52, 108, d("2026-12-01"), d("2026-12-02"), ""));
        refused(StaffingService.SUBSTITUTION_DATES_INVALID, table,
                () -> staffing.createSubstitution(zavuch, 52, 104, d("2027-05-25"), d("2027-06-05"), ""));
        refused(StaffingService.SUBSTITUTION_DATES_INVALID, table,
                () -> staffing.createSubstitution(zavuch, 52, 104, d("2026-12-02"), d("2026-12-01"), ""));
        refused(StaffingService.SUBSTITUTION_DATES_INVALID, table,
                () -> staffing.createSubstitution(zavuch, 52, 104, null, d("2026-12-01"), ""));
        refused(StaffingService.REASON_TOO_LONG, table,
                () -> staffing.createSubstitution(zavuch, 52, 104, d("2026-12-01"), d("2026-12-02"), "x".repeat(301)));
        assertThrows(NotFoundException.class,
                () -> staffing.createSubstitution(zavuch, 55, 104, d("2026-12-01"), d("2026-12-02"), ""));
        // Another assignment of the same days is independent.
        staffing.createSubstitution(zavuch, 53, 104, d("2026-11-16"), d("2026-11-20"), "");

        SubstitutionInfo cancelled = staffing.cancelSubstitution(zavuch, sick.id());
        assertTrue(cancelled.cancelled());
        assertEquals(1, count("SELECT COUNT(*) FROM substitution WHERE id = ? AND cancelled_by = 3", sick.id()),
                "kept, marked cancelled");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'substitution' AND entity_id = ?"
                + " AND field = 'cancelled_at'", sick.id()));
        refused(StaffingService.SUBSTITUTION_CANCELLED, "audit_event", () -> staffing.cancelSubstitution(zavuch, sick.id()));
        // Once cancelled, the dates are free for another substitute.
        SubstitutionInfo replacement = staffing.createSubstitution(zavuch, 52, 104, d("2026-11-18"), d("2026-11-20"), "");
        assertNull(replacement.cancelledAt());
        List<SubstitutionInfo> list = staffing.substitutions(zavuch, 1);
        assertEquals(3, list.size());
        assertEquals(replacement.id(), list.get(0).id(), "latest start first");
        assertNotNull(list.stream().filter(SubstitutionInfo::cancelled).findFirst().orElse(null));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'teaching_assignment' AND entity_id = 52"
                + " AND field = 'substitution' AND new_value = 'substitute 104, 2026-11-18..2026-11-20'"));
    }

    @Test
    void onlyTheAdministrationOfTheSchoolStaffsIt() throws SQLException {
        for (String login : List.of("admin", "teacher", "klassruk", "parent", "student")) {
            Actor someone = actor(login);
            assertThrows(AccessDeniedException.class, () -> staffing.classes(someone, 1), login);
            assertThrows(AccessDeniedException.class,
                    () -> staffing.createClass(someone, 1, new ClassEdit(9, "Я", null, null)), login);
            assertThrows(AccessDeniedException.class,
                    () -> staffing.createSubstitution(someone, 51, 106, d("2026-12-01"), d("2026-12-02"), ""), login);
            assertThrows(AccessDeniedException.class, () -> staffing.removeAssignment(someone, 56), login);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM school_class WHERE grade = 9"));
        Actor gymDirector = actor("gym-director");
        assertThrows(NotFoundException.class, () -> staffing.classes(gymDirector, 1));
        assertThrows(NotFoundException.class, () -> staffing.assignments(gymDirector, 21));
        assertThrows(NotFoundException.class, () -> staffing.cancelSubstitution(gymDirector, 1));
        assertThrows(NotFoundException.class,
                () -> staffing.createSubstitution(gymDirector, 51, 201, d("2026-12-01"), d("2026-12-02"), ""));
        assertEquals(List.of("Волков Игорь Николаевич", "Морозова Татьяна Юрьевна"),
                staffing.staff(gymDirector).stream().map(s -> s.name().full()).toList());
        assertFalse(staffing.staff(actor("director")).stream().anyMatch(s -> s.id() == 108), "deactivated staff not offered");
    }
}
