package org.ejournal.ui.finalmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.ValidationException;
import org.ejournal.api.finalmark.EntryWindow;
import org.ejournal.api.finalmark.FinalMarkConflictException;
import org.ejournal.api.finalmark.FinalMarkRow;
import org.ejournal.api.finalmark.FinalMarkService;
import org.ejournal.api.finalmark.FinalMarkSheet;
import org.ejournal.api.finalmark.FinalMarkSuggestion;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Span;

/** Browserless: the view with a scripted service, texts from this bundle's messages. */
class FinalMarksViewTest {

    static final Actor TEACHER = new Actor(4, 1, "teacher", "Иванова Мария Петровна", Set.of(Role.SUBJECT_TEACHER),
            104L, null, null, null);
    static final SchoolClassSummary FIVE_A = new SchoolClassSummary(21, 1, 5, "А", 105L, "Смирнова Ольга Ивановна", 2);
    static final AssignmentSummary MATH = new AssignmentSummary(51, 21, "5А", 41, "Математика", 104,
            "Иванова Мария Петровна");
    static final StudyPeriodSummary Q1 = new StudyPeriodSummary(11, "I четверть", LocalDate.of(2026, 9, 1),
            LocalDate.of(2099, 10, 26), LocalDate.of(2099, 10, 29));
    static final StudentSummary BELOV = new StudentSummary(302, new PersonName("Белов", "Артём", ""));

    ScriptedService service;
    FinalMarksView view;

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        service = new ScriptedService();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    void open(boolean mayWrite, boolean mayOverride, EntryWindow.State state) {
        service.mayWrite = mayWrite;
        service.mayOverride = mayOverride;
        service.state = state;
        view = new FinalMarksView(() -> TEACHER, FakeRoster::new, () -> service, () -> "10.0.0.7");
        view.refresh();
    }

    Object renderedValue() {
        return ((com.vaadin.flow.data.renderer.ComponentRenderer<?, FinalMarkRow>) view.grid.getColumnByKey("value")
                .getRenderer()).createComponent(view.sheet.rows().get(0));
    }

    @Test
    void teacherSeesTheSuggestionAndSavesAChoiceAtOnce() {
        open(true, false, EntryWindow.State.OPEN);
        assertEquals(Q1, view.periodSelect.getValue(), "the period whose window is running");
        assertEquals("Выставление открыто с 05.10.2026 по 29.10.2026 включительно.", view.windowInfo.getText());
        Span suggestion = (Span) ((com.vaadin.flow.data.renderer.ComponentRenderer<?, FinalMarkRow>) view.grid
                .getColumnByKey("suggestion").getRenderer()).createComponent(view.sheet.rows().get(0));
        assertEquals("5", suggestion.getText());
        assertEquals("По средневзвешенному баллу и порогам школы", suggestion.getTitle().orElseThrow());

        assertTrue(view.save(view.sheet.rows().get(0), "5", null));
        assertEquals(List.of("set 302 5 v0 from 10.0.0.7"), service.calls);
        assertEquals("Сохранено: Белов Артём — 5", view.message.getText());
        assertEquals("5", view.sheet.rows().get(0).value(), "the sheet is read again");
    }

    @Test
    void aConflictIsShownWithTheStoredValueAndNothingIsOverwritten() {
        open(true, false, EntryWindow.State.OPEN);
        service.next = new FinalMarkConflictException("4", "orlov");
        assertFalse(view.save(view.sheet.rows().get(0), "5", null));
        assertEquals("Итоговую отметку уже изменил(а) orlov: сейчас стоит «4». Ваше изменение не сохранено —"
                + " проверьте и повторите.", view.message.getText());
    }

    @Test
    void afterTheDeadlineTheTeacherSeesWhyAndTheAdministrationChangesWithAReason() {
        open(false, true, EntryWindow.State.CLOSED);
        assertEquals("Срок выставления истёк 29.10.2026. Изменить отметку может только администрация, указав причину.",
                view.windowInfo.getText());
        assertTrue(renderedValue() instanceof com.vaadin.flow.component.orderedlayout.HorizontalLayout,
                "a read-only value with «Изменить»");
        view.openOverride(view.sheet.rows().get(0));
        view.overrideValue.setValue("4");
        service.next = new ValidationException("finalmark.error.reasonRequired");
        view.overrideSave.click();
        assertEquals("Укажите причину изменения итоговой отметки после срока.", view.message.getText());
        assertTrue(view.overrideDialog.isOpened(), "the dialog stays open to fix the input");

        view.overrideReason.setValue("Приказ № 12");
        view.overrideSave.click();
        assertEquals(List.of("override 302 4 «Приказ № 12» v0 from 10.0.0.7"), service.calls);
        assertFalse(view.overrideDialog.isOpened());
    }

    @Test
    void theServicesRefusalsAreTranslatedByTheServiceBundleNotCopiedHere() {
        org.ejournal.testsupport.l10n.Messages.assertNoKeyDefinedElsewhere(getClass());
    }

    @Test
    void everyErrorKeyOfTheServiceHasARussianText() {
        open(true, false, EntryWindow.State.OPEN);
        for (String key : List.of("finalmark.error.conflict", "finalmark.error.value", "finalmark.error.notYetOpen",
                "finalmark.error.closed", "finalmark.error.reasonRequired", "finalmark.error.notOnRoster",
                "finalmark.error.noPeriods")) {
            String text = view.getTranslation(key, "x", "y");
            assertFalse(text.startsWith("!") || text.equals(key), key);
        }
    }

    /** Answers like the real service for one assignment, one student; records the writes. */
    static final class ScriptedService implements FinalMarkService {
        boolean mayWrite;
        boolean mayOverride;
        EntryWindow.State state;
        RuntimeException next;
        final List<String> calls = new ArrayList<>();
        final Map<Long, String> values = new HashMap<>();

        @Override
        public List<AssignmentSummary> assignments(Actor actor, long classId) {
            return List.of(MATH);
        }

        @Override
        public List<StudyPeriodSummary> periods(Actor actor, long assignmentId) {
            return List.of(Q1);
        }

        @Override
        public FinalMarkSheet sheet(Actor actor, long assignmentId, long periodId) {
            FinalMarkRow row = new FinalMarkRow(BELOV, 4.5, 2, 5, 1,
                    new FinalMarkSuggestion("5", FinalMarkSuggestion.Basis.AVERAGE), values.get(302L), 0, null, null);
            return new FinalMarkSheet(MATH, periodId, "I четверть", false,
                    new EntryWindow(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 29), state),
                    List.of("5", "4", "3", "2", "н/а"), mayWrite, mayOverride, List.of(row));
        }

        @Override
        public FinalMarkSheet yearSheet(Actor actor, long assignmentId) {
            return sheet(actor, assignmentId, 0);
        }

        private FinalMarkRow answer(long studentId, String value) {
            if (next != null) {
                RuntimeException e = next;
                next = null;
                throw e;
            }
            values.put(studentId, value);
            return null;
        }

        @Override
        public FinalMarkRow set(Actor actor, String address, long assignmentId, long periodId, long studentId,
                                String value, int expectedVersion) {
            FinalMarkRow row = answer(studentId, value);
            calls.add("set " + studentId + " " + value + " v" + expectedVersion + " from " + address);
            return row;
        }

        @Override
        public FinalMarkRow override(Actor actor, String address, long assignmentId, long periodId, long studentId,
                                     String value, String reason, int expectedVersion) {
            FinalMarkRow row = answer(studentId, value);
            calls.add("override " + studentId + " " + value + " «" + reason + "» v" + expectedVersion + " from "
                    + address);
            return row;
        }
    }

    static final class FakeRoster implements RosterService {
        @Override
        public SchoolSummary school(Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SchoolClassSummary> classes(Actor actor) {
            return List.of(FIVE_A);
        }

        @Override
        public SchoolClassSummary schoolClass(Actor actor, long classId) {
            return FIVE_A;
        }

        @Override
        public List<StudentSummary> classList(Actor actor, long classId, LocalDate onDate) {
            return List.of(BELOV);
        }
    }
}
