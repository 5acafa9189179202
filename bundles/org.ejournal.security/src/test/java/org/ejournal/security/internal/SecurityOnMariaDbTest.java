package org.ejournal.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.security.AccountCredentials;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access policy and the account service on real MariaDB with the two-schools fixture: actors are
 * built from the accounts, facts come from the tables.
 */
@EJournalDatabase
class SecurityOnMariaDbTest {

    // Fixture ids: school 1 classes 21 (5А, class teacher 105), 22 (5Б, class teacher 106);
    // assignments 51 (5А math, teacher 104), 52 (5А Russian, 105), 53 (5Б Russian, 106), 54 (5Б math, 104).
    // School 2: class 24, assignment 55.
    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static DefaultAccessPolicy policy;

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        policy = new DefaultAccessPolicy(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    @Test
    void findsCredentialsCaseInsensitively() {
        AccountCredentials director = accounts.findCredentials("DIRECTOR").orElseThrow();
        assertEquals(2, director.accountId());
        assertEquals("director", director.login());
        assertEquals("$shiro2$test", director.passwordHash());
        assertTrue(director.active());

        AccountCredentials tutor = accounts.findCredentials("tutor").orElseThrow();
        assertEquals("Tutor", tutor.login());
        assertFalse(tutor.active());

        assertTrue(accounts.findCredentials("nobody").isEmpty());
        assertTrue(accounts.findCredentials("").isEmpty());
        assertTrue(accounts.findCredentials(null).isEmpty());
    }

    @Test
    void actorCarriesRolesPersonAndSchool() {
        Actor klassruk = actor("klassruk");
        assertEquals(5, klassruk.accountId());
        assertEquals(1, klassruk.schoolId());
        assertEquals(Set.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), klassruk.roles());
        assertEquals(105L, klassruk.staffId());
        assertNull(klassruk.studentId());
        assertEquals("Смирнова Ольга Ивановна", klassruk.displayName());

        Actor student = actor("student");
        assertEquals(Set.of(Role.STUDENT), student.roles());
        assertEquals(301L, student.studentId());
        assertEquals("Абрамова Софья Игоревна", student.displayName());

        Actor gymTeacher = actor("gym-teacher");
        assertEquals(2, gymTeacher.schoolId());
    }

    @Test
    void parentActorListsTheChildren() {
        Actor parent = actor("parent");
        assertEquals(Set.of(Role.PARENT), parent.roles());
        assertEquals(401L, parent.parentId());
        assertEquals(Set.of(301L, 312L), parent.childStudentIds());
        assertEquals("Абрамова Наталья Викторовна", parent.displayName());
    }

    @Test
    void unknownAccountIsNotFound() {
        assertThrows(NotFoundException.class, () -> accounts.actor(999));
    }

    @Test
    void journalsAreReadByTheirTeacherTheClassTeacherAndTheAdministration() {
        assertTrue(policy.allows(actor("teacher"), Operation.ASSIGNMENT_JOURNAL_READ, 51));
        assertTrue(policy.allows(actor("klassruk"), Operation.ASSIGNMENT_JOURNAL_READ, 51));
        assertTrue(policy.allows(actor("klassruk"), Operation.ASSIGNMENT_JOURNAL_READ, 52));
        assertTrue(policy.allows(actor("director"), Operation.ASSIGNMENT_JOURNAL_READ, 53));
        assertTrue(policy.allows(actor("zavuch"), Operation.ASSIGNMENT_JOURNAL_READ, 53));
    }

    @Test
    void journalsAreRefusedToOtherTeachersTheAdminParentsAndStudents() {
        assertFalse(policy.allows(actor("teacher"), Operation.ASSIGNMENT_JOURNAL_READ, 53));
        assertFalse(policy.allows(actor("teacher"), Operation.ASSIGNMENT_JOURNAL_READ, 52));
        assertFalse(policy.allows(actor("orlov"), Operation.ASSIGNMENT_JOURNAL_READ, 51));
        assertFalse(policy.allows(actor("klassruk"), Operation.ASSIGNMENT_JOURNAL_READ, 53));
        assertFalse(policy.allows(actor("admin"), Operation.ASSIGNMENT_JOURNAL_READ, 51));
        assertFalse(policy.allows(actor("parent"), Operation.ASSIGNMENT_JOURNAL_READ, 51));
        assertFalse(policy.allows(actor("student"), Operation.ASSIGNMENT_JOURNAL_READ, 51));
        assertFalse(policy.allows(actor("teacher"), Operation.ASSIGNMENT_JOURNAL_READ, 9999));
    }

    @Test
    void nobodyCrossesSchools() {
        Actor director = actor("director");
        assertFalse(policy.allows(director, Operation.ASSIGNMENT_JOURNAL_READ, 55));
        assertFalse(policy.allows(director, Operation.CLASS_ROSTER_READ, 24));
        assertFalse(policy.allows(director, Operation.SCHOOL_READ, 2));
        assertFalse(policy.allows(director, Operation.REPORT_RUN, 2));
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> policy.check(director, Operation.ASSIGNMENT_JOURNAL_READ, 55));
        assertEquals("error.accessDenied", e.messageKey());

        Actor gymDirector = actor("gym-director");
        assertTrue(policy.allows(gymDirector, Operation.ASSIGNMENT_JOURNAL_READ, 55));
        assertFalse(policy.allows(gymDirector, Operation.ASSIGNMENT_JOURNAL_READ, 51));
        assertFalse(policy.allows(gymDirector, Operation.CLASS_ROSTER_READ, 21));
        // The foreign school's class teacher of its own 5А (class 24) gets nothing of our 5А (class 21).
        assertFalse(policy.allows(actor("gym-teacher"), Operation.CLASS_ROSTER_READ, 21));
    }

    @Test
    void classListsAreReadByTeachersOfTheClassAndTheSchoolsStaffInCharge() {
        assertTrue(policy.allows(actor("teacher"), Operation.CLASS_ROSTER_READ, 21));
        assertTrue(policy.allows(actor("teacher"), Operation.CLASS_ROSTER_READ, 22));
        assertTrue(policy.allows(actor("klassruk"), Operation.CLASS_ROSTER_READ, 21));
        assertFalse(policy.allows(actor("klassruk"), Operation.CLASS_ROSTER_READ, 22));
        assertTrue(policy.allows(actor("orlov"), Operation.CLASS_ROSTER_READ, 22));
        assertFalse(policy.allows(actor("orlov"), Operation.CLASS_ROSTER_READ, 21));
        assertTrue(policy.allows(actor("admin"), Operation.CLASS_ROSTER_READ, 23));
        assertFalse(policy.allows(actor("teacher"), Operation.CLASS_ROSTER_READ, 23));
        assertFalse(policy.allows(actor("parent"), Operation.CLASS_ROSTER_READ, 21));
    }

    @Test
    void reportsAreForStaffAndSchedulesForTheAdministration() {
        assertTrue(policy.allows(actor("teacher"), Operation.REPORT_RUN, 1));
        assertFalse(policy.allows(actor("parent"), Operation.REPORT_RUN, 1));
        assertTrue(policy.allows(actor("admin"), Operation.REPORT_SCHEDULE_MANAGE, 1));
        assertFalse(policy.allows(actor("teacher"), Operation.REPORT_SCHEDULE_MANAGE, 1));
        assertTrue(policy.allows(actor("zavuch"), Operation.SCHOOL_READ, 1));
        assertFalse(policy.allows(actor("admin"), Operation.SCHOOL_READ, 1));
    }

    @Test
    void peopleAreManagedByTheirClassTeacherAndTheAdministrationOnly() {
        // 301 is in 5А (class teacher klassruk = 105) today; parent 401 represents 301 and 312 (1А).
        assertTrue(policy.allows(actor("klassruk"), Operation.STUDENT_DATA_MANAGE, 301));
        assertTrue(policy.allows(actor("klassruk"), Operation.PARENT_DATA_MANAGE, 401));
        assertTrue(policy.allows(actor("klassruk"), Operation.CLASS_PEOPLE_MANAGE, 21));
        assertFalse(policy.allows(actor("klassruk"), Operation.CLASS_PEOPLE_MANAGE, 22));
        assertFalse(policy.allows(actor("klassruk"), Operation.STUDENT_DATA_MANAGE, 311), "5Б's student");
        assertFalse(policy.allows(actor("klassruk"), Operation.STUDENT_DATA_MANAGE, 306), "left 5А on 01.10");
        assertTrue(policy.allows(actor("orlov"), Operation.STUDENT_DATA_MANAGE, 307), "transferred to 5Б");
        assertFalse(policy.allows(actor("klassruk"), Operation.STUDENT_DATA_MANAGE, 307));
        assertTrue(policy.allows(actor("zavuch"), Operation.STUDENT_DATA_MANAGE, 312));
        assertTrue(policy.allows(actor("director"), Operation.PARENT_DATA_MANAGE, 401));
        assertFalse(policy.allows(actor("admin"), Operation.STUDENT_DATA_MANAGE, 301), "staff and accounts only");
        assertTrue(policy.allows(actor("admin"), Operation.STAFF_DATA_MANAGE, 1));
        assertFalse(policy.allows(actor("klassruk"), Operation.STAFF_DATA_MANAGE, 1));
        assertFalse(policy.allows(actor("teacher"), Operation.STUDENT_DATA_MANAGE, 301));
        assertFalse(policy.allows(actor("parent"), Operation.STUDENT_DATA_MANAGE, 301));
        assertFalse(policy.allows(actor("student"), Operation.STUDENT_DATA_MANAGE, 301));
        assertFalse(policy.allows(actor("gym-director"), Operation.STUDENT_DATA_MANAGE, 301));
        assertFalse(policy.allows(actor("director"), Operation.STUDENT_DATA_MANAGE, 321));
        assertFalse(policy.allows(actor("director"), Operation.STUDENT_DATA_MANAGE, 9999));
    }

    @Test
    void aSubstituteReadsTheJournalOnceAnActiveSubstitutionHasStarted() throws java.sql.SQLException {
        // orlov (106) teaches 5Б and is its class teacher: 5А mathematics (51) is not his.
        Actor orlov = actor("orlov");
        assertFalse(policy.allows(orlov, Operation.ASSIGNMENT_JOURNAL_READ, 51));
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            try {
                s.executeUpdate("INSERT INTO substitution (school_id, assignment_id, substitute_id, start_date, end_date)"
                        + " VALUES (1, 51, 106, CURDATE() + INTERVAL 1 DAY, CURDATE() + INTERVAL 5 DAY)");
                s.executeUpdate("INSERT INTO substitution (school_id, assignment_id, substitute_id, start_date, end_date,"
                        + " cancelled_at) VALUES (1, 51, 106, CURDATE(), CURDATE(), NOW(3))");
                assertFalse(policy.allows(orlov, Operation.ASSIGNMENT_JOURNAL_READ, 51),
                        "future and cancelled substitutions give no rights");
                s.executeUpdate("INSERT INTO substitution (school_id, assignment_id, substitute_id, start_date, end_date)"
                        + " VALUES (1, 51, 106, CURDATE() - INTERVAL 2 DAY, CURDATE())");
                assertTrue(policy.allows(orlov, Operation.ASSIGNMENT_JOURNAL_READ, 51), "started, last day today");
                assertFalse(policy.allows(orlov, Operation.ASSIGNMENT_JOURNAL_READ, 56), "only the substituted journal");
                assertFalse(policy.allows(actor("gym-teacher"), Operation.ASSIGNMENT_JOURNAL_READ, 51));
            } finally {
                s.executeUpdate("DELETE FROM substitution");
            }
        }
    }

    @Test
    void schoolSetupIsForTheDeputyAndTheDirectorOfTheSchool() {
        assertTrue(policy.allows(actor("zavuch"), Operation.SCHOOL_SETUP_MANAGE, 1));
        assertTrue(policy.allows(actor("director"), Operation.SCHOOL_SETUP_MANAGE, 1));
        assertFalse(policy.allows(actor("admin"), Operation.SCHOOL_SETUP_MANAGE, 1));
        assertFalse(policy.allows(actor("klassruk"), Operation.SCHOOL_SETUP_MANAGE, 1));
        assertFalse(policy.allows(actor("gym-director"), Operation.SCHOOL_SETUP_MANAGE, 1));
    }
}
