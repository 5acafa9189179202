package org.ejournal.gradebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.journal.AttachmentInfo;
import org.ejournal.api.journal.AttendanceCell;
import org.ejournal.api.journal.ClassAttendanceWeek;
import org.ejournal.api.journal.HistoryEntry;
import org.ejournal.api.journal.JournalConflictException;
import org.ejournal.api.journal.JournalEditState;
import org.ejournal.api.journal.JournalRuleException;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.LessonState;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.api.journal.WorkInfo;
import org.ejournal.api.journal.WriteResult;
import org.ejournal.rules.defaults.CyrillicTextRule;
import org.ejournal.rules.defaults.EnrollmentRule;
import org.ejournal.rules.defaults.FirstGradeRule;
import org.ejournal.rules.defaults.LockedPeriodRule;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writing the journal on real MariaDB with the real access policy, real accounts and the default rules: each
 * rule, conflicts of two writers on one cell (also truly concurrent), audit rows for every kind of change,
 * substitutes' date limits, attendance reasons by the class teacher, works with the school's weights, files.
 * Data: {@code journal-write.sql} next to this class. Tests use distinct cells, so their order does not matter.
 */
@EJournalDatabase
class JournalWriteOnMariaDbTest {

    static final String ADDRESS = "192.0.2.15";
    static final int EMPTY = MarkCell.EMPTY_VERSION;

    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreJournalWriteService service;
    static DataSource db;
    static final FirstGradeRule FIRST_GRADE = new FirstGradeRule();

    @BeforeAll
    static void setUp(DataSource dataSource) {
        db = dataSource;
        runScript(dataSource, "journal-write.sql");
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        service = new StoreJournalWriteService(store, new DefaultAccessPolicy(store));
        service.addRule(new LockedPeriodRule(), Map.of("service.ranking", 200));
        service.addRule(FIRST_GRADE, Map.of("service.ranking", 100));
        service.addRule(new EnrollmentRule(), Map.of("service.ranking", 90));
        service.addRule(new CyrillicTextRule(), Map.of("service.ranking", 10));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    // --- marks, audit, history --------------------------------------------------------------------------

    @Test
    void markIsSetChangedAndRemovedEachWithAnAuditRowAndTheCellHistoryShowsThem() {
        Actor teacher = actor("teacher");
        WriteResult<MarkCell> first = service.setMark(teacher, ADDRESS, 701, 301, " 5 ", EMPTY);
        assertEquals("5", first.state().value());
        assertEquals(0, first.state().version());
        assertEquals("Иванова Мария Петровна", first.state().changedBy());
        assertEquals(service.markCell(teacher, 701, 301), first.state());
        assertTrue(first.warnings().isEmpty());

        MarkCell second = service.setMark(teacher, ADDRESS, 701, 301, "4 / 5", 0).state();
        assertEquals("4/5", second.value(), "a double mark is one value");
        assertEquals(1, second.version());
        // What a save answers (shown in the grid as the saved state) is what a fresh read shows: who, when, version.
        assertEquals(service.markCell(teacher, 701, 301), second);

        MarkCell cleared = service.clearMark(teacher, ADDRESS, 701, 301, 1).state();
        assertTrue(cleared.isEmpty());
        assertEquals(EMPTY, service.markCell(teacher, 701, 301).version());

        List<HistoryEntry> history = service.cellHistory(teacher, 601, 701L, 301);
        assertEquals(List.of("INSERT null→5", "UPDATE 5→4/5", "DELETE 4/5→null"), history.stream()
                .map(h -> h.action() + " " + h.oldValue() + "→" + h.newValue()).collect(Collectors.toList()));
        for (HistoryEntry h : history) {
            assertEquals("mark", h.entity());
            assertEquals(4L, h.accountId());
            assertEquals("Иванова Мария Петровна", h.who());
            assertEquals(ADDRESS, h.address());
            assertEquals(601L, h.lessonId());
            assertEquals(701L, h.workId());
            assertEquals(301L, h.studentId());
        }
        assertEquals(3, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'mark' AND work_id = 701"
                + " AND student_id = 301 AND address = '" + ADDRESS + "' AND account_id = 4"));
    }

    @Test
    void valuesOutsideTheScaleAreRefusedAndNothingIsStored() {
        Actor teacher = actor("teacher");
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.setMark(teacher, ADDRESS, 701, 302, "6", EMPTY));
        assertEquals("error.journal.mark.invalid", e.messageKey());
        assertThrows(ValidationException.class, () -> service.setMark(teacher, ADDRESS, 701, 302, "5/4/3", EMPTY));
        assertThrows(ValidationException.class, () -> service.setMark(teacher, ADDRESS, 701, 302, "", EMPTY));
        assertEquals("зач", service.setMark(teacher, ADDRESS, 701, 302, "ЗАЧ", EMPTY).state().value());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE work_id = 701 AND student_id = 302"));
    }

    // --- conflicts --------------------------------------------------------------------------------------

    @Test
    void secondWriterOfTheSameCellSeesTheConflictWithTheValueAndWhoWroteIt() {
        Actor teacher = actor("teacher");
        // Both had the cell empty on screen; the first one's "5" is stored.
        service.setMark(teacher, "10.0.0.1", 704, 301, "5", EMPTY);
        JournalConflictException conflict = assertThrows(JournalConflictException.class,
                () -> service.setMark(teacher, "10.0.0.2", 704, 301, "3", EMPTY));
        assertEquals("error.journal.conflict", conflict.messageKey());
        assertEquals("5", conflict.currentValue());
        assertEquals(0, conflict.currentVersion());
        assertEquals("Иванова Мария Петровна", conflict.changedBy());
        assertTrue(conflict.current() instanceof MarkCell);
        assertEquals("5", service.markCell(teacher, 704, 301).value(), "nothing overwritten");

        // A stale version on an update: the same.
        service.setMark(teacher, "10.0.0.1", 704, 301, "4", 0);
        JournalConflictException stale = assertThrows(JournalConflictException.class,
                () -> service.setMark(teacher, "10.0.0.2", 704, 301, "2", 0));
        assertEquals("4", stale.currentValue());
        assertThrows(JournalConflictException.class, () -> service.clearMark(teacher, "10.0.0.2", 704, 301, 0));
        // Deciding to overwrite after seeing the conflict: write against the version it carries.
        assertEquals("2", service.setMark(teacher, "10.0.0.2", 704, 301, "2", stale.currentVersion()).state().value());
        assertEquals(3, count("SELECT COUNT(*) FROM audit_event WHERE work_id = 704 AND student_id = 301"));
    }

    @Test
    void twoWritersAtTheSameMomentOnOneCellOneWinsTheOtherGetsAConflictNothingIsLostSilently() throws Exception {
        Actor teacher = actor("teacher");
        long[] students = {301, 302, 303, 305};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long student : students) {
                // First marks of an empty cell, both at once (the unique key of the cell or the version decides).
                List<Object> outcomes = race(pool, () -> service.setMark(teacher, "10.0.0.1", 705, student, "5", EMPTY),
                        () -> service.setMark(teacher, "10.0.0.2", 705, student, "3", EMPTY));
                assertOneWonOneConflicted(outcomes);
                String winner = ((MarkCell) outcomes.stream().filter(o -> o instanceof WriteResult<?>)
                        .map(o -> ((WriteResult<?>) o).state()).findFirst().orElseThrow()).value();
                JournalConflictException loser = (JournalConflictException) outcomes.stream()
                        .filter(o -> o instanceof JournalConflictException).findFirst().orElseThrow();
                assertEquals(winner, loser.currentValue(), "the loser is shown the winner's value");
                assertEquals(winner, service.markCell(teacher, 705, student).value());
                assertEquals(1, count("SELECT COUNT(*) FROM mark WHERE work_id = 705 AND student_id = " + student));
                assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE work_id = 705 AND student_id = "
                        + student), "only the stored change is audited");

                // Then both change it from the same version at once: the optimistic lock decides.
                List<Object> updates = race(pool, () -> service.setMark(teacher, "10.0.0.1", 705, student, "4", 0),
                        () -> service.setMark(teacher, "10.0.0.2", 705, student, "2", 0));
                assertOneWonOneConflicted(updates);
                assertEquals(1, service.markCell(teacher, 705, student).version());
                assertEquals(2, count("SELECT COUNT(*) FROM audit_event WHERE work_id = 705 AND student_id = "
                        + student));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Object> race(ExecutorService pool, Callable<Object> a, Callable<Object> b) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : List.of(a, b)) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return task.call();
                } catch (JournalConflictException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get());
        }
        return outcomes;
    }

    static void assertOneWonOneConflicted(List<Object> outcomes) {
        long won = outcomes.stream().filter(o -> o instanceof WriteResult<?>).count();
        long conflicts = outcomes.stream().filter(o -> o instanceof JournalConflictException).count();
        assertEquals(1, won, outcomes.toString());
        assertEquals(1, conflicts, outcomes.toString());
    }

    // --- rules --------------------------------------------------------------------------------------------

    @Test
    void firstGradeTeacherCannotGiveAMarkNorHomeworkButWritesTopicsAndAbsences() {
        Actor first = actor("first");
        long auditBefore = count("SELECT COUNT(*) FROM audit_event WHERE work_id = 709");
        JournalRuleException e = assertThrows(JournalRuleException.class,
                () -> service.setMark(first, ADDRESS, 709, 312, "5", EMPTY));
        assertEquals("error.journal.rule", e.messageKey());
        assertEquals("first-grade", e.verdict().ruleId());
        assertEquals("В 1-м классе отметки не ставятся (безотметочное обучение).", e.arguments()[0]);
        assertEquals(0, count("SELECT COUNT(*) FROM mark WHERE work_id = 709"));
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_event WHERE work_id = 709"),
                "a refusal is not audited");

        LessonState lesson = service.lesson(first, 609);
        assertThrows(JournalRuleException.class,
                () -> service.updateLesson(first, ADDRESS, 609, null, "прочитать сказку", lesson.version()));
        assertThrows(JournalRuleException.class,
                () -> service.addAttachment(first, ADDRESS, 609, "сказка.txt", "text/plain", new byte[] {1}));
        assertEquals("Счёт до десяти, повторение",
                service.updateLesson(first, ADDRESS, 609, "Счёт до десяти, повторение", null, lesson.version())
                        .state().topic());
        assertEquals("Н", service.setAttendance(first, ADDRESS, 609, 312, "Н", EMPTY).state().code());
    }

    @Test
    void removingARuleChangesBehaviourAtOnce() {
        Actor first = actor("first");
        service.removeRule(FIRST_GRADE);
        try {
            assertEquals("5", service.setMark(first, ADDRESS, 709, 312, "5", EMPTY).state().value());
            service.clearMark(first, ADDRESS, 709, 312, 0);
        } finally {
            service.addRule(FIRST_GRADE, Map.of("service.ranking", 100));
        }
        assertThrows(JournalRuleException.class, () -> service.setMark(first, ADDRESS, 709, 312, "5", EMPTY));
    }

    @Test
    void marksAndAbsencesOnlyForStudentsEnrolledOnTheLessonDate() {
        Actor teacher = actor("teacher");
        // Яковлева left on 01.10; the test was on 05.10.
        JournalRuleException left = assertThrows(JournalRuleException.class,
                () -> service.setMark(teacher, ADDRESS, 702, 306, "4", EMPTY));
        assertEquals("enrollment", left.verdict().ruleId());
        assertTrue(left.verdict().text().contains("05.10.2026"), left.verdict().text());
        // Жуков arrived on 15.09; the lesson was on 02.09.
        assertThrows(JournalRuleException.class, () -> service.setMark(teacher, ADDRESS, 701, 305, "4", EMPTY));
        assertThrows(JournalRuleException.class, () -> service.setAttendance(teacher, ADDRESS, 601, 305, "Н", EMPTY));
        // The same students on dates they were there.
        assertEquals("4", service.setMark(teacher, ADDRESS, 701, 306, "4", EMPTY).state().value());
        assertEquals("4", service.setMark(teacher, ADDRESS, 702, 305, "4", EMPTY).state().value());
        // A student of another school is not found at all.
        assertThrows(NotFoundException.class, () -> service.setMark(teacher, ADDRESS, 701, 321, "4", EMPTY));
    }

    @Test
    void nothingIsWrittenIntoALockedPeriodOnlyTheClassSchemesLockCounts() {
        Actor teacher = actor("teacher");
        // Lesson 610 (20.01.2027) is in the locked III quarter.
        JournalRuleException e = assertThrows(JournalRuleException.class,
                () -> service.setMark(teacher, ADDRESS, 710, 301, "5", EMPTY));
        assertEquals("locked-period", e.verdict().ruleId());
        assertTrue(e.verdict().text().contains("20.01.2027"), e.verdict().text());
        LessonState lesson = service.lesson(teacher, 610);
        assertThrows(JournalRuleException.class,
                () -> service.updateLesson(teacher, ADDRESS, 610, "Проценты и доли", null, lesson.version()));
        assertThrows(JournalRuleException.class, () -> service.setAttendance(teacher, ADDRESS, 610, 301, "Н", EMPTY));
        assertThrows(JournalRuleException.class, () -> service.addWork(teacher, ADDRESS, 610, "TEST", ""));
        assertEquals("Проценты", service.lesson(teacher, 610).topic());
        // 05.10 lies in the locked I half-year too, but 5А keeps quarters: writable.
        assertEquals("5", service.setMark(teacher, ADDRESS, 702, 303, "5", EMPTY).state().value());
    }

    @Test
    void topicOrHomeworkWithoutCyrillicIsSavedWithAWarning() {
        Actor teacher = actor("teacher");
        LessonState before = service.lesson(teacher, 606);
        WriteResult<LessonState> result = service.updateLesson(teacher, ADDRESS, 606, "Fractions", "ex. 5",
                before.version());
        assertEquals("Fractions", result.state().topic());
        assertEquals(List.of("cyrillic-text", "cyrillic-text"),
                result.warnings().stream().map(w -> w.ruleId()).collect(Collectors.toList()));
        assertEquals("В теме урока нет русского текста. Журнал ведётся на русском языке.",
                result.warnings().get(0).text());
        assertTrue(service.updateLesson(teacher, ADDRESS, 606, "Дроби", "№ 5", result.state().version()).warnings()
                .isEmpty());
    }

    // --- topic and homework ---------------------------------------------------------------------------------

    @Test
    void topicAndHomeworkAreAuditedFieldByFieldAndAStaleVersionIsAConflict() {
        Actor teacher = actor("teacher");
        LessonState before = service.lesson(teacher, 603);
        assertEquals("Обыкновенные дроби", before.topic());
        assertTrue(before.writable());
        LessonState after = service.updateLesson(teacher, ADDRESS, 603, "Обыкновенные дроби: сравнение",
                "п. 12, № 301", before.version()).state();
        assertEquals(before.version() + 1, after.version());
        List<HistoryEntry> history = service.lessonHistory(teacher, 603);
        // Two fields changed in one write: two rows of the same moment.
        assertEquals(java.util.Set.of("topic: Обыкновенные дроби→Обыкновенные дроби: сравнение",
                        "homework: п. 12→п. 12, № 301"),
                history.stream().filter(h -> h.entity().equals("lesson"))
                        .map(h -> h.field() + ": " + h.oldValue() + "→" + h.newValue()).collect(Collectors.toSet()));
        assertEquals(2, history.size());
        JournalConflictException conflict = assertThrows(JournalConflictException.class,
                () -> service.updateLesson(teacher, "10.0.0.9", 603, "Другое", null, before.version()));
        assertEquals("Иванова Мария Петровна", conflict.changedBy());
        assertEquals("Обыкновенные дроби: сравнение", ((LessonState) conflict.current()).topic());
        // Only the homework changed: one row.
        service.updateLesson(teacher, ADDRESS, 603, null, "п. 12", after.version());
        assertEquals(3, service.lessonHistory(teacher, 603).stream().filter(h -> h.entity().equals("lesson")).count());
    }

    // --- access and substitutes -----------------------------------------------------------------------------

    @Test
    void substituteWritesOnlyLessonsOnTheDatesOfHisActiveSubstitutionAndTheAuditShowsHim() {
        Actor orlov = actor("orlov");
        // 10.09 is inside 08.09–12.09.
        MarkCell mark = service.setMark(orlov, "10.1.1.1", 703, 301, "5", EMPTY).state();
        assertEquals("Орлов Дмитрий Андреевич", mark.changedBy());
        HistoryEntry audit = service.cellHistory(actor("teacher"), 602, 703L, 301).get(0);
        assertEquals(6L, audit.accountId());
        assertEquals("Орлов Дмитрий Андреевич", audit.who());
        assertEquals("10.1.1.1", audit.address());
        // 02.09 is before the substitution; 05.10 is only in a cancelled one.
        assertThrows(AccessDeniedException.class, () -> service.setMark(orlov, ADDRESS, 701, 303, "5", EMPTY));
        assertThrows(AccessDeniedException.class, () -> service.setMark(orlov, ADDRESS, 702, 302, "5", EMPTY));
        assertThrows(AccessDeniedException.class, () -> service.setAttendance(orlov, ADDRESS, 603, 302, "Н", EMPTY));
        // He reads the journal he substitutes in and sees which lessons he may write.
        JournalEditState state = service.editState(orlov, 51, 11);
        assertEquals(java.util.Set.of(602L), state.writableLessons());
        assertFalse(service.lesson(orlov, 603).writable());
        // The assignment's teacher writes on every date of her journal.
        assertTrue(service.editState(actor("teacher"), 51, 11).writableLessons().containsAll(List.of(601L, 602L,
                603L)));
    }

    @Test
    void administrationAndOtherTeachersDoNotWriteAndOtherSchoolsSeeNothing() {
        assertThrows(AccessDeniedException.class,
                () -> service.setMark(actor("zavuch"), ADDRESS, 701, 303, "5", EMPTY));
        assertThrows(AccessDeniedException.class,
                () -> service.setMark(actor("klassruk"), ADDRESS, 701, 303, "5", EMPTY), "class teacher of 5А");
        assertThrows(NotFoundException.class,
                () -> service.setMark(actor("gym-teacher"), ADDRESS, 701, 303, "5", EMPTY));
        assertThrows(NotFoundException.class, () -> service.cellHistory(actor("gym-teacher"), 601, 701L, 301));
        assertEquals(0, count("SELECT COUNT(*) FROM mark WHERE work_id = 701 AND student_id = 303"));
    }

    // --- attendance -------------------------------------------------------------------------------------------

    @Test
    void absenceIsRecordedThenTheClassTeacherSetsItsReasonInHerWeekEachChangeAudited() {
        Actor teacher = actor("teacher");
        AttendanceCell absent = service.setAttendance(teacher, ADDRESS, 603, 304, "н", EMPTY).state();
        assertEquals("Н", absent.code());
        // What a save answers (shown in the grid as the saved state) is what a fresh read shows: who, when, version.
        assertEquals(service.attendanceCell(teacher, 603, 304), absent);
        AttendanceCell late = service.setAttendance(teacher, ADDRESS, 603, 303, "оп", EMPTY).state();
        AttendanceCell changed = service.setAttendance(teacher, ADDRESS, 603, 303, "Н", late.version()).state();
        assertEquals(service.attendanceCell(teacher, 603, 303), changed);
        assertEquals(late.version() + 1, changed.version());
        ValidationException bad = assertThrows(ValidationException.class,
                () -> service.setAttendance(teacher, ADDRESS, 603, 303, "X", EMPTY));
        assertEquals("error.journal.attendance.invalid", bad.messageKey());

        Actor klassruk = actor("klassruk");
        ClassAttendanceWeek week = service.classAttendanceWeek(klassruk, 21, LocalDate.of(2026, 10, 7));
        assertEquals(LocalDate.of(2026, 10, 5), week.monday());
        assertEquals("5А", week.className());
        assertEquals(List.of("05.10 1 Математика", "05.10 3 Русский язык", "07.10 1 Математика",
                        "08.10 1 Математика", "09.10 1 Математика"),
                week.lessons().stream().map(l -> String.format("%02d.%02d %d %s", l.date().getDayOfMonth(),
                        l.date().getMonthValue(), l.lessonNumber(), l.subjectName())).collect(Collectors.toList()));
        assertFalse(week.students().stream().anyMatch(s -> s.id() == 306), "Яковлева left before that week");
        AttendanceCell cell = week.absences().stream().filter(a -> a.lessonId() == 603 && a.studentId() == 304)
                .findFirst().orElseThrow();
        assertEquals(List.of("Н", "Б", "УП", "ОП"), week.codes().stream().map(c -> c.code()).collect(Collectors.toList()));

        AttendanceCell reasoned = service.setAbsenceReason(klassruk, ADDRESS, 603, 304, "Б", "справка № 17",
                cell.version()).state();
        assertEquals("Б", reasoned.code());
        assertEquals("справка № 17", reasoned.reason());
        assertEquals("Смирнова Ольга Ивановна", reasoned.changedBy());
        List<String> trail = service.cellHistory(teacher, 603, null, 304).stream()
                .map(h -> h.field() + ": " + h.oldValue() + "→" + h.newValue()).collect(Collectors.toList());
        assertEquals("code: null→Н", trail.get(0));
        // Code and reason changed in one write: two rows of the same moment.
        assertEquals(java.util.Set.of("code: Н→Б", "reason: →справка № 17"), java.util.Set.copyOf(trail.subList(1, 3)));
        assertEquals(3, trail.size());

        // Not the class teacher of 5А: no week, no reasons.
        assertThrows(AccessDeniedException.class,
                () -> service.classAttendanceWeek(actor("orlov"), 21, LocalDate.of(2026, 10, 7)));
        assertThrows(AccessDeniedException.class, () -> service.setAbsenceReason(actor("orlov"), ADDRESS, 603, 304,
                null, "x", reasoned.version()));
        // The student was there after all: removed, the trail keeps the old code and reason.
        service.clearAttendance(teacher, ADDRESS, 603, 304, reasoned.version());
        assertTrue(service.attendanceCell(teacher, 603, 304).isEmpty());
        assertEquals(java.util.Set.of("DELETE code Б", "DELETE reason справка № 17"),
                service.cellHistory(teacher, 603, null, 304).stream().filter(h -> h.action().equals("DELETE"))
                        .map(h -> h.action() + " " + h.field() + " " + h.oldValue()).collect(Collectors.toSet()));
    }

    // --- works, weights, averages, files --------------------------------------------------------------------

    @Test
    void workTakesItsWeightFromTheSchoolsWorkTypeAndTheAverageIsWeighted() {
        Actor teacher = actor("teacher");
        assertEquals(List.of("ANSWER:1", "TEST:3", "DICTATION:2"), service.workTypes(teacher).stream()
                .map(t -> t.code() + ":" + t.weight()).collect(Collectors.toList()));
        WorkInfo test = service.addWork(teacher, ADDRESS, 604, "test", "Самостоятельная работа").state();
        assertEquals("TEST", test.workType());
        assertEquals(3, test.weight());
        assertEquals("Контрольная работа", test.typeName());
        assertThrows(ValidationException.class, () -> service.addWork(teacher, ADDRESS, 604, "ESSAY", ""));
        assertEquals(1, service.lessonHistory(teacher, 604).size());

        // Егоров (304): 5 for an answer (weight 1), 4/5 for the test (weight 3): (5 + 4·3 + 5·3) / 7.
        service.setMark(teacher, ADDRESS, 706, 304, "5", EMPTY);
        service.setMark(teacher, ADDRESS, test.workId(), 304, "4/5", EMPTY);
        JournalEditState state = service.editState(teacher, 51, 11);
        assertEquals(32.0 / 7, state.averages().get(304L), 1e-9);
        assertTrue(state.marks().stream().anyMatch(m -> m.workId() == test.workId() && m.studentId() == 304
                && m.value().equals("4/5") && m.version() == 0));

        // A work with marks is not removed; an empty one is, audited.
        assertThrows(ValidationException.class, () -> service.removeWork(teacher, ADDRESS, test.workId()));
        WorkInfo spare = service.addWork(teacher, ADDRESS, 604, "ANSWER", "").state();
        service.removeWork(teacher, ADDRESS, spare.workId());
        assertEquals(List.of("INSERT", "INSERT", "DELETE"), service.lessonHistory(teacher, 604).stream()
                .map(HistoryEntry::action).collect(Collectors.toList()));
    }

    @Test
    void aSchoolWithoutOwnWorkTypesAndCodesGetsTheDefaultsAndItsAdministrationSetsItsOwn() {
        Actor gym = actor("gym-teacher");
        assertTrue(service.workTypes(gym).stream().anyMatch(t -> t.code().equals("TEST") && t.weight() == 3));
        assertEquals(List.of("Н", "Б", "УП", "ОП"), service.attendanceCodes(gym).stream().map(c -> c.code())
                .collect(Collectors.toList()));

        // The director of that school: tests weigh 4 there, a new code «ДО» (дистанционное обучение).
        Actor director = actor("gym-director");
        List<org.ejournal.api.journal.WorkTypeInfo> types = service.saveWorkType(director, ADDRESS,
                new org.ejournal.api.journal.WorkTypeInfo("test", "Контрольная работа", 4));
        assertEquals(8, types.size(), "the defaults were stored first, then changed");
        assertEquals(4, service.addWork(gym, ADDRESS, 607, "TEST", "").state().weight());
        service.removeWorkType(director, ADDRESS, "ESSAY");
        assertThrows(ValidationException.class, () -> service.addWork(gym, ADDRESS, 607, "ESSAY", ""));
        assertThrows(ValidationException.class, () -> service.saveWorkType(director, ADDRESS,
                new org.ejournal.api.journal.WorkTypeInfo("TEST", "Контрольная работа", 11)));

        assertEquals(List.of("Н", "Б", "УП", "ОП", "ДО"), service.saveAttendanceCode(director, ADDRESS,
                new org.ejournal.api.journal.AttendanceCodeInfo("до", "дистанционное обучение", false, true)).stream()
                .map(c -> c.code()).collect(Collectors.toList()));
        assertEquals("ДО", service.setAttendance(gym, ADDRESS, 607, 321, "до", EMPTY).state().code());
        service.removeAttendanceCode(director, ADDRESS, "ОП");
        assertThrows(ValidationException.class, () -> service.setAttendance(gym, ADDRESS, 607, 321, "ОП", 0));
        assertEquals(4, count("SELECT COUNT(*) FROM audit_event WHERE school_id = 2 AND entity IN ('work_type',"
                + " 'attendance_code') AND account_id = 11"));

        // Teachers do not configure; nobody configures another school.
        assertThrows(AccessDeniedException.class, () -> service.saveWorkType(gym, ADDRESS,
                new org.ejournal.api.journal.WorkTypeInfo("TEST", "Контрольная", 1)));
        assertThrows(AccessDeniedException.class, () -> service.removeAttendanceCode(gym, ADDRESS, "Н"));
        // School 1 keeps its own types.
        assertEquals(3, service.workTypes(actor("teacher")).stream().filter(t -> t.code().equals("TEST"))
                .findFirst().orElseThrow().weight());
    }

    @Test
    void homeworkFilesAreAttachedListedReadAndRemovedWithinTheSizeLimit() {
        Actor teacher = actor("teacher");
        byte[] content = "Задачи № 1–5".getBytes(StandardCharsets.UTF_8);
        AttachmentInfo file = service.addAttachment(teacher, ADDRESS, 605, "C:\\docs\\задачи.txt", "text/plain",
                content).state();
        assertEquals("задачи.txt", file.fileName());
        assertEquals(List.of("задачи.txt"), service.attachments(teacher, 605).stream().map(AttachmentInfo::fileName)
                .collect(Collectors.toList()));
        assertEquals("Задачи № 1–5", new String(service.attachmentContent(actor("klassruk"), file.attachmentId()),
                StandardCharsets.UTF_8));
        ValidationException tooLarge = assertThrows(ValidationException.class, () -> service.addAttachment(teacher,
                ADDRESS, 605, "big.bin", null, new byte[(int) JournalWriteService.MAX_ATTACHMENT_BYTES + 1]));
        assertEquals("error.journal.attachment.tooLarge", tooLarge.messageKey());
        service.removeAttachment(teacher, ADDRESS, file.attachmentId());
        assertTrue(service.attachments(teacher, 605).isEmpty());
        assertEquals(1, count("SELECT COUNT(*) FROM lesson_attachment WHERE lesson_id = 605"), "the row stays");
        assertEquals(List.of("INSERT", "DELETE"), service.lessonHistory(teacher, 605).stream()
                .map(HistoryEntry::action).collect(Collectors.toList()));
        assertNull(service.lessonHistory(teacher, 605).get(1).newValue());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static long count(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void runScript(DataSource dataSource, String name) {
        String script;
        try (InputStream in = JournalWriteOnMariaDbTest.class.getResourceAsStream(name)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                String statement = sql.replaceAll("(?m)^--.*$", "").trim();
                if (!statement.isEmpty()) {
                    s.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }
}
