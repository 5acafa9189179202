package org.ejournal.timetable.internal;

import static org.ejournal.timetable.internal.TimetableTestSupport.actor;
import static org.ejournal.timetable.internal.TimetableTestSupport.count;
import static org.ejournal.timetable.internal.TimetableTestSupport.exec;
import static org.ejournal.timetable.internal.TimetableTestSupport.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.timetable.AssignmentOption;
import org.ejournal.api.timetable.ClassOption;
import org.ejournal.api.timetable.SlotEdit;
import org.ejournal.api.timetable.SlotView;
import org.ejournal.api.timetable.TimetableService;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slots on real MariaDB: the two-schools fixture (5А = 21, 5Б = 22, year 2026/2027) plus English in 5А split
 * into groups 1 (Абрамова, Белов) and 2 (Ёлкин, Егоров) and a "project" group 3 (Белов, Жуков) that shares
 * Белов with group 1. Each test uses its own weekday and lesson numbers, so the order does not matter.
 */
@EJournalDatabase
class TimetableSlotsOnMariaDbTest {

    static final LocalDate TODAY = LocalDate.of(2026, 8, 25);
    static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    static final long MATH_5A = 51;
    static final long RUSSIAN_5A = 52;
    static final long RUSSIAN_5B = 53;
    static final long MATH_5B = 54;
    static final long ENGLISH_G1 = 58;
    static final long ENGLISH_G2 = 59;
    static final long PROJECT_G3 = 60;

    static DataSource db;
    static StandaloneStore store;
    static StoreTimetableService timetable;
    static Actor zavuch;

    @BeforeAll
    static void setUp(DataSource dataSource) {
        TimetableTestSupport.loadTwoSchools(dataSource);
        exec(dataSource,
                "INSERT INTO subject (id, school_id, name, short_name, sort_order) VALUES (44, 1, 'Английский язык', 'Англ.', 3),"
                        + " (45, 1, 'Проектная деятельность', 'Проект', 4)",
                "INSERT INTO subgroup (id, school_id, class_id, subject_id, name) VALUES (91, 1, 21, 44, 'группа 1'),"
                        + " (92, 1, 21, 44, 'группа 2'), (93, 1, 21, 45, 'группа 3')",
                "INSERT INTO subgroup_member (school_id, subgroup_id, student_id) VALUES (1, 91, 301), (1, 91, 302),"
                        + " (1, 92, 303), (1, 92, 304), (1, 93, 302), (1, 93, 305)",
                "INSERT INTO teaching_assignment (id, school_id, academic_year_id, class_id, subgroup_id, subject_id, teacher_id)"
                        + " VALUES (58, 1, 1, 21, 91, 44, 106), (59, 1, 1, 21, 92, 44, 107), (60, 1, 1, 21, 93, 45, 102)");
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        timetable = new StoreTimetableService(store, new DefaultAccessPolicy(store), TimetableTestSupport.clockAt(TODAY));
        zavuch = actor(store, "zavuch");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static SlotEdit edit(long assignment, int weekday, int number, String room) {
        return new SlotEdit(assignment, weekday, number, room, SEP_1, null);
    }

    @Test
    void classesOfTheComingYearInTheSummer() {
        // On 25 August 2025/2026 has ended: the year being planned is 2026/2027 (4А of 2025/2026 is not offered).
        List<String> names = timetable.classes(zavuch).stream().map(ClassOption::name).toList();
        assertEquals(List.of("1А", "5А", "5Б", "10А"), names);
    }

    @Test
    void assignmentsOfAClassIncludeSubgroups() {
        List<String> labels = timetable.assignments(zavuch, 21).stream().map(AssignmentOption::label).toList();
        assertEquals(List.of("Английский язык (группа 1) · Орлов Д. А.", "Английский язык (группа 2) · Лебедева А.",
                "Математика · Иванова М. П.", "Проектная деятельность (группа 3) · Сидорова Е. В.",
                "Русский язык · Смирнова О. И."), labels);
    }

    @Test
    void addsASlotAndAuditsIt() {
        String audited = "SELECT COUNT(*) FROM audit_event WHERE entity = 'school_class' AND entity_id = 21"
                + " AND action = 'INSERT' AND field = 'timetable_slot' AND account_id = 3"
                + " AND new_value LIKE 'день 1, урок 1, Математика%каб. 21, с 01.09.2026'";
        long audits = count(db, audited);
        SlotView slot = timetable.addSlot(zavuch, edit(MATH_5A, 1, 1, "21"));
        assertEquals(21, slot.classId());
        assertEquals("Математика", slot.assignment().subjectName());
        assertEquals(1, count(db, "SELECT COUNT(*) FROM timetable_slot WHERE id = " + slot.id()
                + " AND class_id = 21 AND assignment_id = 51 AND weekday = 1 AND lesson_number = 1 AND room = '21'"
                + " AND valid_from = '2026-09-01' AND valid_to IS NULL"));
        assertEquals(audits + 1, count(db, audited));
        assertTrue(timetable.slots(zavuch, 21, SEP_1).stream().anyMatch(s -> s.id() == slot.id()));
    }

    @Test
    void refusesTheSameClassTwiceAtTheSameTime() {
        timetable.addSlot(zavuch, edit(MATH_5A, 2, 1, ""));
        String text = refused(db, TimetableService.CLASH_CLASS,
                () -> timetable.addSlot(zavuch, edit(RUSSIAN_5A, 2, 1, "")));
        assertEquals("Во вторник на 1-м уроке у класса 5А уже стоит Математика · Иванова М. П. (5А) (с 01.09.2026).",
                text);
    }

    @Test
    void refusesATeacherInTwoClassesAtOnce() {
        timetable.addSlot(zavuch, edit(MATH_5A, 3, 1, ""));
        String text = refused(db, TimetableService.CLASH_TEACHER,
                () -> timetable.addSlot(zavuch, edit(MATH_5B, 3, 1, "")));
        assertEquals("В среду на 1-м уроке учитель Иванова М. П. уже ведёт Математика · Иванова М. П. (5А) (с 01.09.2026).",
                text);
    }

    @Test
    void refusesATakenRoomButNotAnotherOne() {
        timetable.addSlot(zavuch, edit(MATH_5A, 4, 1, "21"));
        String text = refused(db, TimetableService.CLASH_ROOM,
                () -> timetable.addSlot(zavuch, edit(RUSSIAN_5B, 4, 1, " 21 ")));
        assertEquals("В четверг на 1-м уроке кабинет 21 уже занят: Математика · Иванова М. П. (5А) (с 01.09.2026).",
                text);
        timetable.addSlot(zavuch, edit(RUSSIAN_5B, 4, 1, "22"));
        // No room given: no room clash is looked for.
        timetable.addSlot(zavuch, edit(RUSSIAN_5A, 4, 2, ""));
        timetable.addSlot(zavuch, edit(MATH_5B, 4, 2, ""));
    }

    @Test
    void disjointSubgroupsShareATimeOverlappingOnesAndTheWholeClassDoNot() {
        timetable.addSlot(zavuch, edit(ENGLISH_G1, 5, 3, "31"));
        timetable.addSlot(zavuch, edit(ENGLISH_G2, 5, 3, "32"));
        String text = refused(db, TimetableService.CLASH_CLASS,
                () -> timetable.addSlot(zavuch, edit(PROJECT_G3, 5, 3, "33")));
        assertTrue(text.contains("Английский язык (группа 1)"), text);
        refused(db, TimetableService.CLASH_CLASS, () -> timetable.addSlot(zavuch, edit(RUSSIAN_5A, 5, 3, "")));
        // Group 3 and group 2 share nobody: fine at another time where only group 2 has English.
        timetable.addSlot(zavuch, edit(ENGLISH_G2, 5, 4, "32"));
        timetable.addSlot(zavuch, edit(PROJECT_G3, 5, 4, "33"));
    }

    @Test
    void slotsWhoseValiditiesDoNotOverlapDoNotClash() {
        timetable.addSlot(zavuch, new SlotEdit(MATH_5A, 6, 1, "", SEP_1, LocalDate.of(2026, 9, 30)));
        refused(db, TimetableService.CLASH_CLASS, () -> timetable.addSlot(zavuch,
                new SlotEdit(RUSSIAN_5A, 6, 1, "", LocalDate.of(2026, 9, 30), null)));
        SlotView october = timetable.addSlot(zavuch,
                new SlotEdit(RUSSIAN_5A, 6, 1, "", LocalDate.of(2026, 10, 1), null));
        assertEquals(1, timetable.slots(zavuch, 21, LocalDate.of(2026, 10, 3)).stream()
                .filter(s -> s.weekday() == 6 && s.lessonNumber() == 1).count());
        assertEquals(october.id(), timetable.slots(zavuch, 21, LocalDate.of(2026, 10, 3)).stream()
                .filter(s -> s.weekday() == 6 && s.lessonNumber() == 1).findFirst().orElseThrow().id());
    }

    @Test
    void refusesBadInputWithClearMessages() {
        assertEquals("День недели — с понедельника по субботу.", refused(db, TimetableService.WEEKDAY_INVALID,
                () -> timetable.addSlot(zavuch, edit(MATH_5A, 7, 9, ""))));
        refused(db, TimetableService.WEEKDAY_INVALID, () -> timetable.addSlot(zavuch, edit(MATH_5A, 0, 9, "")));
        assertEquals("Номер урока — от 1 до 10.", refused(db, TimetableService.LESSON_NUMBER_INVALID,
                () -> timetable.addSlot(zavuch, edit(MATH_5A, 1, 11, ""))));
        refused(db, TimetableService.LESSON_NUMBER_INVALID, () -> timetable.addSlot(zavuch, edit(MATH_5A, 1, 0, "")));
        refused(db, TimetableService.ROOM_TOO_LONG,
                () -> timetable.addSlot(zavuch, edit(MATH_5A, 1, 9, "кабинет информатики № 2")));
        assertEquals("Даты должны лежать внутри учебного года: с 01.09.2026 по 31.05.2027.",
                refused(db, TimetableService.DATES_OUTSIDE_YEAR, () -> timetable.addSlot(zavuch,
                        new SlotEdit(MATH_5A, 1, 9, "", LocalDate.of(2026, 8, 31), null))));
        refused(db, TimetableService.DATES_OUTSIDE_YEAR,
                () -> timetable.addSlot(zavuch, new SlotEdit(MATH_5A, 1, 9, "", null, null)));
        refused(db, TimetableService.DATES_OUTSIDE_YEAR, () -> timetable.addSlot(zavuch,
                new SlotEdit(MATH_5A, 1, 9, "", SEP_1, LocalDate.of(2027, 6, 1))));
        assertEquals("Дата окончания раньше даты начала.", refused(db, TimetableService.DATES_REVERSED,
                () -> timetable.addSlot(zavuch, new SlotEdit(MATH_5A, 1, 9, "", LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 9, 30)))));
    }

    @Test
    void onlyTheAdministrationChangesTheTimetable() {
        for (String login : List.of("teacher", "klassruk", "admin", "parent", "student")) {
            Actor who = actor(store, login);
            String before = TimetableTestSupport.fingerprint(db);
            assertThrows(AccessDeniedException.class, () -> timetable.addSlot(who, edit(MATH_5A, 1, 8, "")), login);
            assertEquals(before, TimetableTestSupport.fingerprint(db));
        }
        SlotView byDirector = timetable.addSlot(actor(store, "director"), edit(MATH_5A, 1, 8, ""));
        assertEquals(8, byDirector.lessonNumber());
    }

    @Test
    void anotherSchoolsObjectsAreNotFound() {
        Actor gymDirector = actor(store, "gym-director");
        assertThrows(NotFoundException.class, () -> timetable.addSlot(gymDirector, edit(MATH_5A, 1, 7, "")));
        assertThrows(NotFoundException.class, () -> timetable.slots(gymDirector, 21, null));
        assertThrows(NotFoundException.class, () -> timetable.generate(gymDirector, 21L, 11, null));
    }

    @Test
    void readingATimetableFollowsTheClassRoster() {
        timetable.addSlot(zavuch, edit(RUSSIAN_5A, 1, 6, ""));
        // The class teacher of 5А and a teacher of the class read it; the class teacher of 5Б and a parent do not.
        assertTrue(timetable.slots(actor(store, "klassruk"), 21, SEP_1).stream().anyMatch(s -> s.lessonNumber() == 6));
        assertTrue(timetable.slots(actor(store, "teacher"), 21, SEP_1).stream().anyMatch(s -> s.lessonNumber() == 6));
        assertThrows(AccessDeniedException.class, () -> timetable.slots(actor(store, "parent"), 21, SEP_1));
        assertEquals(List.of("5А", "5Б"), timetable.classes(actor(store, "orlov")).stream().map(ClassOption::name)
                .filter(n -> n.startsWith("5")).toList());
    }

    @Test
    void aChangeEndsTheOldSlotTheDayBeforeAndKeepsHistory() {
        SlotView first = timetable.addSlot(zavuch, edit(MATH_5A, 2, 5, "21"));
        SlotView changed = timetable.changeSlot(zavuch, first.id(),
                new SlotEdit(MATH_5A, 2, 6, "23", LocalDate.of(2026, 11, 5), null));
        assertEquals(LocalDate.of(2026, 11, 5), changed.validFrom());
        List<SlotView> history = timetable.slots(zavuch, 21, null).stream()
                .filter(s -> s.id() == first.id() || s.id() == changed.id()).toList();
        assertEquals(2, history.size());
        SlotView old = history.stream().filter(s -> s.id() == first.id()).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 4), old.validTo());
        assertEquals(5, old.lessonNumber());
        assertEquals(1, count(db, "SELECT COUNT(*) FROM audit_event WHERE entity = 'timetable_slot' AND entity_id = "
                + first.id() + " AND field = 'valid_to' AND new_value = '04.11.2026'"));
        // On 10 November the new slot applies, on 1 October the old one.
        assertTrue(timetable.slots(zavuch, 21, LocalDate.of(2026, 11, 10)).stream().anyMatch(s -> s.id() == changed.id()));
        assertTrue(timetable.slots(zavuch, 21, LocalDate.of(2026, 10, 1)).stream().anyMatch(s -> s.id() == first.id()));

        // A change on the slot's own first day changes it in place: the old version never applied.
        SlotView inPlace = timetable.changeSlot(zavuch, changed.id(),
                new SlotEdit(MATH_5A, 2, 7, "23", LocalDate.of(2026, 11, 5), null));
        assertEquals(changed.id(), inPlace.id());
        assertEquals(7, inPlace.lessonNumber());

        assertEquals("Эта строка расписания действует только с 05.11.2026; укажите дату не раньше.",
                refused(db, TimetableService.BEFORE_SLOT_START, () -> timetable.changeSlot(zavuch, changed.id(),
                        new SlotEdit(MATH_5A, 2, 7, "", LocalDate.of(2026, 11, 1), null))));
        refused(db, TimetableService.SLOT_ENDED, () -> timetable.changeSlot(zavuch, first.id(),
                new SlotEdit(MATH_5A, 2, 5, "", LocalDate.of(2026, 11, 20), null)));
        refused(db, TimetableService.OTHER_CLASS, () -> timetable.changeSlot(zavuch, changed.id(),
                new SlotEdit(MATH_5B, 2, 7, "", LocalDate.of(2026, 12, 1), null)));
    }

    @Test
    void aChangeIsCheckedForClashesButNotAgainstItself() {
        SlotView english = timetable.addSlot(zavuch, edit(ENGLISH_G1, 3, 6, "31"));
        timetable.addSlot(zavuch, edit(RUSSIAN_5A, 3, 7, ""));
        // Moving to the same time from a later date does not clash with its own old version.
        timetable.changeSlot(zavuch, english.id(), new SlotEdit(ENGLISH_G1, 3, 6, "35", LocalDate.of(2026, 10, 1), null));
        refused(db, TimetableService.CLASH_CLASS, () -> timetable.changeSlot(zavuch, english.id(),
                new SlotEdit(ENGLISH_G1, 3, 7, "31", LocalDate.of(2026, 9, 15), null)));
    }

    @Test
    void endingASlotSetsItsLastDayAndCancellingKeepsTheRow() {
        SlotView slot = timetable.addSlot(zavuch, edit(RUSSIAN_5B, 6, 6, ""));
        SlotView ended = timetable.endSlot(zavuch, slot.id(), LocalDate.of(2026, 12, 28));
        assertEquals(LocalDate.of(2026, 12, 28), ended.validTo());
        refused(db, TimetableService.SLOT_ENDED, () -> timetable.endSlot(zavuch, slot.id(), LocalDate.of(2027, 1, 10)));
        refused(db, TimetableService.BEFORE_SLOT_START,
                () -> timetable.endSlot(zavuch, slot.id(), LocalDate.of(2026, 8, 30)));
        SlotView cancelled = timetable.endSlot(zavuch, slot.id(), LocalDate.of(2026, 8, 31));
        assertEquals(LocalDate.of(2026, 8, 31), cancelled.validTo());
        assertEquals(1, count(db, "SELECT COUNT(*) FROM timetable_slot WHERE id = " + slot.id()));
        // A cancelled slot blocks nothing.
        timetable.addSlot(zavuch, edit(MATH_5B, 6, 6, ""));
        assertTrue(timetable.slots(zavuch, 22, SEP_1).stream().noneMatch(s -> s.id() == slot.id()));
        assertNull(timetable.slots(zavuch, 22, SEP_1).stream().filter(s -> s.weekday() == 6 && s.lessonNumber() == 6)
                .findFirst().orElseThrow().validTo());
    }

    @Test
    void twoPeopleAddingClashingSlotsAtOnceCannotBothSucceed() throws Exception {
        // Another session adds 5Б Russian on Monday 9th and holds the school's timetable lock, not yet committed.
        try (java.sql.Connection other = db.getConnection()) {
            other.setAutoCommit(false);
            try (java.sql.Statement st = other.createStatement()) {
                st.executeQuery("SELECT id FROM school WHERE id = 1 FOR UPDATE").close();
                st.executeUpdate("INSERT INTO timetable_slot (school_id, class_id, assignment_id, weekday, lesson_number,"
                        + " room, valid_from) VALUES (1, 22, 53, 1, 9, '', '2026-09-01')");
            }
            java.util.concurrent.CompletableFuture<Object> ours = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return timetable.addSlot(zavuch, edit(MATH_5B, 1, 9, ""));
                } catch (RuntimeException e) {
                    return e;
                }
            });
            // Ours must wait for the lock (without it, it would check, find nothing and insert right away).
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!ours.isDone() && count(db, "SELECT COUNT(*) FROM information_schema.innodb_trx"
                    + " WHERE trx_state = 'LOCK WAIT'") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(!ours.isDone(), "the second writer waits for the first: " + (ours.isDone() ? ours.get() : ""));
            other.commit();
            Object outcome = ours.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(outcome instanceof org.ejournal.api.ValidationException v
                    && TimetableService.CLASH_CLASS.equals(v.messageKey()), String.valueOf(outcome));
        }
        assertEquals(1, count(db, "SELECT COUNT(*) FROM timetable_slot WHERE class_id = 22 AND weekday = 1"
                + " AND lesson_number = 9"));
    }
}
