package org.ejournal.ui.timetable.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.ejournal.api.Actor;
import org.ejournal.api.Role;
import org.ejournal.api.timetable.LessonView;
import org.ejournal.api.timetable.ReadinessFinding;
import org.ejournal.api.timetable.ReadinessKind;
import org.ejournal.api.timetable.ReadinessReport;
import org.ejournal.api.timetable.SlotView;
import org.ejournal.api.ui.ViewContribution;
import org.ejournal.testsupport.vaadin.TranslatingVaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;

/** Browserless: the views built directly with fake services, texts from this bundle's messages (Russian). */
class TimetableViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 8, 25);
    static final Actor ZAVUCH = new Actor(3, 1, "zavuch", "Сидорова Елена Викторовна", Set.of(Role.DEPUTY_DIRECTOR),
            102L, null, null, null);

    FakeTimetable fake;
    TimetableView view;

    @BeforeEach
    void setUp() {
        TranslatingVaadinService.install();
        fake = new FakeTimetable();
        view = new TimetableView(() -> ZAVUCH, () -> fake, () -> TODAY);
        view.refresh();
    }

    @AfterEach
    void tearDown() {
        TranslatingVaadinService.uninstall();
    }

    static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(TimetableViewsTest::descendants));
    }

    @Test
    void showsTheWeeklyGridOfTheFirstClassFromTheFirstOfSeptember() {
        assertEquals("Расписание", view.getPageTitle());
        assertEquals(FakeTimetable.FIVE_A, view.classSelect.getValue());
        // In August the grid shows the timetable as of the first day of the first period.
        assertEquals(FakeTimetable.SEP_1, view.date.getValue());
        assertEquals(List.of("№", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"),
                view.grid.getColumns().stream().map(c -> c.getHeaderText()).toList());
        // Lessons 1–8 at least, more when a slot uses a later number (English on the 9th).
        assertEquals(9, view.grid.getGenericDataView().getItems().count());
        SlotView math = view.slotsAt(1, 1).get(0);
        assertEquals("Математика · Иванова М. П. · каб. 21", view.entryText(math));
        assertEquals("Английский язык (группа 1) · Орлов Д. А.", view.entryText(view.slotsAt(3, 9).get(0)));
        assertTrue(view.slotsAt(2, 1).isEmpty());
        assertEquals("lessons/21", view.lessonsLink.getHref());
        // Generation defaults: the coming period, from its first day.
        assertEquals(FakeTimetable.FIRST_QUARTER, view.period.getValue());
        assertEquals(FakeTimetable.SEP_1, view.from.getValue());
    }

    @Test
    void theClassInTheAddressIsChosen() {
        TimetableView other = new TimetableView(() -> ZAVUCH, () -> fake, () -> TODAY);
        other.setParameter(null, 22L);
        other.refresh();
        assertEquals(FakeTimetable.FIVE_B, other.classSelect.getValue());
    }

    @Test
    void addsASlotFromAnEmptyCell() {
        view.openDialog(null, 2, 3);
        assertNotNull(view.openDialog);
        assertEquals("Новый урок в расписании", view.openDialog.getHeaderTitle());
        assertEquals(2, view.dialogWeekday.getValue());
        assertEquals("Вторник", view.dialogWeekday.getItemLabelGenerator().apply(2));
        assertEquals(3, view.dialogNumber.getValue());
        assertEquals(FakeTimetable.SEP_1, view.dialogFrom.getValue());
        assertNull(view.dialogEnd, "nothing to end in a new slot");
        view.dialogAssignment.setValue(FakeTimetable.MATH);
        view.dialogRoom.setValue("21");
        view.dialogSave.click();
        assertNull(view.openDialog);
        assertTrue(fake.calls.contains("add SlotEdit[assignmentId=51, weekday=2, lessonNumber=3, room=21, validFrom=2026-09-01, validTo=null]"),
                fake.calls.toString());
        assertEquals("Математика · Иванова М. П. · каб. 21", view.entryText(view.slotsAt(2, 3).get(0)));
    }

    @Test
    void aRefusalKeepsTheDialogOpenWithTheMessage() {
        view.openDialog(null, 2, 3);
        view.dialogWeekday.setItems(1, 2, 3, 4, 5, 6, 7);
        view.dialogWeekday.setValue(7);
        view.dialogSave.click();
        assertNotNull(view.openDialog);
        assertTrue(view.dialogError.isVisible());
        assertEquals(view.translate(new org.ejournal.api.ValidationException("error.timetable.weekdayInvalid")),
                view.dialogError.getText());
        assertTrue(fake.calls.stream().noneMatch(c -> c.startsWith("add")));
    }

    @Test
    void changesAndEndsASlotFromTheChosenDate() {
        SlotView math = view.slotsAt(1, 1).get(0);
        view.date.setValue(LocalDate.of(2026, 11, 9));
        view.openDialog(math, 1, 1);
        assertEquals("Изменить урок в расписании", view.openDialog.getHeaderTitle());
        assertEquals(FakeTimetable.MATH, view.dialogAssignment.getValue());
        assertEquals("21", view.dialogRoom.getValue());
        assertEquals(LocalDate.of(2026, 11, 9), view.dialogFrom.getValue());
        assertTrue(descendants(view.openDialog).anyMatch(c -> c.getId().orElse("").equals("timetable-dialog-since")));
        view.dialogNumber.setValue(2);
        view.dialogSave.click();
        assertTrue(fake.calls.contains("change 1 SlotEdit[assignmentId=51, weekday=1, lessonNumber=2, room=21, validFrom=2026-11-09, validTo=null]"),
                fake.calls.toString());

        view.openDialog(math, 1, 1);
        view.dialogEnd.click();
        assertTrue(fake.calls.contains("end 1 2026-11-08"), "the slot's last day is the day before the date given");
        assertNull(view.openDialog);
    }

    @Test
    void generationShowsAPreviewAsksOnceAndShowsKeptLessons() {
        fake.lessons = List.of(new LessonView(602, LocalDate.of(2026, 9, 16), 3, FakeTimetable.MATH, "Иванова М. П.",
                "Сложение", true));
        view.generateClass.click();
        assertTrue(fake.calls.contains("preview 21 11 2026-09-01"), fake.calls.toString());
        assertTrue(fake.calls.stream().noneMatch(c -> c.startsWith("generate")), "nothing before the answer");
        assertEquals("Класс 5А, I четверть, с 01.09.2026 по 26.10.2026. Будет создано: 27, перенесено: 1,"
                + " удалено пустых: 2, уже на месте: 3. Уроков с записями, которые не совпадают с расписанием и"
                + " останутся как есть: 1.", view.confirmText.getText());
        view.confirmYes.click();
        assertTrue(fake.calls.contains("generate 21 11 2026-09-01"), fake.calls.toString());
        assertTrue(descendants(view.result).anyMatch(c -> c.getId().orElse("").equals("timetable-result-kept")));
        assertEquals("Создано: 27, перенесено: 1, удалено пустых: 2, без изменений: 3.",
                descendants(view.result).filter(c -> c.getId().orElse("").equals("timetable-result-counts"))
                        .findFirst().orElseThrow().getElement().getText());

        view.generateSchool.click();
        assertTrue(view.confirmText.getText().startsWith("Вся школа, I четверть, с 01.09.2026 по 26.10.2026."));
        view.confirmYes.click();
        assertTrue(fake.calls.contains("generate null 11 2026-09-01"), fake.calls.toString());
    }

    @Test
    void lessonsOfAWeekWithTheirDataMarker() {
        fake.lessons = List.of(
                new LessonView(1, LocalDate.of(2026, 9, 14), 1, FakeTimetable.MATH, "Иванова М. П.", "", false),
                new LessonView(2, LocalDate.of(2026, 9, 16), 3, FakeTimetable.MATH, "Иванова М. П.", "Сложение", true),
                new LessonView(3, LocalDate.of(2026, 9, 21), 1, FakeTimetable.MATH, "Иванова М. П.", "", false));
        LessonsView lessons = new LessonsView(() -> ZAVUCH, () -> fake, () -> LocalDate.of(2026, 9, 17));
        lessons.refresh();
        assertEquals("Уроки класса", lessons.getPageTitle());
        assertEquals("Неделя с 14.09.2026 по 19.09.2026", lessons.week.getText());
        assertEquals(2, lessons.grid.getGenericDataView().getItems().count());
        assertTrue(fake.calls.contains("lessons 21 2026-09-14 2026-09-19"));
        assertFalse(lessons.none.isVisible());
        lessons.next.click();
        assertEquals("Неделя с 21.09.2026 по 26.09.2026", lessons.week.getText());
        assertEquals(List.of(3L), lessons.grid.getGenericDataView().getItems().map(LessonView::id).toList());
        lessons.next.click();
        assertTrue(lessons.none.isVisible());
        assertEquals("На этой неделе уроков нет.", lessons.none.getText());
    }

    @Test
    void readinessListsProblemsByKindWithLinks() {
        ReadinessReport report = new ReadinessReport(1, "2026/2027", FakeTimetable.SEP_1, List.of(
                new ReadinessFinding(ReadinessKind.CLASS_WITHOUT_CLASS_TEACHER, 23, 23, "1А"),
                new ReadinessFinding(ReadinessKind.ASSIGNMENT_WITHOUT_TIMETABLE, 52, 21, "5А · Русский язык · Смирнова О. И."),
                new ReadinessFinding(ReadinessKind.ASSIGNMENT_WITHOUT_TIMETABLE, 53, 22, "5Б · Русский язык · Орлов Д. А."),
                new ReadinessFinding(ReadinessKind.STUDENT_WITHOUT_LOGIN, 302, 21, "Белов Артём (5А)")));
        ReadinessView readiness = new ReadinessView(() -> ZAVUCH, () -> a -> report);
        readiness.refresh();
        assertEquals("Готовность к 1 сентября", readiness.getPageTitle());
        assertEquals("Найдено проблем: 4", readiness.summary.getText());
        List<String> headings = descendants(readiness).filter(H3.class::isInstance).map(c -> ((H3) c).getText()).toList();
        assertEquals(List.of("Классы без классного руководителя (1)", "Нагрузка без расписания (2)",
                "Ученики без логина (1)"), headings);
        List<Anchor> links = descendants(readiness).filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
        assertEquals(List.of("timetable/23", "timetable/21", "timetable/22", "students"),
                links.stream().map(Anchor::getHref).toList());
        assertEquals("Белов Артём (5А)", links.get(3).getText());

        List<ReadinessFinding> many = java.util.stream.IntStream.range(0, 20).mapToObj(i -> new ReadinessFinding(
                ReadinessKind.STUDENT_WITHOUT_LOGIN, 1000 + i, 21, "Ученик " + i + " (5А)")).toList();
        ReadinessView longList = new ReadinessView(() -> ZAVUCH,
                () -> a -> new ReadinessReport(1, "2026/2027", FakeTimetable.SEP_1, many));
        longList.refresh();
        com.vaadin.flow.component.details.Details more = descendants(longList)
                .filter(com.vaadin.flow.component.details.Details.class::isInstance)
                .map(com.vaadin.flow.component.details.Details.class::cast).findFirst().orElseThrow();
        assertEquals("Показать ещё 5", more.getSummaryText());
        assertFalse(more.isOpened());
        assertEquals(20, descendants(longList).filter(Anchor.class::isInstance).count());

        ReadinessView ready = new ReadinessView(() -> ZAVUCH,
                () -> a -> new ReadinessReport(1, "2026/2027", FakeTimetable.SEP_1, List.of()));
        ready.refresh();
        assertEquals("Всё готово: проблем не найдено.", ready.summary.getText());
    }

    @Test
    void menuEntriesForTheAdministrationInRussian() {
        List<ViewContribution> contributions = List.of(new TimetableViewContribution(), new LessonsViewContribution(),
                new ReadinessViewContribution());
        assertEquals(List.of("timetable", "lessons", "readiness"), contributions.stream().map(ViewContribution::route)
                .toList());
        assertEquals(List.of("Расписание", "Уроки класса", "Готовность к 1 сентября"), contributions.stream()
                .map(c -> c.title(Locale.forLanguageTag("ru"))).toList());
        assertEquals(List.of("Timetable", "Lessons of a class", "Ready for 1 September"), contributions.stream()
                .map(c -> c.title(Locale.ENGLISH)).toList());
        for (ViewContribution c : contributions) {
            assertEquals(Set.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR), c.roles());
        }
    }
}
