package org.ejournal.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.ValidationException;
import org.ejournal.api.school.StaffInfo;
import org.ejournal.api.school.StaffingService;
import org.ejournal.api.school.StudentTutors;
import org.ejournal.api.school.TutorAssignmentInfo;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Tutor assignments (tutor_student) on real MariaDB, two-schools fixture: staff 107 'Tutor' holds TUTOR
 * through account 9, which the fixture leaves inactive (activated here for all but the first test's
 * refusal); 5А = 21 (301..305 enrolled today), 5Б = 22 (307, 311); 321 is of school 2. Each refusal writes
 * nothing (no row, no audit).
 */
@EJournalDatabase
class TutorsOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreStaffingService staffing;

    @BeforeAll
    static void loadFixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
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

    static void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static String one(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    static String tableState() throws SQLException {
        return one("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(end_date IS NULL), 0), '/', COALESCE(MAX(end_date), '-'))"
                + " FROM tutor_student") + " audit " + one("SELECT COUNT(*) FROM audit_event");
    }

    static ValidationException refused(String key, Executable call) throws SQLException {
        String before = tableState();
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(before, tableState(), "nothing written");
        return e;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theDeputyAssignsATutorWhoThenReadsTheStudentAndEndsTheRowWhichIsKept() throws SQLException {
        Actor zavuch = actor("zavuch");
        exec("UPDATE user_account SET active = FALSE WHERE id = 9");
        assertEquals(List.of(), staffing.tutors(zavuch), "an inactive account gives no tutor");
        refused(StaffingService.NOT_A_TUTOR, () -> staffing.assignTutor(zavuch, 107, 302, d("2026-11-20")));
        exec("UPDATE user_account SET active = TRUE WHERE id = 9");
        assertEquals(List.of(107L), staffing.tutors(zavuch).stream().map(StaffInfo::id).toList());

        TutorAssignmentInfo row = staffing.assignTutor(zavuch, 107, 302, d("2026-11-20"));
        assertEquals(107, row.tutorId());
        assertEquals("Белов Артём", row.studentName().full());
        assertEquals(d("2026-11-20"), row.start());
        assertNull(row.end());
        assertEquals("1", one("SELECT COUNT(*) FROM tutor_student WHERE tutor_id = 107 AND student_id = 302"
                + " AND start_date = '2026-11-20' AND end_date IS NULL"));
        assertEquals("3 INSERT", one("SELECT CONCAT(account_id, ' ', action) FROM audit_event"
                + " WHERE entity = 'tutor_student' AND entity_id = ?", row.id()));

        List<StudentTutors> fiveA = staffing.tutorAssignments(zavuch, 21);
        assertEquals(List.of("Абрамова", "Белов", "Егоров", "Ёлкин", "Жуков"),
                fiveA.stream().map(t -> t.student().name().lastName()).toList(), "today's class in Russian order");
        assertEquals(List.of(row), fiveA.get(1).assignments());
        assertEquals(List.of(), fiveA.get(0).assignments());

        TutorAssignmentInfo ended = staffing.endTutor(zavuch, row.id(), d("2026-12-28"));
        assertEquals(d("2026-12-28"), ended.end());
        assertEquals("2026-12-28", one("SELECT end_date FROM tutor_student WHERE id = ?", row.id()));
        assertEquals("2026-12-28", one("SELECT new_value FROM audit_event WHERE entity = 'tutor_student'"
                + " AND entity_id = ? AND action = 'UPDATE' AND field = 'end_date'", row.id()));
        refused(StaffingService.TUTOR_ENDED, () -> staffing.endTutor(zavuch, row.id(), d("2026-12-29")));

        // After the end, the same tutor may follow the student again from a later day.
        TutorAssignmentInfo again = staffing.assignTutor(actor("director"), 107, 302, d("2027-01-12"));
        assertEquals(List.of(again, ended), staffing.tutorAssignments(zavuch, 21).get(1).assignments(),
                "latest start first; the ended row stays");
    }

    @Test
    void everyRuleIsCheckedAndARefusalWritesNothing() throws SQLException {
        Actor zavuch = actor("zavuch");
        exec("UPDATE user_account SET active = TRUE WHERE id = 9");
        refused(StaffingService.NOT_A_TUTOR, () -> staffing.assignTutor(zavuch, 104, 303, d("2026-11-20")));
        refused(StaffingService.NOT_A_TUTOR, () -> staffing.assignTutor(zavuch, 201, 303, d("2026-11-20")));
        refused(StaffingService.TUTOR_STUDENT_UNKNOWN, () -> staffing.assignTutor(zavuch, 107, 321, d("2026-11-20")));
        refused(StaffingService.TUTOR_STUDENT_UNKNOWN, () -> staffing.assignTutor(zavuch, 107, 999, d("2026-11-20")));
        refused(StaffingService.TUTOR_DATES_INVALID, () -> staffing.assignTutor(zavuch, 107, 303, null));
        refused(StaffingService.TUTOR_DATES_INVALID, () -> staffing.assignTutor(zavuch, 107, 303, d("2027-07-01")));

        TutorAssignmentInfo open = staffing.assignTutor(zavuch, 107, 303, d("2026-10-01"));
        ValidationException overlap = refused(StaffingService.TUTOR_OVERLAP,
                () -> staffing.assignTutor(zavuch, 107, 303, d("2026-11-20")));
        assertEquals(List.of("01.10.2026", "…"), List.of(overlap.arguments()));
        refused(StaffingService.TUTOR_OVERLAP, () -> staffing.assignTutor(zavuch, 107, 303, d("2026-09-01")));
        refused(StaffingService.TUTOR_DATES_INVALID, () -> staffing.endTutor(zavuch, open.id(), d("2026-09-30")));
        refused(StaffingService.TUTOR_DATES_INVALID, () -> staffing.endTutor(zavuch, open.id(), d("2027-07-01")));
        refused(StaffingService.TUTOR_DATES_INVALID, () -> staffing.endTutor(zavuch, open.id(), null));
        staffing.endTutor(zavuch, open.id(), d("2026-10-31"));
        refused(StaffingService.TUTOR_OVERLAP, () -> staffing.assignTutor(zavuch, 107, 303, d("2026-10-31")));
        assertTrue(staffing.assignTutor(zavuch, 107, 303, d("2026-11-01")).id() > open.id());
    }

    @Test
    void onlyTheDeputyAndTheDirectorOfTheSchoolMayAndAForeignRowIsNotFound() throws SQLException {
        exec("UPDATE user_account SET active = TRUE WHERE id = 9");
        String before = tableState();
        for (String login : List.of("teacher", "klassruk", "admin", "Tutor", "parent")) {
            Actor a = actor(login);
            assertThrows(AccessDeniedException.class, () -> staffing.assignTutor(a, 107, 304, d("2026-11-20")), login);
            assertThrows(AccessDeniedException.class, () -> staffing.tutorAssignments(a, 21), login);
            assertThrows(AccessDeniedException.class, () -> staffing.tutors(a), login);
        }
        assertEquals(before, tableState());
        TutorAssignmentInfo row = staffing.assignTutor(actor("zavuch"), 107, 304, d("2026-11-20"));
        Actor gymDirector = actor("gym-director");
        assertThrows(NotFoundException.class, () -> staffing.endTutor(gymDirector, row.id(), d("2026-11-30")));
        assertThrows(NotFoundException.class, () -> staffing.tutorAssignments(gymDirector, 21));
        assertThrows(AccessDeniedException.class, () -> staffing.endTutor(actor("teacher"), row.id(), d("2026-11-30")));
        assertNull(one("SELECT end_date FROM tutor_student WHERE id = ?", row.id()));
    }

    @Test
    void anAssignedTutorReadsTheStudentsDiary() throws SQLException {
        exec("UPDATE user_account SET active = TRUE WHERE id = 9");
        DefaultAccessPolicy policy = new DefaultAccessPolicy(store);
        Actor tutor = actor("Tutor");
        assertFalse(policy.allows(tutor, Operation.STUDENT_DIARY_READ, 305), "not assigned yet");
        // From the first day of the year: active on the real today the diary rule uses.
        staffing.assignTutor(actor("zavuch"), 107, 305, d("2026-09-01"));
        assertTrue(policy.allows(tutor, Operation.STUDENT_DIARY_READ, 305));
    }
}
