package org.ejournal.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.people.ParentEdit;
import org.ejournal.api.people.ParentRecord;
import org.ejournal.api.people.PeopleService;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.people.PersonSummary;
import org.ejournal.api.people.StaffEdit;
import org.ejournal.api.people.StaffRecord;
import org.ejournal.api.people.StudentEdit;
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
import org.junit.jupiter.api.function.Executable;

/**
 * Staff and parents' records on real MariaDB (two-schools fixture): create, change, list, deactivate (the
 * row stays), each refusal leaving the tables as they were, and who may do it.
 */
@EJournalDatabase
class PeopleRecordsOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StorePeopleService people;

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
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

    static int count(String sql, Object... args) throws SQLException {
        return Sql.count(db, sql, args);
    }

    static void refused(String key, String table, Executable call) throws SQLException {
        int before = count("SELECT COUNT(*) FROM " + table);
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(before, count("SELECT COUNT(*) FROM " + table), "nothing written to " + table);
    }

    static StaffEdit staff(String last, String position, String email, String phone) {
        return new StaffEdit(new PersonName(last, "Вера", "Ивановна"), "F", position, email, phone);
    }

    @Test
    void staffAreCreatedChangedListedAndDeactivatedNeverDeleted() throws SQLException {
        Actor admin = actor("admin");
        long id = people.createStaff(admin, staff("Новикова", " учитель биологии ", "novikova@school7.ru", ""));
        StaffRecord created = people.staffList(admin).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        assertEquals("учитель биологии", created.position());
        assertEquals("", created.phone());
        assertTrue(created.active());

        refused(PeopleService.POSITION_REQUIRED, "staff", () -> people.createStaff(admin, staff("Пустова", " ", null, null)));
        refused(PeopleService.CONTACT_INVALID, "staff", () -> people.createStaff(admin, staff("Пустова", "учитель", "нет почты", null)));
        refused(PeopleService.CONTACT_INVALID, "staff",
                () -> people.createStaff(admin, staff("Пустова", "учитель", null, "8".repeat(31))));
        refused(PeopleService.NAME_REQUIRED, "staff", () -> people.createStaff(admin, staff(" ", "учитель", null, null)));
        refused(PeopleService.GENDER_INVALID, "staff", () -> people.createStaff(admin,
                new StaffEdit(new PersonName("Пустова", "Вера", ""), "X", "учитель", null, null)));

        Actor zavuch = actor("zavuch");
        StaffRecord changed = people.updateStaff(zavuch, id, staff("Новикова", "учитель химии", "", "+7 900 111-22-33"));
        assertEquals("учитель химии", changed.position());
        assertEquals(1, count("SELECT COUNT(*) FROM staff WHERE id = ? AND email IS NULL AND phone = '+7 900 111-22-33'", id));
        refused(PeopleService.CONTACT_INVALID, "audit_event",
                () -> people.updateStaff(zavuch, id, staff("Новикова-Петрова", "учитель химии", "x", null)));
        assertEquals(1, count("SELECT COUNT(*) FROM staff WHERE id = ? AND last_name = 'Новикова'", id), "not half-written");

        people.deactivate(zavuch, PersonKind.STAFF, id);
        StaffRecord inactive = people.staffList(zavuch).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        assertFalse(inactive.active(), "listed, marked inactive");
        assertEquals(1, count("SELECT COUNT(*) FROM staff WHERE id = ?", id), "the row stays");

        List<String> names = people.staffList(zavuch).stream().map(s -> s.name().lastName()).toList();
        assertEquals("Иванова", names.get(0), "Russian order");
        assertFalse(names.contains("Волков"), "another school's staff are not listed");
    }

    @Test
    void onlyTheAdministrationAndTheTechAdminKeepStaffRecords() {
        for (String login : List.of("klassruk", "teacher", "parent", "student")) {
            Actor someone = actor(login);
            assertThrows(AccessDeniedException.class, () -> people.staffList(someone), login);
            assertThrows(AccessDeniedException.class,
                    () -> people.createStaff(someone, staff("Лишняя", "учитель", null, null)), login);
            assertThrows(AccessDeniedException.class,
                    () -> people.updateStaff(someone, 104, staff("Иванова", "директор", null, null)), login);
        }
        assertThrows(NotFoundException.class,
                () -> people.updateStaff(actor("gym-director"), 104, staff("Иванова", "директор", null, null)));
    }

    @Test
    void parentsAreChangedAndAddedAsRepresentativesByTheClassTeacher() throws SQLException {
        Actor klassruk = actor("klassruk");
        ParentRecord mother = people.parent(klassruk, 401);
        assertEquals(List.of(301L, 312L), mother.children().stream().map(PersonSummary::id).toList());
        ParentRecord changed = people.updateParent(klassruk, 401, new ParentEdit(new PersonName("Абрамова", "Наталья",
                "Викторовна"), "F", "+7 900 000-00-07", "abramova@mail.ru"));
        assertEquals("abramova@mail.ru", changed.email());
        refused(PeopleService.CONTACT_INVALID, "parent", () -> people.updateParent(klassruk, 401,
                new ParentEdit(new PersonName("Абрамова-Новая", "Наталья", ""), "F", "1".repeat(31), null)));
        assertEquals(1, count("SELECT COUNT(*) FROM parent WHERE id = 401 AND last_name = 'Абрамова'"));

        ParentEdit father = new ParentEdit(new PersonName("Белов", "Игорь", "Петрович"), "M", "+7 900 000-00-08", "");
        refused(PeopleService.RELATION_INVALID, "parent", () -> people.createParent(klassruk, 302, "UNCLE", father));
        refused(PeopleService.NAME_REQUIRED, "student_parent", () -> people.createParent(klassruk, 302, "FATHER",
                new ParentEdit(new PersonName("", "Игорь", ""), "M", null, null)));
        long fatherId = people.createParent(klassruk, 302, "FATHER", father);
        assertEquals(List.of(fatherId), people.representatives(klassruk, 302).stream().map(PersonSummary::id).toList());
        assertEquals(1, count("SELECT COUNT(*) FROM student_parent WHERE student_id = 302 AND parent_id = ?"
                + " AND relation = 'FATHER'", fatherId));

        // A subject teacher keeps no family records; orlov is the class teacher of 5Б, not of 302's 5А.
        assertThrows(AccessDeniedException.class, () -> people.createParent(actor("teacher"), 302, "FATHER", father));
        assertThrows(AccessDeniedException.class, () -> people.updateParent(actor("orlov"), 401, father));
        assertThrows(NotFoundException.class, () -> people.parent(actor("gym-director"), 401));
    }

    @Test
    void aStudentIsEnrolledFromADate() throws SQLException {
        Actor klassruk = actor("klassruk");
        StudentEdit edit = new StudentEdit(new PersonName("Новиков", "Олег", ""), "M", null);
        refused(PeopleService.ENROLL_DATE_REQUIRED, "student", () -> people.createStudent(klassruk, 21, null, edit));
        long id = people.createStudent(klassruk, 21, TODAY, edit);
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = ? AND class_id = 21"
                + " AND start_date = '2026-11-20' AND end_date IS NULL", id));
    }
}
