package org.ejournal.ui.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.finalmark.EntryWindow;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.JournalRow;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.journal.AttendanceCell;
import org.ejournal.api.journal.HistoryEntry;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The teacher's journal built without a browser: the table's cells, and what typing into a cell does through
 * the (fake) journal and final-mark services — saved, refused by a rule, conflicting with another user,
 * undone, locked after the deadline — as the teacher reads it next to the cell and in the status line.
 */
class JournalViewTest {

    static final Actor TEACHER = new Actor(1, 1, "teacher", "Иванова Мария Петровна",
            Set.of(Role.SUBJECT_TEACHER), 11L, null, null, null);
    static final AssignmentSummary MATH_5A = new AssignmentSummary(7, 3, "5А", 2, "Математика", 11,
            "Иванова Мария Петровна");
    static final StudyPeriodSummary Q1 = new StudyPeriodSummary(101, "I четверть", LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 29));
    static final StudyPeriodSummary Q2 = new StudyPeriodSummary(102, "II четверть", LocalDate.of(2026, 11, 5),
            LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31));

    static final List<JournalColumn> COLUMNS = List.of(
            new JournalColumn(500, LocalDate.of(2026, 11, 9), 2, "Дроби", "№ 12", null, "", 1),
            new JournalColumn(501, LocalDate.of(2026, 11, 11), 3, "Десятичные дроби", "№ 245, 247", 900L, "TEST", 2),
            new JournalColumn(501, LocalDate.of(2026, 11, 11), 3, "Десятичные дроби", "№ 245, 247", 901L, "ANSWER", 1));

    static final StudentSummary ABRAMOVA_S = new StudentSummary(31, new PersonName("Абрамова", "Софья", "Игоревна"));
    static final StudentSummary BELOV_S = new StudentSummary(32, new PersonName("Белов", "Артём", ""));
    static final JournalRow ABRAMOVA = new JournalRow(ABRAMOVA_S, List.of(new JournalCell(List.of(), "Н", true),
            new JournalCell(List.of("4/5"), "", true), JournalCell.EMPTY));
    static final JournalRow BELOV = new JournalRow(BELOV_S, List.of(JournalCell.NOT_ENROLLED,
            new JournalCell(List.of("3"), "ОП", true), new JournalCell(List.of("5"), "ОП", true)));

    // table columns: 0 lesson-500, 1 work-900, 2 work-901, 3 average, 4 suggested, 5 final
    static final int AVERAGE = 3;
    static final int SUGGESTED = 4;
    static final int FINAL = 5;

    /** Records the calls; refuses assignment 8 like the real service refuses another teacher's journal. */
    static class FakeGradebook implements GradebookService {
        final List<Long> journalCalls = new ArrayList<>();

        @Override
        public List<AssignmentSummary> myAssignments(Actor actor) {
            return List.of(MATH_5A);
        }

        @Override
        public AssignmentSummary assignment(Actor actor, long assignmentId) {
            if (assignmentId != MATH_5A.id()) {
                throw new AccessDeniedException(Operation.ASSIGNMENT_JOURNAL_READ, assignmentId);
            }
            return MATH_5A;
        }

        @Override
        public List<StudyPeriodSummary> periods(Actor actor, long assignmentId) {
            assignment(actor, assignmentId);
            return List.of(Q1, Q2);
        }

        @Override
        public JournalGrid journal(Actor actor, long assignmentId, long periodId) {
            journalCalls.add(periodId);
            StudyPeriodSummary period = periodId == Q1.id() ? Q1 : Q2;
            return periodId == Q2.id() ? new JournalGrid(MATH_5A, period, COLUMNS, List.of(ABRAMOVA, BELOV))
                    : new JournalGrid(MATH_5A, period, List.of(), List.of(ABRAMOVA));
        }
    }

    final FakeGradebook gradebook = new FakeGradebook();
    final FakeJournalWriter writer = new FakeJournalWriter();
    final FakeFinalMarks finals = new FakeFinalMarks(Q2, List.of(ABRAMOVA_S, BELOV_S));
    boolean writerRunning = true;

    @BeforeEach
    void translateFromTheBundlesMessages() {
        TranslatingVaadinService.install();
        writer.writable.addAll(List.of(500L, 501L));
        writer.marks.put("900:31", new MarkCell(900, 501, 31, "4/5", 1, "Иванова Мария Петровна", Instant.now()));
        writer.marks.put("900:32", new MarkCell(900, 501, 32, "3", 0, "Иванова Мария Петровна", Instant.now()));
        writer.marks.put("901:32", new MarkCell(901, 501, 32, "5", 2, "Иванова Мария Петровна", Instant.now()));
        writer.attendance.put("500:31", new AttendanceCell(500, 31, "Н", "", 0, "", null));
        writer.attendance.put("501:32", new AttendanceCell(501, 32, "ОП", "", 0, "", null));
    }

    @AfterEach
    void forgetTheService() {
        TranslatingVaadinService.uninstall();
    }

    JournalView view(LocalDate today) {
        JournalView view = new JournalView(() -> TEACHER, () -> gradebook, () -> writerRunning ? writer : null,
                () -> finals, () -> today, () -> "10.0.0.7");
        view.show(7L);
        return view;
    }

    JournalView view() {
        return view(LocalDate.of(2026, 11, 20));
    }

    @Test
    void opensThePeriodContainingTodayWithAColumnPerLessonOrWorkThenAverageSuggestionAndFinalMark() {
        JournalView view = view();

        assertEquals(Q2, view.periodSelect().getValue());
        assertEquals(List.of(102L), gradebook.journalCalls);
        assertEquals(List.of("lesson-500", "work-900", "work-901", "average", "suggested", "final"),
                view.table().columns().stream().map(JournalTable.Column::key).collect(Collectors.toList()));
        assertEquals("09.11", view.table().columns().get(0).top());
        assertEquals("к/р", view.table().columns().get(1).bottom());
        assertTrue(view.table().isEditable());
    }

    @Test
    void cellsShowMarksWithTheLessonsAttendanceAndGreyWhereNotEnrolled() {
        JournalTable table = view().table();

        assertEquals("Н", table.text(0, 0));
        assertEquals("4/5", table.text(0, 1));
        assertEquals("3 ОП", table.text(1, 1), "a lesson's attendance shows in each of its work columns");
        assertEquals("5 ОП", table.text(1, 2));
        assertTrue(table.classes(1, 0).contains("journal-cell-not-enrolled"));
        assertTrue(table.classes(1, 0).contains("ej-ro"));
        assertEquals("Не числится в классе в этот день", table.message(1, 0));
        String html = table.html();
        assertTrue(html.contains("id=\"journal-student-31\">Абрамова Софья Игоревна</span>"), html);
        assertTrue(html.contains("class=\"journal-cell journal-cell-not-enrolled ej-ro\""), html);
        assertTrue(html.contains("title=\"Урок 11.11.2026, № 3 · тема: Десятичные дроби"), html);
    }

    @Test
    void averageIsWeightedByTheWorkWeightAndSuggestionAndFinalAreShown() {
        JournalTable table = view().table();
        // Абрамова: 4 and 5 in a test of weight 2 → (8 + 10) / 4 = 4.5
        assertEquals("4,50", table.text(0, AVERAGE));
        // Белов: 3 (weight 2) and 5 (weight 1) → 11 / 3 = 3.67
        assertEquals("3,67", table.text(1, AVERAGE));
        assertEquals("5", table.text(0, SUGGESTED));
        assertEquals("Предлагается 5: средневзвешенный балл 4,50", table.message(0, SUGGESTED));
        assertEquals("", table.text(0, FINAL));
    }

    @Test
    void typingAMarkSavesItAtOnceWithTheVersionSeenAndTheClientAddress() {
        JournalView view = view();
        List<JournalTable.CellUpdate> updates = view.table().typed(0, 2, "5");

        assertEquals(List.of("setMark 901 31 5 v-1 from 10.0.0.7"), writer.calls);
        assertEquals("saved", view.table().state(0, 2));
        assertEquals("5", view.table().text(0, 2));
        // (4·2 + 5·2 + 5·1) / 5
        assertEquals("4,60", view.table().text(0, AVERAGE));
        assertTrue(updates.stream().anyMatch(u -> u.col() == AVERAGE && u.text().equals("4,60")));
        assertTrue(view.saveStatus().getText().startsWith("Сохранено в "), view.saveStatus().getText());
        assertTrue(view.saveStatus().hasClassName("ej-status-saved"));

        view.table().typed(0, 2, "4");
        assertEquals("setMark 901 31 4 v0 from 10.0.0.7", writer.calls.get(1), "the next write names the new version");
    }

    @Test
    void theRowsAverageAndSuggestedFinalMarkFollowEachSavedDeletedOrUndoneMark() {
        // The service's suggestion from the marks stored now: the lowest mark of the student (easy to check by eye).
        finals.suggest = sid -> writer.marks.values().stream().filter(m -> m.studentId() == sid)
                .flatMap(m -> java.util.Arrays.stream(m.value().split("/"))).min(String::compareTo)
                .map(v -> new org.ejournal.api.finalmark.FinalMarkSuggestion(v,
                        org.ejournal.api.finalmark.FinalMarkSuggestion.Basis.AVERAGE))
                .orElse(new org.ejournal.api.finalmark.FinalMarkSuggestion(null,
                        org.ejournal.api.finalmark.FinalMarkSuggestion.Basis.NONE));
        JournalView view = view();
        assertEquals("4", view.table().text(0, SUGGESTED), "on load: from 4/5");
        assertEquals("4,50", view.table().text(0, AVERAGE));

        List<JournalTable.CellUpdate> updates = view.table().typed(0, 2, "2");
        // (4·2 + 5·2 + 2·1) / 5
        assertEquals("4,00", view.table().text(0, AVERAGE));
        assertEquals("2", view.table().text(0, SUGGESTED), "the suggestion follows the new mark at once");
        assertTrue(view.table().message(0, SUGGESTED).startsWith("Предлагается 2"), view.table().message(0, SUGGESTED));
        assertTrue(updates.stream().anyMatch(u -> u.col() == SUGGESTED && u.text().equals("2")));
        assertEquals("3", view.table().text(1, SUGGESTED), "the other row keeps its suggestion");

        view.table().undoPressed();
        assertEquals("4,50", view.table().text(0, AVERAGE));
        assertEquals("4", view.table().text(0, SUGGESTED), "undo brings the suggestion back");

        view.table().typed(0, 1, "");
        assertEquals("", view.table().text(0, AVERAGE));
        assertEquals("", view.table().text(0, SUGGESTED), "no marks left: nothing suggested");
        assertNull(view.table().message(0, SUGGESTED));
    }

    @Test
    void anAbsenceCodeInAnyCaseSetsTheLessonsAttendanceShownInAllItsColumns() {
        JournalView view = view();
        view.table().typed(0, 2, "н");

        assertEquals(List.of("setAttendance 501 31 Н v-1"), writer.calls);
        assertEquals("Н", view.table().text(0, 2));
        assertEquals("4/5 Н", view.table().text(0, 1));

        view.table().typed(1, 2, "4 оп");
        assertEquals("setMark 901 32 4 v2 from 10.0.0.7", writer.calls.get(1));
        assertEquals(2, writer.calls.size(), "ОП was there already: only the mark changed");
        assertEquals("4 ОП", view.table().text(1, 2));
    }

    @Test
    void deleteClearsTheCellAndUndoPutsTheOldValueBack() {
        JournalView view = view();
        view.table().typed(0, 1, "");
        assertEquals(List.of("clearMark 900 31 v1"), writer.calls);
        assertEquals("", view.table().text(0, 1));
        assertEquals("", view.table().text(0, AVERAGE));

        view.table().undoPressed();
        assertEquals("setMark 900 31 4/5 v-1 from 10.0.0.7", writer.calls.get(1));
        assertEquals("4/5", writer.marks.get("900:31").value());
        assertEquals("Отменено: в ячейке снова «4/5»", view.saveStatus().getText());
        view.table().undoPressed();
        assertEquals("Отменять нечего.", view.saveStatus().getText());
    }

    @Test
    void aConflictShowsTheOtherUsersValueAndNameAndTheNextEntryOverwritesOnPurpose() {
        JournalView view = view();
        writer.otherUserSetsMark(900, 31, "3");

        view.table().typed(0, 1, "5");
        assertEquals("conflict", view.table().state(0, 1));
        assertEquals("3", view.table().text(0, 1), "what is stored now");
        assertEquals("Ячейку уже изменил(а) Петрова Анна Ивановна: теперь «3». Ваше «5» не записано — введите ещё раз,"
                + " чтобы заменить.", view.table().message(0, 1));
        assertEquals("3", writer.marks.get("900:31").value(), "nothing overwritten silently");

        view.table().typed(0, 1, "5");
        assertEquals("saved", view.table().state(0, 1));
        assertEquals("5", writer.marks.get("900:31").value());
    }

    @Test
    void aRuleRefusalIsShownNextToTheCellWithTheTypedValueKept() {
        writer.firstGrade = true;
        JournalView view = view();

        view.table().typed(0, 0, "5 н");
        assertEquals("error", view.table().state(0, 0));
        assertEquals("5 н", view.table().text(0, 0), "kept for correction");
        assertEquals("В 1-м классе отметки не ставятся.", view.table().message(0, 0));
        assertEquals("Не сохранено: В 1-м классе отметки не ставятся.", view.saveStatus().getText());
        // The lesson had no work: the answer created for the mark is removed again.
        assertEquals(List.of("addWork 500 ANSWER", "setMark 7000 31 5 v-1 from 10.0.0.7", "removeWork 7000"),
                writer.calls);
        assertTrue(writer.marks.get("7000:31") == null);
    }

    @Test
    void theFirstMarkOfALessonWithoutWorksCreatesAnAnswer() {
        JournalView view = view();
        view.table().typed(0, 0, "5");
        assertEquals(List.of("addWork 500 ANSWER", "setMark 7000 31 5 v-1 from 10.0.0.7", "clearAttendance 500 31 v0"),
                writer.calls, "the cell's text is replaced: Н goes, 5 comes");
        assertEquals("5", view.table().text(0, 0));
    }

    @Test
    void aValueOutsideTheScaleIsRefusedAndNothingStored() {
        JournalView view = view();
        view.table().typed(0, 2, "7");
        assertEquals("error", view.table().state(0, 2));
        assertEquals("7", view.table().text(0, 2));
        assertNull(writer.marks.get("901:31"));
    }

    @Test
    void notEnrolledAndNotWritableCellsRefuseWithoutCallingTheService() {
        writer.writable.remove(500L);
        JournalView view = view();
        assertTrue(view.table().classes(0, 0).contains("ej-ro"));
        view.table().typed(1, 0, "5");
        view.table().typed(0, 0, "5");
        assertTrue(writer.calls.isEmpty(), writer.calls.toString());
        assertEquals("Не числится в классе в этот день", view.table().message(1, 0));
        assertEquals("Вы не можете писать в этот урок (он не ваш или не в дни замещения).",
                view.table().message(0, 0));
    }

    @Test
    void finalMarksAreEnteredInTheWindow() {
        JournalView view = view();
        view.table().typed(0, FINAL, "5");
        assertEquals(List.of("set 31 5 v0 from 10.0.0.7"), finals.calls);
        assertEquals("saved", view.table().state(0, FINAL));
        assertEquals("5", view.table().text(0, FINAL));

        view.table().undoPressed();
        assertEquals("set 31 null v1 from 10.0.0.7", finals.calls.get(1));
        assertEquals("", view.table().text(0, FINAL));
    }

    @Test
    void afterTheDeadlineTheFinalColumnIsLockedAndWritingIsRefused() {
        finals.state = EntryWindow.State.CLOSED;
        JournalView view = view();
        assertTrue(view.table().classes(0, FINAL).contains("ej-locked"));
        String closed = "Срок выставления итоговых отметок истёк 31.12.2026: изменить отметку может только администрация.";
        assertEquals(closed, view.table().message(0, FINAL));

        view.table().typed(0, FINAL, "5");
        assertTrue(finals.calls.isEmpty());
        assertEquals("error", view.table().state(0, FINAL));
        assertEquals(closed, view.table().message(0, FINAL));
    }

    @Test
    void beforeTheLastLessonTheFinalColumnIsNotYetOpen() {
        finals.state = EntryWindow.State.NOT_YET_OPEN;
        JournalView view = view();
        assertEquals("Итоговые отметки выставляются после последнего урока периода, с 25.12.2026.",
                view.table().message(0, FINAL));
    }

    @Test
    void aReaderGetsTheSameTableReadOnly() {
        writer.readOnly = true;
        JournalView view = view();
        assertFalse(view.table().isEditable());
        assertTrue(view.table().typed(0, 2, "5").isEmpty());
        assertTrue(writer.calls.isEmpty());
        assertEquals("4/5", view.table().text(0, 1));
        assertTrue(find(view, "journal-read-only").isPresent());
    }

    @Test
    void withoutTheJournalServiceTheGradebooksCellsAreShownReadOnly() {
        writerRunning = false;
        JournalView view = view();
        assertFalse(view.table().isEditable());
        assertEquals("5 ОП", view.table().text(1, 2));
        assertEquals("3,67", view.table().text(1, AVERAGE));
    }

    @Test
    void theHistoryOfACellListsWhoWhenFromWhereAndOldToNew() {
        writer.history = List.of(new HistoryEntry(Instant.parse("2026-11-11T09:15:00Z"), 1L, "Иванова Мария Петровна",
                "10.0.0.7", "mark", 1, "UPDATE", "value", "4", "5", 501L, 900L, 31L));
        JournalView view = view();
        view.sheet().history(0, 1);

        assertEquals(List.of("cellHistory 501 900 31"), writer.calls);
        assertEquals(1, view.historyDialog().shown().size());
        assertTrue(view.historyDialog().isOpened());
        assertEquals("4 → 5", CellHistoryDialog.change(writer.history.get(0)));
        assertEquals("Отметка", view.historyDialog().what(writer.history.get(0)));
    }

    @Test
    void aColumnHeaderOpensTheLessonPanelAndItsTopicIsSavedWithTheVersionSeen() {
        JournalView view = view();
        view.sheet().header(1);
        LessonPanel panel = view.lessonPanel();
        assertTrue(panel.isVisible());
        assertEquals("Десятичные дроби", panel.topic().getValue());
        assertEquals("Контрольная работа (3)", panel.workType().getItemLabelGenerator()
                .apply(FakeJournalWriter.TYPES.get(1)));
        com.vaadin.flow.component.upload.Upload upload = (com.vaadin.flow.component.upload.Upload)
                find(panel, "lesson-upload").orElseThrow();
        assertEquals("Выбрать файл…", upload.getI18n().getAddFiles().getOne(), "the homework upload speaks Russian");
        assertEquals("Файл слишком большой (не больше 10 МБ).", upload.getI18n().getError().getFileIsTooBig());

        panel.topic().setValue("Сложение десятичных дробей");
        panel.saveTopicAndHomework();
        assertTrue(writer.calls.contains("updateLesson 501 Сложение десятичных дробей / № 245 v4"), writer.calls.toString());
        assertEquals("Тема и домашнее задание сохранены.", panel.message().getText());

        // Somebody else saved the lesson meanwhile (the fake expects version 4; the panel now holds 5).
        panel.saveTopicAndHomework();
        assertTrue(panel.message().getText().startsWith("Урок уже изменил(а) Петрова Анна Ивановна"),
                panel.message().getText());
    }

    @Test
    void changingThePeriodReloadsTheTable() {
        JournalView view = view();
        view.periodSelect().setValue(Q1);

        assertEquals(List.of(102L, 101L), gradebook.journalCalls);
        assertEquals(List.of("average"),
                view.table().columns().stream().map(JournalTable.Column::key).collect(Collectors.toList()),
                "Q1 takes no final marks in the fake");
        assertTrue(find(view, "journal-no-lessons").isPresent());
    }

    @Test
    void inTheHolidaysTheLastFinishedPeriodOpens() {
        JournalView view = view(LocalDate.of(2026, 11, 1));
        assertEquals(Q1, view.periodSelect().getValue());
    }

    @Test
    void anotherTeachersAssignmentShowsTheMessageAndNoData() {
        JournalView view = new JournalView(() -> TEACHER, () -> gradebook, () -> writer, () -> finals,
                () -> LocalDate.of(2026, 11, 20), () -> "10.0.0.7");
        view.show(8L);

        Paragraph error = (Paragraph) find(view, "journal-error").orElseThrow();
        assertEquals("Нет доступа к этому журналу.", error.getText());
        assertNull(view.sheet());
        assertTrue(gradebook.journalCalls.isEmpty());
        assertFalse(find(view, "journal-grid").isPresent());
    }

    @Test
    void withoutAnAssignmentIdTheActorsAssignmentsAreOffered() {
        JournalView view = new JournalView(() -> TEACHER, () -> gradebook, () -> writer, () -> finals,
                () -> LocalDate.of(2026, 11, 20), () -> "10.0.0.7");
        view.show(null);
        assertTrue(find(view, "journal-assignment-chooser").isPresent());
        assertNull(view.sheet());
    }

    @Test
    void textIsEscapedInTheTable() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;", JournalTable.escape("<b> & \"x\" '"));
    }

    @Test
    void lessonDescriptionNamesTopicHomeworkAndWeight() {
        JournalView view = view();
        assertEquals("Урок 11.11.2026, № 3 · тема: Десятичные дроби · д/з: № 245, 247 · работа: Контрольная работа, вес 2",
                view.describe(COLUMNS.get(1)));
        assertEquals("Урок 09.11.2026, № 2 · тема: Дроби · д/з: № 12", view.describe(COLUMNS.get(0)));
        assertNotNull(view.table().columns().get(1).title());
    }

    static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
