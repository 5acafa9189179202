package org.ejournal.timetable.internal;

import static org.ejournal.timetable.internal.TimetableTestSupport.actor;
import static org.ejournal.timetable.internal.TimetableTestSupport.count;
import static org.ejournal.timetable.internal.TimetableTestSupport.exec;
import static org.ejournal.timetable.internal.TimetableTestSupport.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.timetable.GenerationResult;
import org.ejournal.api.timetable.LessonView;
import org.ejournal.api.timetable.SlotEdit;
import org.ejournal.api.timetable.SlotView;
import org.ejournal.api.timetable.TimetableService;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lessons generated from the timetable, on real MariaDB: the two-schools fixture, whose 5А already holds
 * mathematics lessons with topics, works, marks and absences (601–606) and a Russian lesson (608), plus a city
 * holiday on Wednesday 23 September. The tests are one story in order: generate the I quarter, again, change
 * the timetable, regenerate.
 *
 * <p>5А timetable: mathematics (51) Monday 1st and Wednesday 2nd, Russian (52) Tuesday 1st and Friday 3rd.
 * I quarter 01.09–26.10.2026: 8 Mondays, 8 Wednesdays minus the holiday, 8 Tuesdays, 8 Fridays.
 */
@EJournalDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LessonGenerationOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 8, 25);
    static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    static final long FIRST_QUARTER = 11;
    static final String LESSONS_5A = "SELECT COUNT(*) FROM lesson l JOIN teaching_assignment a ON a.id = l.assignment_id"
            + " WHERE a.class_id = 21";

    static DataSource db;
    static StandaloneStore store;
    static StoreTimetableService timetable;
    static Actor zavuch;
    static SlotView mathWednesday;
    static SlotView russianTuesday;
    static SlotView russianFriday;

    @BeforeAll
    static void setUp(DataSource dataSource) {
        TimetableTestSupport.loadTwoSchools(dataSource);
        exec(dataSource, "INSERT INTO holiday (school_id, academic_year_id, kind, name, start_date, end_date)"
                + " VALUES (1, 1, 'HOLIDAY', 'День города', '2026-09-23', '2026-09-23'),"
                + " (1, 1, 'VACATION', 'Осенние каникулы', '2026-10-27', '2026-11-04')");
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        timetable = new StoreTimetableService(store, new DefaultAccessPolicy(store), TimetableTestSupport.clockAt(TODAY));
        zavuch = actor(store, "zavuch");
        timetable.addSlot(zavuch, new SlotEdit(51, 1, 1, "21", SEP_1, null));
        mathWednesday = timetable.addSlot(zavuch, new SlotEdit(51, 3, 2, "21", SEP_1, null));
        russianTuesday = timetable.addSlot(zavuch, new SlotEdit(52, 2, 1, "", SEP_1, null));
        russianFriday = timetable.addSlot(zavuch, new SlotEdit(52, 5, 3, "", SEP_1, null));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static long lessonId(long assignment, String date, int number) {
        return count(db, "SELECT id FROM lesson WHERE assignment_id = " + assignment + " AND lesson_date = '" + date
                + "' AND lesson_number = " + number);
    }

    static Set<Long> ids(List<LessonView> lessons) {
        return lessons.stream().map(LessonView::id).collect(Collectors.toSet());
    }

    @Test
    @Order(1)
    void onlyTheAdministrationGenerates() {
        for (String login : List.of("teacher", "klassruk", "admin")) {
            Actor who = actor(store, login);
            String before = TimetableTestSupport.fingerprint(db);
            assertThrows(AccessDeniedException.class, () -> timetable.generate(who, 21L, FIRST_QUARTER, null), login);
            assertEquals(before, TimetableTestSupport.fingerprint(db));
        }
    }

    @Test
    @Order(2)
    void generatesTheQuarterMinusHolidaysAndKeepsLessonsHoldingData() {
        long before = count(db, LESSONS_5A);
        // The preview tells what will happen and writes nothing.
        String untouched = TimetableTestSupport.fingerprint(db);
        GenerationResult preview = timetable.preview(zavuch, 21L, FIRST_QUARTER, null);
        assertEquals(untouched, TimetableTestSupport.fingerprint(db));
        // "from" defaults to tomorrow (26 August), so the quarter starts on 1 September.
        GenerationResult r = timetable.generate(zavuch, 21L, FIRST_QUARTER, null);
        assertEquals(SEP_1, r.from());
        assertEquals(LocalDate.of(2026, 10, 26), r.to());
        // Mathematics: 8 Mondays + 7 Wednesdays = 15 wanted; 601 (02.09 2nd), 605 (09.09 2nd), 603 (05.10 1st)
        // match; 602 (16.09, 3rd, with marks) stands in for 16.09 2nd. Russian: 16 wanted, none there.
        assertEquals(11 + 16, r.created());
        assertEquals(3, r.unchanged());
        assertEquals(0, r.moved());
        assertEquals(0, r.removed());
        // Kept as they are: 602 (16.09 3rd, marks), 604 (05.10 4th, topic), 608 (Russian on a Wednesday, 02.09).
        assertEquals(Set.of(602L, 604L, 608L), ids(r.kept()));
        assertTrue(r.kept().stream().allMatch(LessonView::holdsData));
        assertEquals(before + 27, count(db, LESSONS_5A));
        assertEquals(r.created(), preview.created());
        assertEquals(r.unchanged(), preview.unchanged());
        assertEquals(ids(r.kept()), ids(preview.kept()));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM lesson WHERE lesson_date = '2026-09-23'"), "holiday");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM lesson l JOIN teaching_assignment a ON a.id = l.assignment_id"
                + " WHERE a.class_id = 21 AND DAYOFWEEK(l.lesson_date) IN (1, 7)"), "no Saturday or Sunday lessons here");
        // The teacher of a generated lesson is the assignment's teacher; its topic and homework are empty.
        assertEquals(104, count(db, "SELECT teacher_id FROM lesson WHERE assignment_id = 51 AND lesson_date = '2026-09-07'"));
        assertEquals(105, count(db, "SELECT teacher_id FROM lesson WHERE assignment_id = 52 AND lesson_date = '2026-09-01'"
                + " AND lesson_number = 1 AND topic = '' AND homework = ''"));
        // Lessons outside the period are not touched (606 on 10.11 is in the II quarter).
        assertEquals(1, count(db, "SELECT COUNT(*) FROM lesson WHERE id = 606"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM lesson WHERE lesson_date > '2026-10-26' AND id <> 606"
                + " AND school_id = 1"));
    }

    @Test
    @Order(3)
    void generatingTwiceCreatesNothingNew() {
        String before = TimetableTestSupport.fingerprint(db);
        GenerationResult r = timetable.generate(zavuch, 21L, FIRST_QUARTER, SEP_1);
        assertEquals(0, r.created());
        assertEquals(0, r.moved());
        assertEquals(0, r.removed());
        assertEquals(30, r.unchanged());
        assertEquals(Set.of(602L, 604L, 608L), ids(r.kept()));
        assertEquals(before, TimetableTestSupport.fingerprint(db));
    }

    @Test
    @Order(4)
    void theWeekViewShowsGeneratedLessonsAndWhichHoldData() {
        List<LessonView> week = timetable.lessons(actor(store, "klassruk"), 21, LocalDate.of(2026, 9, 14),
                LocalDate.of(2026, 9, 19));
        // 16.09: 602 (3rd, with marks) stands in for the 2nd the timetable asks for; no second lesson is made.
        assertEquals(List.of("14.09 1 Математика", "15.09 1 Русский язык", "16.09 3 Математика",
                "18.09 3 Русский язык"), week.stream()
                .map(l -> l.date().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM")) + " "
                        + l.lessonNumber() + " " + l.assignment().subjectName()).toList());
        assertEquals(Set.of(602L), week.stream().filter(LessonView::holdsData).map(LessonView::id)
                .collect(Collectors.toSet()));
        assertThrows(AccessDeniedException.class, () -> timetable.lessons(actor(store, "parent"), 21,
                LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 19)));
    }

    @Test
    @Order(5)
    void aChangedSlotMovesEmptyFutureLessonsWithinTheWeek() {
        // From 1 October mathematics moves from Wednesday 2nd to Thursday 4th.
        timetable.changeSlot(zavuch, mathWednesday.id(), new SlotEdit(51, 4, 4, "21", LocalDate.of(2026, 10, 1), null));
        long wednesday7 = lessonId(51, "2026-10-07", 2);
        long beforeSeptember30 = lessonId(51, "2026-09-30", 2);
        GenerationResult r = timetable.generate(zavuch, 21L, FIRST_QUARTER, LocalDate.of(2026, 10, 1));
        assertEquals(3, r.moved(), "07.10, 14.10, 21.10 → 08.10, 15.10, 22.10");
        // Thursday 1 October: its week's Wednesday (30.09) lies before the change, so that one is new.
        assertEquals(1, r.created());
        assertEquals(0, r.removed());
        assertEquals(Set.of(604L), ids(r.kept()));
        // The same row, now on Thursday: ids (and anything pointing at them) survive the move.
        assertEquals(1, count(db, "SELECT COUNT(*) FROM lesson WHERE id = " + wednesday7
                + " AND lesson_date = '2026-10-08' AND lesson_number = 4"));
        assertEquals(3, count(db, "SELECT COUNT(*) FROM audit_event WHERE entity = 'lesson' AND action = 'UPDATE'"
                + " AND field = 'lesson_date' AND account_id = 3 AND lesson_id = entity_id"));
        // 30 September is before the change: untouched.
        assertEquals(beforeSeptember30, lessonId(51, "2026-09-30", 2));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM lesson WHERE assignment_id = 51 AND DAYOFWEEK(lesson_date) = 4"
                + " AND lesson_date >= '2026-10-01'"), "no Wednesday mathematics from October");
    }

    @Test
    @Order(6)
    void regenerationNeverTouchesLessonsWithTopicsMarksOrAbsencesAndAuditsRemovals() {
        long tue6 = lessonId(52, "2026-10-06", 1);
        long tue13 = lessonId(52, "2026-10-13", 1);
        long tue20 = lessonId(52, "2026-10-20", 1);
        long fri2 = lessonId(52, "2026-10-02", 3);
        long fri9 = lessonId(52, "2026-10-09", 3);
        long fri16 = lessonId(52, "2026-10-16", 3);
        long fri23 = lessonId(52, "2026-10-23", 3);
        exec(db, "UPDATE lesson SET homework = 'упр. 40' WHERE id = " + tue6,
                "INSERT INTO attendance (school_id, lesson_id, student_id, code) VALUES (1, " + fri9 + ", 302, 'Н')",
                "INSERT INTO work (id, school_id, lesson_id, work_type, weight, title) VALUES (790, 1, " + fri16
                        + ", 'DICTATION', 2, '')",
                "INSERT INTO mark (school_id, work_id, student_id, value) VALUES (1, 790, 303, '4')",
                "UPDATE lesson SET topic = 'Имя существительное' WHERE id = " + fri23);
        // Russian ends with September; regenerate from Saturday 3 October.
        timetable.endSlot(zavuch, russianTuesday.id(), LocalDate.of(2026, 9, 30));
        timetable.endSlot(zavuch, russianFriday.id(), LocalDate.of(2026, 9, 30));
        long auditsBefore = count(db, "SELECT COUNT(*) FROM audit_event WHERE entity = 'lesson' AND action = 'DELETE'");
        String untouched = TimetableTestSupport.fingerprint(db);
        assertEquals(2, timetable.preview(zavuch, 21L, FIRST_QUARTER, LocalDate.of(2026, 10, 3)).removed());
        assertEquals(untouched, TimetableTestSupport.fingerprint(db));
        GenerationResult r = timetable.generate(zavuch, 21L, FIRST_QUARTER, LocalDate.of(2026, 10, 3));
        assertEquals(2, r.removed(), "the empty Tuesdays 13.10 and 20.10");
        assertEquals(Set.of(604L, tue6, fri9, fri16, fri23), ids(r.kept()));
        for (long kept : List.of(tue6, fri9, fri16, fri23, 604L)) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM lesson WHERE id = " + kept), "kept " + kept);
        }
        assertEquals(1, count(db, "SELECT COUNT(*) FROM mark WHERE work_id = 790"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM lesson WHERE id IN (" + tue13 + ", " + tue20 + ")"));
        // Before the date given: left alone even though empty and no longer wanted.
        assertEquals(1, count(db, "SELECT COUNT(*) FROM lesson WHERE id = " + fri2));
        // Nothing disappears silently: one DELETE per removed lesson, naming it.
        assertEquals(auditsBefore + 2, count(db, "SELECT COUNT(*) FROM audit_event WHERE entity = 'lesson'"
                + " AND action = 'DELETE'"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM audit_event WHERE entity = 'lesson' AND action = 'DELETE'"
                + " AND entity_id = " + tue13 + " AND lesson_id = " + tue13 + " AND account_id = 3"
                + " AND old_value = '13.10.2026 урок 1, Русский язык · Смирнова О. И. (5А)'"));
    }

    @Test
    @Order(7)
    void theWholeSchoolAtOnce() {
        timetable.addSlot(zavuch, new SlotEdit(53, 1, 2, "", SEP_1, null));
        GenerationResult r = timetable.generate(zavuch, null, FIRST_QUARTER, LocalDate.of(2026, 10, 19));
        // 5Б: Russian on Mondays 19.10 and 26.10; 5А is already as its timetable wants.
        assertEquals(2, r.created());
        assertEquals(0, r.removed());
        assertEquals(2, count(db, "SELECT COUNT(*) FROM lesson WHERE assignment_id = 53"));
    }

    @Test
    @Order(8)
    void refusesLockedPeriodsDatesAfterThePeriodAndOtherYears() {
        assertEquals("Период заканчивается 26.10.2026: с этой даты создавать уже нечего.",
                refused(db, TimetableService.FROM_AFTER_PERIOD,
                        () -> timetable.generate(zavuch, 21L, FIRST_QUARTER, LocalDate.of(2026, 10, 27))));
        // 4А of 2025/2026 and the I quarter of 2026/2027.
        refused(db, TimetableService.PERIOD_OTHER_YEAR, () -> timetable.generate(zavuch, 29L, FIRST_QUARTER, null));
        exec(db, "UPDATE study_period SET locked_at = '2026-11-01 10:00:00' WHERE id = 11");
        assertEquals("Период «I четверть» закрыт: уроки в нём создавать нельзя.",
                refused(db, TimetableService.PERIOD_LOCKED, () -> timetable.generate(zavuch, 21L, FIRST_QUARTER, null)));
        assertFalse(timetable.periods(zavuch, 21).stream().filter(p -> p.id() == 12).findFirst().orElseThrow().locked());
        assertTrue(timetable.periods(zavuch, 21).stream().filter(p -> p.id() == 11).findFirst().orElseThrow().locked());
    }
}
