package org.ejournal.gradebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.JournalRow;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gradebook on real MariaDB with the hand-made two-schools fixture: exact journal cells,
 * periods, own assignments and refusals, with the real access policy and real accounts.
 */
@EJournalDatabase
class GradebookOnMariaDbTest {

    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreGradebookService gradebook;

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        Clock november = Clock.fixed(LocalDate.of(2026, 11, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        gradebook = new StoreGradebookService(store, new DefaultAccessPolicy(store), november);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    /** A row as the user reads it: the cell text, or "×" where the student was not in the class. */
    static List<String> texts(JournalRow row) {
        return row.cells().stream().map(c -> c.enrolled() ? c.display() : "×").collect(Collectors.toList());
    }

    @Test
    void firstQuarterOfFifthAMathematicsCellByCell() {
        JournalGrid grid = gradebook.journal(actor("teacher"), 51, 11);

        assertEquals("5А · Математика", grid.assignment().title());
        assertEquals("Иванова Мария Петровна", grid.assignment().teacherName());
        assertEquals("I четверть", grid.period().name());

        List<JournalColumn> columns = grid.columns();
        assertEquals(List.of("2026-09-02#2:-", "2026-09-09#2:704", "2026-09-16#3:701", "2026-10-05#1:702",
                        "2026-10-05#1:703", "2026-10-05#4:-"),
                columns.stream().map(c -> c.date() + "#" + c.lessonNumber() + ":" + (c.workId() == null ? "-"
                        : c.workId())).collect(Collectors.toList()));
        JournalColumn test = columns.get(3);
        assertEquals("TEST", test.workType());
        assertEquals(2, test.weight());
        assertEquals("Обыкновенные дроби", test.topic());
        assertEquals("п. 12", test.homework());
        assertEquals("", columns.get(0).workType());
        assertEquals("№ 1, 2", columns.get(0).homework());

        assertEquals(List.of(
                "Абрамова Софья Игоревна",
                "Белов Артём",
                "Громов Кирилл Денисович",
                "Егоров Максим Олегович",
                "Ёлкин Иван Петрович",
                "Жуков Семён Ильич",
                "Яковлева Дарья Романовна"),
                grid.rows().stream().map(r -> r.student().name().full()).collect(Collectors.toList()));
        List<JournalRow> rows = grid.rows();
        assertEquals(List.of("", "", "5 ОП", "", "", ""), texts(rows.get(0)));
        assertEquals(List.of("Н", "", "", "4/5", "", ""), texts(rows.get(1)));
        assertEquals(List.of("", "", "", "2", "", ""), texts(rows.get(2)));
        assertEquals(List.of("", "", "", "Б", "Б", ""), texts(rows.get(3)));
        assertEquals(List.of("", "", "", "", "3", ""), texts(rows.get(4)));
        assertEquals(List.of("×", "×", "4", "", "", ""), texts(rows.get(5)));
        assertEquals(List.of("", "зач", "", "×", "×", "×"), texts(rows.get(6)));
        assertEquals(new JournalCell(List.of("4", "5"), "", true), rows.get(1).cells().get(3));
    }

    @Test
    void secondQuarterLeavesOutStudentsWhoLeftBeforeIt() {
        JournalGrid grid = gradebook.journal(actor("teacher"), 51, 12);
        assertEquals(1, grid.columns().size());
        assertEquals(705L, grid.columns().get(0).workId());
        assertEquals(List.of("Абрамова", "Белов", "Егоров", "Ёлкин", "Жуков"),
                grid.rows().stream().map(r -> r.student().name().lastName()).collect(Collectors.toList()));
        assertEquals(List.of("4"), texts(grid.rows().get(0)));
    }

    @Test
    void periodsFollowTheClassesPeriodScheme() {
        assertEquals(List.of("I четверть", "II четверть", "III четверть", "IV четверть"),
                gradebook.periods(actor("teacher"), 51).stream().map(StudyPeriodSummary::name)
                        .collect(Collectors.toList()));
        List<StudyPeriodSummary> halfYears = gradebook.periods(actor("teacher"), 56);
        assertEquals(List.of(15L, 16L), halfYears.stream().map(StudyPeriodSummary::id).collect(Collectors.toList()));
        assertEquals(LocalDate.of(2026, 10, 29), gradebook.periods(actor("teacher"), 51).get(0).finalMarkDeadline());
    }

    @Test
    void myAssignmentsAreTheActorsOwnOfTheCurrentYear() {
        assertEquals(List.of("5А · Математика", "5Б · Математика", "10А · Математика"),
                gradebook.myAssignments(actor("teacher")).stream().map(AssignmentSummary::title)
                        .collect(Collectors.toList()));
        assertEquals(List.of(52L), gradebook.myAssignments(actor("klassruk")).stream().map(AssignmentSummary::id)
                .collect(Collectors.toList()));
        assertEquals(List.of(), gradebook.myAssignments(actor("director")));
        assertEquals(List.of(), gradebook.myAssignments(actor("parent")));
    }

    @Test
    void theClassTeacherAndTheAdministrationReadTheJournalToo() {
        assertEquals(7, gradebook.journal(actor("klassruk"), 51, 11).rows().size());
        assertEquals("5А · Математика", gradebook.assignment(actor("director"), 51).title());
        assertEquals(4, gradebook.periods(actor("zavuch"), 51).size());
    }

    @Test
    void anotherTeachersJournalIsRefused() {
        Actor teacher = actor("teacher");
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> gradebook.journal(teacher, 53, 11));
        assertEquals("error.accessDenied", e.messageKey());
        assertThrows(AccessDeniedException.class, () -> gradebook.assignment(teacher, 52));
        assertThrows(AccessDeniedException.class, () -> gradebook.periods(actor("orlov"), 51));
        assertThrows(AccessDeniedException.class, () -> gradebook.journal(actor("admin"), 51, 11));
        assertThrows(AccessDeniedException.class, () -> gradebook.journal(actor("student"), 51, 11));
    }

    @Test
    void anotherSchoolsJournalIsRefused() {
        assertThrows(AccessDeniedException.class, () -> gradebook.journal(actor("director"), 55, 31));
        assertThrows(AccessDeniedException.class, () -> gradebook.assignment(actor("gym-director"), 51));
    }

    @Test
    void aPeriodOfAnotherYearOrSchoolIsNotFound() {
        assertThrows(NotFoundException.class, () -> gradebook.journal(actor("teacher"), 51, 17));
        assertThrows(NotFoundException.class, () -> gradebook.journal(actor("teacher"), 51, 31));
        NotFoundException e = assertThrows(NotFoundException.class, () -> gradebook.journal(actor("teacher"), 51, 999));
        assertEquals("error.notFound", e.messageKey());
        assertNull(actor("teacher").studentId());
    }
}
