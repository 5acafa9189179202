package org.ejournal.ui.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.journal.AttendanceCell;
import org.ejournal.api.journal.ClassAttendanceWeek;
import org.ejournal.api.journal.WeekLesson;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The class teacher's attendance week: her own class, lessons of all subjects, codes typed over codes. */
class ClassAttendanceViewTest {

    static final Actor KLASSRUK = new Actor(2, 1, "klassruk", "Классная Ольга Петровна",
            Set.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER), 12L, null, null, null);
    static final Actor ZAVUCH = new Actor(3, 1, "zavuch", "Завуч Анна", Set.of(Role.DEPUTY_DIRECTOR), 13L, null,
            null, null);
    static final SchoolClassSummary C5A = new SchoolClassSummary(3, 1, 5, "А", 12L, "Классная Ольга Петровна", 2);
    static final SchoolClassSummary C6B = new SchoolClassSummary(4, 1, 6, "Б", 99L, "Другая", 2);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    static class FakeRoster implements RosterService {
        @Override
        public SchoolSummary school(Actor actor) {
            return new SchoolSummary(1, "Школа", "Школа", "Город");
        }

        @Override
        public List<SchoolClassSummary> classes(Actor actor) {
            return List.of(C5A, C6B);
        }

        @Override
        public SchoolClassSummary schoolClass(Actor actor, long classId) {
            return classId == 3 ? C5A : C6B;
        }

        @Override
        public List<StudentSummary> classList(Actor actor, long classId, LocalDate onDate) {
            return List.of(JournalViewTest.ABRAMOVA_S, JournalViewTest.BELOV_S);
        }
    }

    final FakeJournalWriter writer = new FakeJournalWriter();

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        writer.week = new ClassAttendanceWeek(3, "5А", MONDAY, List.of(
                new WeekLesson(500, MONDAY, 1, "Математика", "Иванова Мария Петровна", ""),
                new WeekLesson(600, MONDAY, 2, "Русский язык", "Классная Ольга Петровна", "")),
                List.of(JournalViewTest.ABRAMOVA_S, JournalViewTest.BELOV_S), List.of(), FakeJournalWriter.CODES);
        writer.attendance.put("500:31", new AttendanceCell(500, 31, "Н", "", 3, "Иванова Мария Петровна", null));
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    ClassAttendanceView view(Actor actor) {
        ClassAttendanceView view = new ClassAttendanceView(() -> actor, FakeRoster::new, () -> writer,
                () -> MONDAY.plusDays(2), () -> "10.0.0.9");
        view.build();
        return view;
    }

    @Test
    void theClassTeacherSeesHerClassesWeekWithEveryLessonAndTheAbsences() {
        ClassAttendanceView view = view(KLASSRUK);
        assertEquals(List.of(C5A), view.classSelect().getListDataView().getItems().toList(),
                "only her own class");
        assertEquals(MONDAY, view.monday());
        assertTrue(writer.calls.contains("week 3 " + MONDAY), writer.calls.toString());
        JournalTable table = view.table();
        assertEquals(2, table.columns().size());
        assertEquals("1 Мате.", table.columns().get(0).bottom());
        assertEquals("Н", table.text(0, 0));
        assertEquals("", table.text(1, 1));
        assertTrue(table.isEditable());
    }

    @Test
    void theAdministrationSeesEveryClass() {
        assertEquals(List.of(C5A, C6B), view(ZAVUCH).classSelect().getListDataView().getItems().toList());
    }

    @Test
    void typingAnotherCodeSetsTheReasonWithTheVersionSeen() {
        ClassAttendanceView view = view(KLASSRUK);
        view.table().typed(0, 0, "б");
        assertTrue(writer.calls.contains("setAbsenceReason 500 31 Б null v3"), writer.calls.toString());
        assertEquals("Б", view.table().text(0, 0));
        assertEquals("saved", view.table().state(0, 0));

        view.table().undoPressed();
        assertTrue(writer.calls.contains("setAbsenceReason 500 31 Н null v4"), writer.calls.toString());
        assertEquals("Н", view.table().text(0, 0));
    }

    @Test
    void marksAreRefusedHereAndARefusalOfTheServiceIsShown() {
        ClassAttendanceView view = view(KLASSRUK);
        view.table().typed(0, 1, "5");
        assertEquals("error", view.table().state(0, 1));
        assertEquals("Здесь вводится только отметка посещаемости (н, б, уп, оп).", view.table().message(0, 1));

        view.table().typed(1, 1, "н"); // no absence recorded there: the service refuses
        assertEquals("error", view.table().state(1, 1));
        assertEquals("У ученика нет пропуска на этом уроке: причину указать нельзя.",
                view.table().message(1, 1));
    }

    @Test
    void deleteSaysTheStudentWasThere() {
        ClassAttendanceView view = view(KLASSRUK);
        view.table().typed(0, 0, "");
        assertTrue(writer.calls.contains("clearAttendance 500 31 v3"), writer.calls.toString());
        assertEquals("", view.table().text(0, 0));
    }
}
