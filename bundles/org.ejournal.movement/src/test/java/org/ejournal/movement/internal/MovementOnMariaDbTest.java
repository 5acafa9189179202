package org.ejournal.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.JournalRow;
import org.ejournal.api.movement.ClassChoice;
import org.ejournal.api.movement.DepartureCause;
import org.ejournal.api.movement.EnrollmentRecord;
import org.ejournal.api.movement.Movement;
import org.ejournal.api.movement.MovementService;
import org.ejournal.api.movement.MovementStudent;
import org.ejournal.api.roster.PersonName;
import org.ejournal.gradebook.internal.StoreGradebookService;
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
 * Movement on real MariaDB with the two-schools fixture (2026/2027: 5А = 21, 5Б = 22, 1А = 23, 10А = 25;
 * 2025/2026: 4А = 29; the other school's 5А = 24, its student 321). Each test moves its own students, so
 * the order of tests does not matter.
 */
@EJournalDatabase
class MovementOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreMovementService movement;
    static StoreGradebookService gradebook;
    static DefaultAccessPolicy policy;
    static Clock clock;

    @BeforeAll
    static void loadFixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO student (id, school_id, last_name, first_name, middle_name, gender) VALUES"
                    + " (341, 1, 'Кравцов', 'Лев', 'Андреевич', 'M'), (342, 1, 'Лунина', 'Ева', '', 'F'),"
                    + " (343, 1, 'Миронов', 'Глеб', '', 'M'), (344, 1, 'Носова', 'Ирина', '', 'F'),"
                    + " (345, 1, 'Орлова', 'Вера', '', 'F')");
            s.executeUpdate("INSERT INTO enrollment (school_id, student_id, class_id, start_date) VALUES"
                    + " (1, 341, 21, '2026-09-01'), (1, 342, 21, '2026-09-01'), (1, 343, 21, '2026-09-01'),"
                    + " (1, 344, 22, '2026-09-01')");
            s.executeUpdate("INSERT INTO enrollment (school_id, student_id, class_id, start_date, end_date, end_reason)"
                    + " VALUES (1, 345, 21, '2026-09-01', '2026-09-30', 'LEFT')");
            // A mark of 341 in the 5А mathematics test of 05.10 (work 702).
            s.executeUpdate("INSERT INTO mark (id, school_id, work_id, student_id, value) VALUES (851, 1, 702, 341, '4')");
        }
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        policy = new DefaultAccessPolicy(store);
        clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        movement = new StoreMovementService(store, policy, clock);
        gradebook = new StoreGradebookService(store, policy);
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

    /** Enrollment rows and audit rows of the student: what a refused call must leave as it was. */
    static String footprint(long studentId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT GROUP_CONCAT(CONCAT_WS('|', class_id, start_date, IFNULL(end_date, '-'), start_reason,"
                        + " IFNULL(end_reason, '-'), IFNULL(end_note, '-')) ORDER BY id),"
                        + " (SELECT COUNT(*) FROM audit_event), (SELECT COUNT(*) FROM student)"
                        + " FROM enrollment WHERE student_id = ?")) {
            s.setLong(1, studentId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1) + " / audit " + r.getInt(2) + " / students " + r.getInt(3);
            }
        }
    }

    static void refused(String key, long studentId, Executable call) throws SQLException {
        String before = footprint(studentId);
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey());
        assertEquals(before, footprint(studentId), "nothing written by the refused call");
    }

    static JournalRow row(JournalGrid grid, long studentId) {
        return grid.rows().stream().filter(r -> r.student().id() == studentId).findFirst().orElse(null);
    }

    static JournalCell cell(JournalGrid grid, long studentId, long lessonId) {
        JournalRow row = row(grid, studentId);
        for (int i = 0; i < grid.columns().size(); i++) {
            if (grid.columns().get(i).lessonId() == lessonId) {
                return row.cells().get(i);
            }
        }
        throw new AssertionError("no column of lesson " + lessonId);
    }

    // --- transfer

    @Test
    void transferKeepsTheHistoryAndTheMarksStayWithTheirLessons() throws SQLException {
        Actor zavuch = actor("zavuch");
        EnrollmentRecord stay = movement.transfer(zavuch, 341, 22, LocalDate.of(2026, 11, 1));
        assertEquals("5Б", stay.className());
        assertEquals("TRANSFERRED", stay.startReason());
        assertEquals("5А", stay.startNote());

        List<EnrollmentRecord> history = movement.history(zavuch, 341);
        assertEquals(2, history.size(), "the old stay is ended, not replaced");
        EnrollmentRecord old = history.get(0);
        assertEquals("5А", old.className());
        assertEquals(LocalDate.of(2026, 9, 1), old.start());
        assertEquals(LocalDate.of(2026, 10, 31), old.end(), "the last day in 5А is the day before");
        assertEquals("TRANSFERRED", old.endReason());
        assertEquals("5Б", old.endNote());
        assertTrue(history.get(1).open());

        // The mark stays with the 5А lesson of 05.10: the 5А journal still shows it, in the I quarter.
        assertEquals(1, count("SELECT COUNT(*) FROM mark WHERE id = 851 AND student_id = 341 AND work_id = 702"));
        JournalGrid firstQuarter = gradebook.journal(zavuch, 51, 11);
        assertEquals(List.of("4"), cell(firstQuarter, 341, 603).marks());
        assertTrue(cell(firstQuarter, 341, 603).enrolled());
        // The II quarter of 5А (from 05.11) is after his last day there: he is not on it.
        assertNull(row(gradebook.journal(zavuch, 51, 12), 341));
        // 5Б: not in its I-quarter journal at all, in the II quarter from 01.11.
        assertNull(row(gradebook.journal(zavuch, 54, 11), 341));
        assertTrue(row(gradebook.journal(zavuch, 54, 12), 341) != null);

        assertEquals(2, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'student' AND entity_id = 341"
                + " AND field = 'enrollment' AND account_id = 3"));
        assertTrue(movement.movements(zavuch, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)).contains(
                new Movement(LocalDate.of(2026, 11, 1), Movement.Kind.TRANSFER, 341,
                        new PersonName("Кравцов", "Лев", "Андреевич"), "5А", "5Б", null, null)));
    }

    @Test
    void badTransfersAreRefusedAndWriteNothing() throws SQLException {
        Actor zavuch = actor("zavuch");
        refused(MovementService.SAME_CLASS, 342, () -> movement.transfer(zavuch, 342, 21, LocalDate.of(2026, 11, 2)));
        refused(MovementService.OTHER_YEAR, 342, () -> movement.transfer(zavuch, 342, 29, LocalDate.of(2026, 11, 2)));
        refused(MovementService.DATE_OUTSIDE_YEAR, 342,
                () -> movement.transfer(zavuch, 342, 22, LocalDate.of(2027, 6, 15)));
        refused(MovementService.DATE_BEFORE_START, 342,
                () -> movement.transfer(zavuch, 342, 22, LocalDate.of(2026, 9, 1)));
        refused(MovementService.DATE_REQUIRED, 342, () -> movement.transfer(zavuch, 342, 22, null));
        refused(MovementService.NOT_ENROLLED, 345, () -> movement.transfer(zavuch, 345, 22, LocalDate.of(2026, 11, 2)));
        String before = footprint(342);
        assertThrows(NotFoundException.class, () -> movement.transfer(zavuch, 342, 24, LocalDate.of(2026, 11, 2)),
                "another school's class is not found");
        assertThrows(NotFoundException.class, () -> movement.transfer(zavuch, 321, 22, LocalDate.of(2026, 11, 2)));
        assertThrows(NotFoundException.class, () -> movement.transfer(zavuch, 342, 99999, LocalDate.of(2026, 11, 2)));
        assertEquals(before, footprint(342));
    }

    // --- departure

    @Test
    void departureClosesTheStayWithCauseAndDestination() throws SQLException {
        Actor director = actor("director");
        EnrollmentRecord ended = movement.depart(director, 343, LocalDate.of(2026, 11, 13), DepartureCause.OTHER_SCHOOL,
                "  МБОУ СОШ № 3 г. Твери ");
        assertEquals(LocalDate.of(2026, 11, 13), ended.end());
        assertEquals("LEFT", ended.endReason());
        assertEquals("OTHER_SCHOOL", ended.endCause());
        assertEquals("МБОУ СОШ № 3 г. Твери", ended.endNote());
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 343"), "closed, never deleted");
        assertEquals(1, count("SELECT COUNT(*) FROM student WHERE id = 343"));
        assertTrue(movement.search(director, "Миронов").stream().anyMatch(s -> s.id() == 343 && s.currentClass() == null));
        // Still in the 5А journal of the II quarter up to 13.11: present on 10.11.
        assertTrue(cell(gradebook.journal(director, 51, 12), 343, 606).enrolled());
        List<Movement> november = movement.movements(director, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertTrue(november.contains(new Movement(LocalDate.of(2026, 11, 13), Movement.Kind.DEPARTURE, 343,
                new PersonName("Миронов", "Глеб", ""), "5А", null, "OTHER_SCHOOL", "МБОУ СОШ № 3 г. Твери")));
        // Leaving twice: he is in no class any more.
        refused(MovementService.NOT_ENROLLED, 343,
                () -> movement.depart(director, 343, LocalDate.of(2026, 11, 20), DepartureCause.OTHER, "x"));
    }

    @Test
    void badDeparturesAreRefusedAndWriteNothing() throws SQLException {
        Actor zavuch = actor("zavuch");
        LocalDate day = LocalDate.of(2026, 11, 16);
        refused(MovementService.DESTINATION_REQUIRED, 344,
                () -> movement.depart(zavuch, 344, day, DepartureCause.RELOCATION, "  "));
        refused(MovementService.CAUSE_REQUIRED, 344, () -> movement.depart(zavuch, 344, day, null, "Москва"));
        // Жуков (305) arrived in 5А on 15.09: he cannot leave it before.
        refused(MovementService.DATE_BEFORE_START, 305,
                () -> movement.depart(zavuch, 305, LocalDate.of(2026, 9, 10), DepartureCause.RELOCATION, "Москва"));
        refused(MovementService.DATE_OUTSIDE_YEAR, 344,
                () -> movement.depart(zavuch, 344, LocalDate.of(2026, 8, 31), DepartureCause.RELOCATION, "Москва"));
        refused(MovementService.DATE_OUTSIDE_YEAR, 344,
                () -> movement.depart(zavuch, 344, LocalDate.of(2027, 6, 1), DepartureCause.RELOCATION, "Москва"));
        refused(MovementService.DATE_REQUIRED, 344,
                () -> movement.depart(zavuch, 344, null, DepartureCause.RELOCATION, "Москва"));
        refused(MovementService.NOTE_TOO_LONG, 344,
                () -> movement.depart(zavuch, 344, day, DepartureCause.RELOCATION, "М".repeat(301)));
    }

    // --- arrival

    @Test
    void aStudentWhoLeftArrivesAgainAndTheJournalShowsOnlyTheEnrolledDates() throws SQLException {
        Actor zavuch = actor("zavuch");
        // Яковлева (306) left 5А on 01.10; she comes back into 5А on 09.11.
        refused(MovementService.DATE_BEFORE_LAST_END, 306,
                () -> movement.arrive(zavuch, 306, 21, LocalDate.of(2026, 10, 1), ""));
        refused(MovementService.DATE_OUTSIDE_YEAR, 306,
                () -> movement.arrive(zavuch, 306, 21, LocalDate.of(2027, 7, 1), ""));
        refused(MovementService.NOTE_TOO_LONG, 306,
                () -> movement.arrive(zavuch, 306, 21, LocalDate.of(2026, 11, 9), "x".repeat(301)));
        EnrollmentRecord back = movement.arrive(zavuch, 306, 21, LocalDate.of(2026, 11, 9), "Гимназия № 2 г. Торжка");
        assertEquals("ARRIVED", back.startReason());
        assertEquals("Гимназия № 2 г. Торжка", back.startNote());
        assertEquals(2, movement.history(zavuch, 306).size());

        JournalGrid first = gradebook.journal(zavuch, 51, 11);
        assertTrue(cell(first, 306, 605).enrolled(), "09.09: in 5А");
        assertEquals(List.of("зач"), cell(first, 306, 605).marks());
        assertFalse(cell(first, 306, 603).enrolled(), "05.10: had left");
        assertTrue(cell(gradebook.journal(zavuch, 51, 12), 306, 606).enrolled(), "10.11: back");

        refused(MovementService.ALREADY_ENROLLED, 306,
                () -> movement.arrive(zavuch, 306, 22, LocalDate.of(2026, 11, 20), ""));
        ValidationException e = assertThrows(ValidationException.class,
                () -> movement.arrive(zavuch, 301, 22, LocalDate.of(2026, 11, 20), ""));
        assertEquals(MovementService.ALREADY_ENROLLED, e.messageKey());
        assertEquals("5А", e.arguments()[0]);
    }

    @Test
    void aNewStudentArrivesWithHisNameOnly() throws SQLException {
        Actor zavuch = actor("zavuch");
        refused(MovementService.NAME_REQUIRED, 301, () -> movement.arriveNew(zavuch, new PersonName(" ", "Олег", ""), "M",
                22, LocalDate.of(2026, 11, 16), ""));
        refused(MovementService.GENDER_INVALID, 301, () -> movement.arriveNew(zavuch,
                new PersonName("Орехов", "Олег", ""), "X", 22, LocalDate.of(2026, 11, 16), ""));
        refused(MovementService.DATE_OUTSIDE_YEAR, 301, () -> movement.arriveNew(zavuch,
                new PersonName("Орехов", "Олег", ""), "M", 22, LocalDate.of(2026, 8, 16), ""));
        long id = movement.arriveNew(zavuch, new PersonName(" Орехов", "Олег ", "Ильич"), "M", 22,
                LocalDate.of(2026, 11, 16), "СОШ № 12 г. Клина");
        List<MovementStudent> found = movement.search(zavuch, "орех");
        assertEquals(1, found.size());
        assertEquals(new MovementStudent(id, new PersonName("Орехов", "Олег", "Ильич"), "5Б", true), found.get(0));
        EnrollmentRecord stay = movement.history(zavuch, id).get(0);
        assertEquals(LocalDate.of(2026, 11, 16), stay.start());
        assertEquals("ARRIVED", stay.startReason());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'school_class' AND entity_id = 22"
                + " AND new_value LIKE 'Орехов Олег Ильич: 5Б 16.11.2026%'"));
        assertTrue(movement.movements(zavuch, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16)).stream()
                .anyMatch(m -> m.studentId() == id && m.kind() == Movement.Kind.ARRIVAL && "5Б".equals(m.toClass())
                        && "СОШ № 12 г. Клина".equals(m.note())));
    }

    // --- two users at once

    @Test
    void twoUsersMovingTheSameStudentAtOnceLeaveOneOpenStayAndTheSecondIsToldToRefresh() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO student (id, school_id, last_name, first_name, middle_name, gender) VALUES"
                    + " (397, 1, 'Пестова', 'Алла', '', 'F')");
            s.executeUpdate("INSERT INTO enrollment (school_id, student_id, class_id, start_date) VALUES"
                    + " (1, 397, 21, '2026-09-01')");
        }
        Actor zavuch = actor("zavuch");
        Actor director = actor("director");
        int auditBefore = count("SELECT COUNT(*) FROM audit_event");
        ExecutorService directorsScreen = Executors.newSingleThreadExecutor();
        try {
            // The director's thread starts now, outside the deputy's transaction: Cayenne binds a transaction
            // to its thread inheritably, and a thread started inside it would share the deputy's connection.
            directorsScreen.submit(() -> null).get();
            List<Future<EnrollmentRecord>> departure = new java.util.ArrayList<>();
            // The deputy's transfer has locked the student; right then the director's departure, checked against
            // the same open stay in 5А, starts writing on another connection and must wait for the deputy's commit.
            StoreMovementService deputysScreen = new StoreMovementService(store, policy, clock, () -> {
                departure.add(directorsScreen.submit(() -> movement.depart(director, 397, LocalDate.of(2026, 11, 13),
                        DepartureCause.RELOCATION, "Москва")));
                waitUntilATransactionWaitsForALock(departure.get(0));
            });
            EnrollmentRecord moved = deputysScreen.transfer(zavuch, 397, 22, LocalDate.of(2026, 11, 16));
            assertEquals("5Б", moved.className());

            ExecutionException second = assertThrows(ExecutionException.class,
                    () -> departure.get(0).get(60, TimeUnit.SECONDS));
            ValidationException refused = assertInstanceOf(ValidationException.class, second.getCause());
            assertEquals(MovementService.CHANGED_MEANWHILE, refused.messageKey());
        } finally {
            directorsScreen.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 397 AND end_date IS NULL"),
                "exactly one open stay");
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE student_id = 397 AND end_date IS NULL"
                + " AND class_id = 22"), "the deputy's transfer stands");
        assertEquals("21|2026-09-01|2026-11-15|TRANSFERRED, 22|2026-11-16|-|-", stays(397),
                "nothing of the refused departure");
        assertEquals(auditBefore + 2, count("SELECT COUNT(*) FROM audit_event"), "the transfer's two audit rows only");
    }

    /** Polls MariaDB until the second movement's statement waits for the student's row lock. */
    static void waitUntilATransactionWaitsForALock(Future<?> second) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            // the second user's statement waiting for the student's row (its own query starts otherwise)
            while (count("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                    + " WHERE INFO LIKE 'SELECT id FROM student WHERE id = % FOR UPDATE'") == 0) {
                if (second.isDone()) {
                    try {
                        throw new IllegalStateException("the second movement ended without waiting: " + second.get());
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("the second movement failed without waiting", e.getCause());
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the second movement never waited for the student's lock");
                }
                Thread.sleep(20);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String stays(long studentId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT GROUP_CONCAT(CONCAT_WS('|', class_id, start_date, IFNULL(end_date, '-'), IFNULL(end_reason, '-'))"
                        + " ORDER BY start_date SEPARATOR ', ') FROM enrollment WHERE student_id = ?")) {
            s.setLong(1, studentId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    // --- report data, classes, the schema's guard

    @Test
    void movementsOfAPeriodListArrivalsDeparturesAndTransfersOfTheFixture() {
        List<Movement> autumn = movement.movements(actor("zavuch"), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 31));
        assertTrue(autumn.contains(new Movement(LocalDate.of(2026, 9, 15), Movement.Kind.ARRIVAL, 305,
                new PersonName("Жуков", "Семён", "Ильич"), null, "5А", null, null)));
        assertTrue(autumn.contains(new Movement(LocalDate.of(2026, 10, 1), Movement.Kind.DEPARTURE, 306,
                new PersonName("Яковлева", "Дарья", "Романовна"), "5А", null, null, null)));
        assertTrue(autumn.contains(new Movement(LocalDate.of(2026, 10, 11), Movement.Kind.TRANSFER, 307,
                new PersonName("Громов", "Кирилл", "Денисович"), "5А", "5Б", null, null)));
        assertTrue(autumn.stream().noneMatch(m -> m.studentId() == 321), "nothing of the other school");
        for (int i = 1; i < autumn.size(); i++) {
            assertFalse(autumn.get(i).date().isBefore(autumn.get(i - 1).date()), "by date");
        }
        ValidationException e = assertThrows(ValidationException.class, () -> movement.movements(actor("zavuch"),
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 9, 1)));
        assertEquals(MovementService.PERIOD_INVALID, e.messageKey());
    }

    @Test
    void classesAreThoseOfTheYearContainingTheDate() {
        List<ClassChoice> classes = movement.classes(actor("zavuch"), LocalDate.of(2026, 11, 20));
        assertEquals(List.of("1А", "5А", "5Б", "10А"), classes.stream().map(ClassChoice::name).toList());
        assertEquals(List.of("4А"), movement.classes(actor("zavuch"), LocalDate.of(2026, 3, 1)).stream()
                .map(ClassChoice::name).toList());
        assertTrue(movement.classes(actor("zavuch"), LocalDate.of(2026, 7, 1)).isEmpty(), "summer: no year");
    }

    // --- access

    @Test
    void onlyTheAdministrationMovesStudents() throws SQLException {
        String before = footprint(302);
        for (String login : List.of("teacher", "klassruk", "admin", "parent", "student")) {
            Actor who = actor(login);
            assertThrows(AccessDeniedException.class, () -> movement.search(who, "Бел"), login);
            assertThrows(AccessDeniedException.class, () -> movement.history(who, 302), login);
            assertThrows(AccessDeniedException.class,
                    () -> movement.transfer(who, 302, 22, LocalDate.of(2026, 11, 2)), login);
            assertThrows(AccessDeniedException.class, () -> movement.depart(who, 302, LocalDate.of(2026, 11, 2),
                    DepartureCause.OTHER, "x"), login);
            assertThrows(AccessDeniedException.class,
                    () -> movement.arrive(who, 306, 22, LocalDate.of(2026, 11, 2), ""), login);
            assertThrows(AccessDeniedException.class, () -> movement.movements(who, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 9, 30)), login);
        }
        // The other school's director: our students are not found, and search shows only her school.
        Actor foreign = actor("gym-director");
        assertThrows(NotFoundException.class, () -> movement.transfer(foreign, 302, 24, LocalDate.of(2026, 11, 2)));
        assertThrows(NotFoundException.class, () -> movement.history(foreign, 302));
        assertTrue(movement.search(foreign, "Бел").isEmpty());
        assertEquals(before, footprint(302));
    }
}
