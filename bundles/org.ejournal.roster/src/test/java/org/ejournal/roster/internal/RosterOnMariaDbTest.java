package org.ejournal.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The roster on real MariaDB with the two-schools fixture, the real policy and real accounts. */
@EJournalDatabase
class RosterOnMariaDbTest {

    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreRosterService roster;

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        Clock november = Clock.fixed(LocalDate.of(2026, 11, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        roster = new StoreRosterService(store, new DefaultAccessPolicy(store), november);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static List<String> names(List<SchoolClassSummary> classes) {
        return classes.stream().map(SchoolClassSummary::name).collect(Collectors.toList());
    }

    static List<String> lastNames(List<StudentSummary> students) {
        return students.stream().map(s -> s.name().lastName()).collect(Collectors.toList());
    }

    @Test
    void schoolIsTheActorsOwn() {
        SchoolSummary school = roster.school(actor("teacher"));
        assertEquals(1, school.id());
        assertEquals("СОШ № 7", school.shortName());
        assertEquals("Тверь", school.city());
        assertEquals("Гимназия № 1", roster.school(actor("gym-director")).shortName());
    }

    @Test
    void administrationSeesEveryClassOfTheCurrentYearWithTodaysCounts() {
        List<SchoolClassSummary> classes = roster.classes(actor("director"));
        assertEquals(List.of("1А", "5А", "5Б", "10А"), names(classes));
        assertEquals(List.of(1, 5, 2, 0), classes.stream().map(SchoolClassSummary::studentCount)
                .collect(Collectors.toList()));
        SchoolClassSummary fiveA = classes.get(1);
        assertEquals(105L, fiveA.classTeacherId());
        assertEquals("Смирнова Ольга Ивановна", fiveA.classTeacherName());
        assertEquals(1L, fiveA.academicYearId());
        assertEquals(names(classes), names(roster.classes(actor("admin"))));
    }

    @Test
    void teachersSeeTheClassesTheyTeachOrLead() {
        assertEquals(List.of("5А", "5Б", "10А"), names(roster.classes(actor("teacher"))));
        assertEquals(List.of("5А"), names(roster.classes(actor("klassruk"))));
        assertEquals(List.of("5Б"), names(roster.classes(actor("orlov"))));
        assertEquals(List.of(), roster.classes(actor("parent")));
        assertEquals(List.of("5А"), names(roster.classes(actor("gym-teacher"))));
    }

    @Test
    void classListFollowsEnrollmentOnTheDateInRussianOrder() {
        Actor teacher = actor("teacher");
        assertEquals(List.of("Абрамова", "Белов", "Громов", "Егоров", "Ёлкин", "Яковлева"),
                lastNames(roster.classList(teacher, 21, LocalDate.of(2026, 9, 10))));
        assertEquals(List.of("Абрамова", "Белов", "Громов", "Егоров", "Ёлкин", "Жуков"),
                lastNames(roster.classList(teacher, 21, LocalDate.of(2026, 10, 10))));
        assertEquals(List.of("Абрамова", "Белов", "Егоров", "Ёлкин", "Жуков"),
                lastNames(roster.classList(teacher, 21, LocalDate.of(2026, 10, 11))));
        assertEquals(List.of("Васильев", "Громов"), lastNames(roster.classList(teacher, 22, LocalDate.of(2026, 10, 11))));
        assertEquals("Абрамова Софья Игоревна",
                roster.classList(teacher, 21, LocalDate.of(2026, 10, 11)).get(0).name().full());
        assertEquals(List.of(), roster.classList(teacher, 21, LocalDate.of(2026, 8, 31)));
    }

    @Test
    void oneClass() {
        SchoolClassSummary fiveA = roster.schoolClass(actor("klassruk"), 21);
        assertEquals("5А", fiveA.name());
        assertEquals(5, fiveA.studentCount());
    }

    @Test
    void refusedInsideTheSchoolNotFoundOutsideIt() {
        assertThrows(AccessDeniedException.class, () -> roster.classList(actor("orlov"), 21, LocalDate.of(2026, 10, 1)));
        assertThrows(AccessDeniedException.class, () -> roster.schoolClass(actor("parent"), 21));
        assertThrows(AccessDeniedException.class, () -> roster.classList(actor("teacher"), 23, LocalDate.of(2026, 10, 1)));
        assertThrows(NotFoundException.class, () -> roster.classList(actor("director"), 24, LocalDate.of(2026, 10, 1)));
        assertThrows(NotFoundException.class, () -> roster.schoolClass(actor("gym-director"), 21));
        assertThrows(NotFoundException.class, () -> roster.schoolClass(actor("director"), 9999));
    }
}
