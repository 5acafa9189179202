package org.ejournal.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.people.ClassStudentConsent;
import org.ejournal.api.people.ConsentRecord;
import org.ejournal.api.people.PeopleService;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.people.PersonSummary;
import org.ejournal.api.people.PersonalData;
import org.ejournal.api.people.StudentEdit;
import org.ejournal.api.people.StudentRecord;
import org.ejournal.api.roster.PersonName;
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

/**
 * People and consent on real MariaDB: two-schools fixture plus a second parent (402, mother of Ёлкин
 * 303) inserted here. Each test works on its own students, so the order of tests does not matter.
 */
@EJournalDatabase
class PeopleOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final PersonalData DATA = new PersonalData(LocalDate.of(2015, 3, 4), "г. Тверь, ул. Советская, д. 1, кв. 2",
            "+7 900 000-00-01", "свидетельство о рождении II-ОН 123456", 2);

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StorePeopleService people;

    @BeforeAll
    static void loadFixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO parent (id, school_id, last_name, first_name, middle_name, gender)"
                    + " VALUES (402, 1, 'Ёлкина', 'Вера', 'Павловна', 'F')");
            s.executeUpdate("INSERT INTO student_parent (school_id, student_id, parent_id, relation)"
                    + " VALUES (1, 303, 402, 'MOTHER'), (1, 304, 402, 'GUARDIAN')");
        }
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        people = new StorePeopleService(store, new DefaultAccessPolicy(store),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static StudentEdit edit(String last, String first, String middle, String gender, PersonalData data) {
        return new StudentEdit(new PersonName(last, first, middle), gender, data);
    }

    static int count(String sql, Object... args) throws SQLException {
        return Sql.count(db, sql, args);
    }

    @Test
    void personalFieldsAreRefusedWithoutConsentAndNothingIsHalfWritten() {
        Actor klassruk = actor("klassruk");
        ValidationException e = assertThrows(ValidationException.class, () -> people.updateStudent(klassruk, 302,
                edit("Белов-Новый", "Артём", "", "M", new PersonalData(null, "ул. Ленина, 5", null, null, null))));
        assertEquals(PeopleService.NO_CONSENT, e.messageKey());
        StudentRecord unchanged = people.student(klassruk, 302);
        assertEquals("Белов", unchanged.name().lastName(), "the name change of the refused call is not written");
        assertTrue(unchanged.personalData().isEmpty());
        // Names alone are always accepted.
        StudentRecord renamed = people.updateStudent(klassruk, 302, edit("Белов", "Артемий", "", "M", null));
        assertEquals("Артемий", people.student(klassruk, 302).name().firstName());
        assertTrue(renamed.activeConsent().isEmpty());
    }

    @Test
    void withConsentPersonalFieldsAreKeptAndWithdrawalErasesThemWithAnAuditTrail() throws SQLException {
        Actor klassruk = actor("klassruk");
        ConsentRecord consent = people.recordConsent(klassruk, 303, 402, LocalDate.of(2026, 9, 1),
                "ФИО, дата рождения, адрес, телефон, документ, группа здоровья");
        assertTrue(consent.active());
        StudentRecord saved = people.updateStudent(klassruk, 303, edit("Ёлкин", "Иван", "Петрович", "M", DATA));
        assertEquals(DATA, saved.personalData());
        assertEquals(DATA, people.student(actor("zavuch"), 303).personalData());

        StudentRecord after = people.withdrawConsent(actor("zavuch"), consent.id());
        assertTrue(after.personalData().isEmpty());
        assertTrue(after.activeConsent().isEmpty());
        assertEquals(1, after.consents().size(), "the consent stays, withdrawn");
        assertTrue(people.student(klassruk, 303).personalData().isEmpty());
        assertEquals(1, count("SELECT COUNT(*) FROM student WHERE id = 303 AND birth_date IS NULL AND address IS NULL"
                + " AND phone IS NULL AND document IS NULL AND health_group IS NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM consent WHERE id = ? AND withdrawn_at IS NOT NULL"
                + " AND withdrawn_by = 3 AND school_id = 1", consent.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE school_id = 1 AND entity = 'student'"
                + " AND entity_id = 303 AND field = 'address' AND old_value = ? AND new_value IS NULL AND account_id = 3",
                DATA.address()));
        assertEquals(5, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'student' AND entity_id = 303"
                + " AND action = 'UPDATE' AND new_value IS NULL"), "one row per erased field");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'consent' AND entity_id = ?",
                consent.id()));

        ValidationException twice = assertThrows(ValidationException.class,
                () -> people.withdrawConsent(klassruk, consent.id()));
        assertEquals(PeopleService.CONSENT_WITHDRAWN, twice.messageKey());
        ValidationException again = assertThrows(ValidationException.class,
                () -> people.updateStudent(klassruk, 303, edit("Ёлкин", "Иван", "Петрович", "M", DATA)));
        assertEquals(PeopleService.NO_CONSENT, again.messageKey());
    }

    @Test
    void consentNeedsARepresentativeAScopeAndAPastDateAndOnlyOneIsActive() {
        Actor klassruk = actor("klassruk");
        assertEquals(PeopleService.NOT_REPRESENTATIVE, assertThrows(ValidationException.class,
                () -> people.recordConsent(klassruk, 302, 401, TODAY, "ФИО")).messageKey());
        assertEquals(PeopleService.SCOPE_REQUIRED, assertThrows(ValidationException.class,
                () -> people.recordConsent(klassruk, 304, 402, TODAY, " ")).messageKey());
        assertEquals(PeopleService.CONSENT_DATE_INVALID, assertThrows(ValidationException.class,
                () -> people.recordConsent(klassruk, 304, 402, TODAY.plusDays(1), "ФИО")).messageKey());
        people.recordConsent(klassruk, 304, 402, TODAY, "ФИО, адрес");
        assertEquals(PeopleService.CONSENT_EXISTS, assertThrows(ValidationException.class,
                () -> people.recordConsent(klassruk, 304, 402, TODAY, "ФИО")).messageKey());
        assertEquals(PeopleService.HEALTH_GROUP_INVALID, assertThrows(ValidationException.class,
                () -> people.updateStudent(klassruk, 304, edit("Егоров", "Максим", "Олегович", "M",
                        new PersonalData(null, null, null, null, 7)))).messageKey());
        assertEquals(List.of("Абрамова Наталья Викторовна"), people.representatives(klassruk, 301).stream()
                .map(p -> p.name().full()).toList());
    }

    @Test
    void classTeacherSeesWhoLacksConsent() {
        Actor klassruk = actor("klassruk");
        people.recordConsent(klassruk, 305, addParentOf(305), TODAY, "ФИО");
        List<ClassStudentConsent> all = people.classStudents(klassruk, 21, TODAY);
        assertEquals(Set.of(301L, 302L, 303L, 304L, 305L), all.stream().map(ClassStudentConsent::studentId)
                .collect(Collectors.toSet()));
        assertTrue(all.stream().filter(s -> s.studentId() == 305).findFirst().orElseThrow().hasConsent());
        List<Long> lacking = people.studentsWithoutConsent(klassruk, 21, TODAY).stream()
                .map(ClassStudentConsent::studentId).toList();
        assertTrue(lacking.contains(302L));
        assertFalse(lacking.contains(305L));
        assertThrows(AccessDeniedException.class, () -> people.classStudents(klassruk, 22, TODAY));
        assertThrows(AccessDeniedException.class, () -> people.classStudents(actor("teacher"), 21, TODAY));
        assertThrows(AccessDeniedException.class, () -> people.classStudents(actor("admin"), 21, TODAY));
        assertThrows(NotFoundException.class, () -> people.classStudents(actor("director"), 24, TODAY));
    }

    static long addParentOf(long studentId) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO parent (id, school_id, last_name, first_name, middle_name, gender)"
                    + " VALUES (403, 1, 'Жукова', 'Ирина', '', 'F')");
            s.executeUpdate("INSERT INTO student_parent (school_id, student_id, parent_id, relation)"
                    + " VALUES (1, " + studentId + ", 403, 'MOTHER')");
            return 403;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void newStudentsGetANameOnlyAndJoinTheClass() throws SQLException {
        Actor klassruk = actor("klassruk");
        int before = count("SELECT COUNT(*) FROM student");
        assertEquals(PeopleService.NO_CONSENT, assertThrows(ValidationException.class,
                () -> people.createStudent(klassruk, 21, TODAY, edit("Новиков", "Лев", "", "M", DATA))).messageKey());
        assertEquals(PeopleService.NAME_REQUIRED, assertThrows(ValidationException.class,
                () -> people.createStudent(klassruk, 21, TODAY, edit(" ", "Лев", "", "M", null))).messageKey());
        assertEquals(before, count("SELECT COUNT(*) FROM student"), "nothing written");
        long id = people.createStudent(klassruk, 21, TODAY, edit("Новиков", "Лев", "", "M", null));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = ? AND class_id = 21", id));
        assertTrue(people.student(klassruk, id).active());
        assertThrows(AccessDeniedException.class,
                () -> people.createStudent(klassruk, 22, TODAY, edit("Новиков", "Лев", "", "M", null)));
    }

    @Test
    void deactivationKeepsTheRow() throws SQLException {
        people.deactivate(actor("zavuch"), PersonKind.STUDENT, 311);
        assertEquals(1, count("SELECT COUNT(*) FROM student WHERE id = 311 AND active = FALSE"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 311"), "history stays");
        assertFalse(people.student(actor("director"), 311).active());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'student' AND entity_id = 311"
                + " AND field = 'active'"));
        people.deactivate(actor("admin"), PersonKind.STAFF, 107);
        assertEquals(1, count("SELECT COUNT(*) FROM staff WHERE id = 107 AND active = FALSE"));
        assertThrows(AccessDeniedException.class, () -> people.deactivate(actor("admin"), PersonKind.STUDENT, 301));
    }

    @Test
    void searchFindsByAnyPartOfTheNameWithinWhatTheActorMayManage() {
        List<PersonSummary> director = people.search(actor("director"), PersonKind.STUDENT, "абрам");
        assertEquals(Set.of(301L, 312L), director.stream().map(PersonSummary::id).collect(Collectors.toSet()));
        assertEquals(List.of(301L), people.search(actor("klassruk"), PersonKind.STUDENT, "Абрам").stream()
                .map(PersonSummary::id).toList(), "312 is in 1А, not in her class");
        assertEquals(List.of(301L), people.search(actor("director"), PersonKind.STUDENT, "Софья").stream()
                .map(PersonSummary::id).toList());
        assertEquals(List.of(401L), people.search(actor("klassruk"), PersonKind.PARENT, "Наталья").stream()
                .map(PersonSummary::id).toList());
        assertTrue(people.search(actor("admin"), PersonKind.STUDENT, "Абрам").isEmpty(), "not students' data");
        assertEquals(List.of(103L), people.search(actor("admin"), PersonKind.STAFF, "Кузн").stream()
                .map(PersonSummary::id).toList());
        assertTrue(people.search(actor("klassruk"), PersonKind.STAFF, "Кузн").isEmpty());
        assertTrue(people.search(actor("gym-director"), PersonKind.STUDENT, "Абрам").isEmpty());
        assertTrue(people.search(actor("director"), PersonKind.STUDENT, "%").isEmpty());
    }

    @Test
    void foreignSchoolIsNotFoundAndParentsOrTeachersAreRefused() {
        assertThrows(NotFoundException.class, () -> people.student(actor("gym-director"), 301));
        assertThrows(NotFoundException.class, () -> people.student(actor("director"), 321));
        assertThrows(NotFoundException.class, () -> people.updateStudent(actor("gym-director"), 301,
                edit("X", "Y", "", "M", null)));
        assertThrows(AccessDeniedException.class, () -> people.student(actor("parent"), 301));
        assertThrows(AccessDeniedException.class, () -> people.student(actor("student"), 301));
        assertThrows(AccessDeniedException.class, () -> people.updateStudent(actor("teacher"), 301,
                edit("Абрамова", "Софья", "Игоревна", "F", null)));
        assertThrows(AccessDeniedException.class, () -> people.recordConsent(actor("parent"), 301, 401, TODAY, "ФИО"));
        assertThrows(AccessDeniedException.class, () -> people.student(actor("admin"), 301));
        assertThrows(AccessDeniedException.class, () -> people.student(actor("orlov"), 301), "5Б's class teacher");
    }
}
