package org.ejournal.ui.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.ejournal.api.journal.ClassAttendanceWeek;
import org.ejournal.api.journal.WeekLesson;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-only class journal: subjects found from the class's lessons, the same table, never writable. */
class ClassJournalViewTest {

    final FakeJournalWriter writer = new FakeJournalWriter();
    final JournalViewTest.FakeGradebook gradebook = new JournalViewTest.FakeGradebook();
    final FakeFinalMarks finals = new FakeFinalMarks(JournalViewTest.Q2,
            List.of(JournalViewTest.ABRAMOVA_S, JournalViewTest.BELOV_S));

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        LocalDate monday = ClassAttendanceViewTest.MONDAY;
        writer.week = new ClassAttendanceWeek(3, "5А", monday, List.of(
                new WeekLesson(500, monday, 1, "Математика", "Иванова Мария Петровна", ""),
                new WeekLesson(501, monday.plusDays(2), 3, "Математика", "Иванова Мария Петровна", "")),
                List.of(JournalViewTest.ABRAMOVA_S), List.of(), FakeJournalWriter.CODES);
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    @Test
    void theClassTeacherReadsEverySubjectOfHerClassReadOnly() {
        ClassJournalView view = new ClassJournalView(() -> ClassAttendanceViewTest.KLASSRUK,
                ClassAttendanceViewTest.FakeRoster::new, () -> gradebook, () -> finals,
                (actor, classId) -> ClassAssignments.fromLessons(actor, classId, writer, gradebook,
                        ClassAttendanceViewTest.MONDAY),
                () -> LocalDate.of(2026, 11, 20));
        view.build();

        assertEquals(List.of(JournalViewTest.MATH_5A), view.subjectSelect().getListDataView().getItems().toList());
        assertEquals(ClassAssignments.WEEKS, writer.calls.stream().filter(c -> c.startsWith("week 3 ")).count());
        JournalTable table = view.table();
        assertFalse(table.isEditable());
        assertEquals("4/5", table.text(0, 1));
        assertEquals("4,50", table.text(0, JournalViewTest.AVERAGE));
        assertTrue(table.classes(0, JournalViewTest.FINAL).contains("ej-locked"), "final marks are read here");
        assertTrue(table.typed(0, 1, "5").isEmpty());
        assertTrue(writer.calls.stream().noneMatch(c -> c.startsWith("set")), writer.calls.toString());
    }

    @Test
    void withoutTheJournalServiceTheViewSaysSo() {
        ClassJournalView view = new ClassJournalView(() -> ClassAttendanceViewTest.KLASSRUK,
                ClassAttendanceViewTest.FakeRoster::new, () -> gradebook, () -> null, (actor, classId) -> null,
                () -> LocalDate.of(2026, 11, 20));
        view.build();
        assertTrue(JournalViewTest.find(view, "class-journal-unavailable").isPresent());
    }
}
