package org.ejournal.ui.journal.internal;

import org.ejournal.testsupport.vaadin.TranslatingVaadinService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.JournalRow;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.roster.StudentSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;

/** The journal view built without a browser, against a gradebook that returns a fixed grid. */
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

    static final JournalRow ABRAMOVA = new JournalRow(new StudentSummary(31, new PersonName("Абрамова", "Софья",
            "Игоревна")), List.of(new JournalCell(List.of(), "Н", true), new JournalCell(List.of("4", "5"), "", true),
            JournalCell.EMPTY));
    static final JournalRow BELOV = new JournalRow(new StudentSummary(32, new PersonName("Белов", "Артём", "")),
            List.of(JournalCell.NOT_ENROLLED, new JournalCell(List.of("3"), "", true),
                    new JournalCell(List.of("5"), "ОП", true)));

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

    @BeforeEach
    void translateFromTheBundlesMessages() {
        TranslatingVaadinService.install();
    }

    @AfterEach
    void forgetTheService() {
        TranslatingVaadinService.uninstall();
    }

    JournalView view(LocalDate today) {
        return new JournalView(() -> TEACHER, () -> gradebook, () -> today);
    }

    @SuppressWarnings("unchecked")
    static Object rendered(Grid.Column<JournalRow> column, String property, JournalRow row) {
        LitRenderer<JournalRow> renderer = (LitRenderer<JournalRow>) column.getRenderer();
        return renderer.getValueProviders().get(property).apply(row);
    }

    @Test
    void opensThePeriodContainingTodayWithAColumnPerLessonOrWork() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        view.show(7L);

        assertEquals(Q2, view.periodSelect().getValue());
        assertEquals(List.of(102L), gradebook.journalCalls);
        Grid<JournalRow> grid = view.grid();
        assertNotNull(grid);
        assertEquals(List.of("number", "student", "lesson-500", "work-900", "work-901", "average"),
                grid.getColumns().stream().map(Grid.Column::getKey).collect(Collectors.toList()));
        assertTrue(grid.getColumnByKey("student").isFrozen());
        assertTrue(grid.getColumnByKey("average").isFrozenToEnd());
    }

    @Test
    void cellsShowMarksAndAttendanceAndGreyWhenNotEnrolled() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        view.show(7L);
        Grid<JournalRow> grid = view.grid();

        assertEquals("Абрамова Софья Игоревна", rendered(grid.getColumnByKey("student"), "name", ABRAMOVA));
        assertEquals("Н", rendered(grid.getColumnByKey("lesson-500"), "text", ABRAMOVA));
        assertEquals("4/5", rendered(grid.getColumnByKey("work-900"), "text", ABRAMOVA));
        assertEquals("5 ОП", rendered(grid.getColumnByKey("work-901"), "text", BELOV));
        assertEquals("journal-cell", rendered(grid.getColumnByKey("lesson-500"), "cls", ABRAMOVA));
        assertEquals("journal-cell journal-cell-not-enrolled",
                rendered(grid.getColumnByKey("lesson-500"), "cls", BELOV));
        assertEquals("journal-not-enrolled",
                grid.getColumnByKey("lesson-500").getPartNameGenerator().apply(BELOV));
        assertNull(grid.getColumnByKey("lesson-500").getPartNameGenerator().apply(ABRAMOVA));
    }

    @Test
    void averageIsWeightedByTheWorkWeight() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        view.show(7L);
        Grid.Column<JournalRow> average = view.grid().getColumnByKey("average");
        // Абрамова: 4 and 5 in a test of weight 2 → (8 + 10) / 4 = 4.5
        assertEquals("4,50", rendered(average, "avg", ABRAMOVA));
        // Белов: 3 (weight 2) and 5 (weight 1) → 11 / 3 = 3.67
        assertEquals("3,67", rendered(average, "avg", BELOV));
    }

    @Test
    void changingThePeriodReloadsTheGrid() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        view.show(7L);
        view.periodSelect().setValue(Q1);

        assertEquals(List.of(102L, 101L), gradebook.journalCalls);
        assertEquals(List.of("number", "student", "average"),
                view.grid().getColumns().stream().map(Grid.Column::getKey).collect(Collectors.toList()));
        assertTrue(find(view, "journal-no-lessons").isPresent());
    }

    @Test
    void navigatingAgainReloadsEvenWhenThePeriodStaysTheSame() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        view.show(7L);
        view.show(7L);
        assertEquals(List.of(102L, 102L), gradebook.journalCalls);
        assertNotNull(view.grid());
    }

    @Test
    void inTheHolidaysTheLastFinishedPeriodOpens() {
        JournalView view = view(LocalDate.of(2026, 11, 1));
        view.show(7L);
        assertEquals(Q1, view.periodSelect().getValue());
    }

    @Test
    void anotherTeachersAssignmentShowsTheMessageAndNoData() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        view.show(8L);

        Paragraph error = (Paragraph) find(view, "journal-error").orElseThrow();
        assertEquals("Нет доступа к этому журналу.", error.getText());
        assertNull(view.grid());
        assertTrue(gradebook.journalCalls.isEmpty());
        assertFalse(find(view, "journal-grid").isPresent());
    }

    @Test
    void withoutAnAssignmentIdTheActorsAssignmentsAreOffered() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        view.show(null);
        assertTrue(find(view, "journal-assignment-chooser").isPresent());
        assertNull(view.grid());
    }

    @Test
    void lessonDescriptionNamesTopicHomeworkAndWeight() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        assertEquals("Урок 11.11.2026, № 3 · тема: Десятичные дроби · д/з: № 245, 247 · работа: Контрольная работа, вес 2",
                view.describe(COLUMNS.get(1)));
        assertEquals("Урок 09.11.2026, № 2 · тема: Дроби · д/з: № 12", view.describe(COLUMNS.get(0)));
    }

    @Test
    void clickingAColumnHeaderShowsItsLessonLine() {
        JournalView view = view(LocalDate.of(2026, 11, 20));
        view.show(7L);
        Component header = view.grid().getColumnByKey("work-900").getHeaderComponent();
        ComponentUtil.fireEvent(header, new ClickEvent<>(header));
        assertEquals("Урок 11.11.2026, № 3 · тема: Десятичные дроби · д/з: № 245, 247 · работа: Контрольная работа, вес 2",
                view.lessonDetails().getText());
    }

    static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
