package org.ejournal.ui.diary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.Operation;
import org.ejournal.api.Role;
import org.ejournal.api.diary.DiaryDay;
import org.ejournal.api.diary.DiaryLesson;
import org.ejournal.api.diary.DiaryMark;
import org.ejournal.api.diary.DiaryService;
import org.ejournal.api.diary.DiaryStudent;
import org.ejournal.api.diary.DiaryWeek;
import org.ejournal.api.diary.PeriodMarks;
import org.ejournal.api.diary.SubjectMarks;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.PersonName;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;

/** The diary view built without a browser, against a diary service with two children and fixed data. */
class DiaryViewTest {

    static final Actor PARENT = new Actor(7, 1, "parent", "Абрамова Наталья Викторовна", Set.of(Role.PARENT),
            null, null, 401L, Set.of(301L, 312L));
    static final DiaryStudent SOFYA = new DiaryStudent(301, new PersonName("Абрамова", "Софья", "Игоревна"), "5А");
    static final DiaryStudent PETR = new DiaryStudent(312, new PersonName("Абрамов", "Пётр", "Игоревич"), "2Б");
    static final StudyPeriodSummary Q1 = new StudyPeriodSummary(11, "I четверть", LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 29));
    static final StudyPeriodSummary Q2 = new StudyPeriodSummary(12, "II четверть", LocalDate.of(2026, 11, 5),
            LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 19); // a Thursday

    /** Own children only; everything else refused as the real service does. */
    static class FakeDiary implements DiaryService {
        final List<String> calls = new ArrayList<>();

        @Override
        public List<DiaryStudent> students(Actor actor) {
            return List.of(PETR, SOFYA);
        }

        DiaryStudent own(long id) {
            if (id == SOFYA.id()) {
                return SOFYA;
            }
            if (id == PETR.id()) {
                return PETR;
            }
            throw new AccessDeniedException(Operation.STUDENT_DIARY_READ, id);
        }

        @Override
        public DiaryWeek week(Actor actor, long studentId, LocalDate monday) {
            DiaryStudent s = own(studentId);
            calls.add("week " + studentId + " " + monday);
            List<DiaryDay> days = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                LocalDate d = monday.plusDays(i);
                List<DiaryLesson> lessons = i == 0 ? List.of(
                        new DiaryLesson(600L, 1, "Математика", "Иванова М. П.", "Десятичные дроби", "№ 245, 247",
                                List.of(new DiaryMark("5", d, "TEST", "Контрольная работа", 2, "")), ""),
                        new DiaryLesson(601L, 2, "Русский язык", "Смирнова О. И.", "", "упр. 12", List.of(), "Н"))
                        : i == 2 ? List.of(new DiaryLesson(null, 1, "Литература", "Орлов Д. А.", "", "", List.of(), ""))
                        : List.of();
                days.add(new DiaryDay(d, lessons));
            }
            return new DiaryWeek(s, monday, days);
        }

        @Override
        public List<StudyPeriodSummary> periods(Actor actor, long studentId) {
            own(studentId);
            return List.of(Q1, Q2);
        }

        @Override
        public PeriodMarks periodMarks(Actor actor, long studentId, long periodId) {
            DiaryStudent s = own(studentId);
            calls.add("period " + studentId + " " + periodId);
            List<DiaryMark> marks = List.of(new DiaryMark("5", LocalDate.of(2026, 11, 9), "ANSWER", "", 1, ""),
                    new DiaryMark("3", LocalDate.of(2026, 11, 10), "TEST", "", 2, ""));
            return new PeriodMarks(s, periodId == 11 ? Q1 : Q2, List.of(
                    new SubjectMarks(41, "Математика", marks, 11 / 3.0, "4"),
                    new SubjectMarks(42, "Русский язык", List.of(), null, "")));
        }
    }

    final FakeDiary diary = new FakeDiary();

    @BeforeEach
    void translate() {
        TranslatingVaadinService.install();
    }

    @AfterEach
    void forget() {
        TranslatingVaadinService.uninstall();
    }

    DiaryView view() {
        return new DiaryView(() -> PARENT, () -> diary, () -> TODAY);
    }

    @Test
    void opensTheCurrentWeekOfTheFirstChildWithMarksHomeworkAndAbsences() {
        DiaryView view = view();
        view.show(null);

        assertEquals(PETR, view.shownStudent());
        assertEquals(List.of("week 312 2026-11-16"), diary.calls);
        assertEquals("Абрамов Пётр Игоревич (2Б)", text(find(view, "diary-student").orElseThrow()));
        assertEquals("16.11 – 21.11", text(find(view, "diary-week-label").orElseThrow()));
        assertEquals(List.of("Пн 16.11", "Вт 17.11", "Ср 18.11", "Чт 19.11", "Пт 20.11", "Сб 21.11"),
                texts(view, "diary-day-heading"));
        assertEquals(List.of("Математика", "Русский язык", "Литература"), texts(view, "diary-subject"));
        assertEquals(List.of("5"), texts(view, "diary-mark"));
        assertEquals(List.of("Н"), texts(view, "diary-absence"));
        assertEquals(List.of("Тема: Десятичные дроби"), texts(view, "diary-topic"));
        assertEquals(List.of("Д/з: № 245, 247", "Д/з: упр. 12"), texts(view, "diary-homework"));
        assertEquals(List.of("По расписанию · Орлов Д. А."), texts(view, "diary-planned"));
        assertEquals("Контрольная работа, вес 2",
                byClass(view, "diary-mark").findFirst().orElseThrow().getElement().getAttribute("title"));
    }

    @Test
    void weekNavigationAsksTheServiceForThePreviousAndNextWeeks() {
        DiaryView view = view();
        view.show(301L);
        ((Button) find(view, "diary-prev-week").orElseThrow()).click();
        assertEquals(LocalDate.of(2026, 11, 9), view.shownMonday());
        ((Button) find(view, "diary-next-week").orElseThrow()).click();
        ((Button) find(view, "diary-next-week").orElseThrow()).click();
        ((Button) find(view, "diary-this-week").orElseThrow()).click();
        assertEquals(List.of("week 301 2026-11-16", "week 301 2026-11-09", "week 301 2026-11-16",
                "week 301 2026-11-23", "week 301 2026-11-16"), diary.calls);
    }

    @Test
    void aParentWithSeveralChildrenHasTheSwitchOnTheShownChild() {
        DiaryView view = view();
        view.show(301L);
        @SuppressWarnings("unchecked")
        Select<DiaryStudent> child = (Select<DiaryStudent>) find(view, "diary-child").orElseThrow();
        assertEquals(SOFYA, child.getValue());
        assertEquals(List.of(PETR, SOFYA), child.getListDataView().getItems().toList());
    }

    @Test
    void periodTabShowsMarksWeightedAverageAndFinalMarkOfTheCurrentPeriod() {
        DiaryView view = view();
        view.show(301L);
        Tabs tabs = (Tabs) view.periodTab().getParent().orElseThrow();
        tabs.setSelectedTab(view.periodTab());

        assertEquals(Q2, view.periodSelect().getValue());
        assertEquals(List.of("week 301 2026-11-16", "period 301 12"), diary.calls);
        assertEquals(List.of("Математика", "Русский язык"), texts(view, "diary-subject"));
        assertEquals(List.of("3,67", "—"), texts(view, "diary-average"));
        assertEquals(List.of("Итог: 4", ""), texts(view, "diary-final"));
        assertEquals(List.of("5", "3"), texts(view, "diary-mark"));
    }

    @Test
    void aForeignStudentIdShowsOnlyTheRefusal() {
        DiaryView view = view();
        view.show(302L);

        Paragraph error = (Paragraph) find(view, "diary-error").orElseThrow();
        assertEquals("Нет доступа к дневнику этого ученика.", error.getText());
        assertNull(view.shownStudent());
        assertFalse(find(view, "diary-student").isPresent());
        assertFalse(find(view, "diary-days").isPresent());
        assertTrue(diary.calls.isEmpty());
    }

    @Test
    void withoutStudentsTheViewSaysSo() {
        DiaryView view = new DiaryView(() -> PARENT, () -> new FakeDiary() {
            @Override
            public List<DiaryStudent> students(Actor actor) {
                return List.of();
            }
        }, () -> TODAY);
        view.show(null);
        assertEquals("Нет учеников, чей дневник вы можете открыть.",
                ((Paragraph) find(view, "diary-no-students").orElseThrow()).getText());
    }

    static String text(Component c) {
        return ((HasText) c).getText();
    }

    static List<String> texts(Component root, String className) {
        return byClass(root, className).map(DiaryViewTest::text).toList();
    }

    static Stream<Component> byClass(Component root, String className) {
        Stream<Component> self = root.getClassNames().contains(className) && root.isVisible()
                ? Stream.of(root) : Stream.empty();
        if (!root.isVisible()) {
            return Stream.empty();
        }
        return Stream.concat(self, root.getChildren().flatMap(c -> byClass(c, className)));
    }

    static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
