package org.ejournal.ui.reports.internal;

import org.ejournal.testsupport.vaadin.TranslatingVaadinService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.ejournal.api.ValidationException;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;

/** The three views built without a browser, on fake services, reading what a user would read. */
class ReportViewsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final Fakes.Reports reports = new Fakes.Reports();
    private final Fakes.Roster roster = new Fakes.Roster();
    private final Fakes.Schedules schedules = new Fakes.Schedules();

    @BeforeEach
    void vaadin() {
        TranslatingVaadinService.install();
    }

    @AfterEach
    void clear() {
        TranslatingVaadinService.uninstall();
    }

    @Test
    void reportsViewRendersTheChosenClassAndOffersTheFile() {
        ReportsView view = new ReportsView(() -> Fakes.ZAVUCH, () -> reports, () -> roster);
        view.refresh();
        assertEquals("Список класса", view.form().fields().reportField().getValue().title());
        assertEquals(Fakes.CLASS_5A, view.form().fields().parameterField("classId").orElseThrow().getValue(),
                "the only class is chosen already");

        view.form().button(ReportFormat.PDF).click();

        assertEquals(List.of("class-list {classId=51} PDF"), reports.calls);
        Anchor link = (Anchor) find(view.result(), "report-download").orElseThrow();
        assertEquals("Список класса 5А 29.11.2026.pdf", link.getText());
    }

    @Test
    void reportsViewShowsTheServicesMessageInRussian() {
        reports.failure = new ValidationException("error.report.parameterInvalid", "classId", "x");
        ReportsView view = new ReportsView(() -> Fakes.ZAVUCH, () -> reports, () -> roster);
        view.refresh();
        view.form().button(ReportFormat.XLSX).click();
        Component error = find(view.result(), "reports-error").orElseThrow();
        assertEquals("Неверное значение поля «Класс»: x.", ((HasText) error).getText());
    }

    @Test
    void presetFillsTheCronAndCreateListsTheSchedule() {
        ReportSchedulesView view = schedulesView();
        view.form().presetField().setValue(CronPreset.WEEKDAYS_7);
        assertEquals("0 0 7 ? * MON-FRI", view.form().cronField().getValue());

        view.form().createButton().click();

        assertEquals(List.of("create 0 0 7 ? * MON-FRI"), schedules.calls);
        List<ReportSchedule> rows = view.grid().getListDataView().getItems().toList();
        assertEquals(1, rows.size());
        assertTrue(view.grid().isVisible());
        assertEquals("Расписание создано.", view.form().message().getText());
    }

    @Test
    void badCronShowsTheTranslatedMessageOnTheField() {
        schedules.failure = new ValidationException("error.cron.invalid", "каждый день");
        ReportSchedulesView view = schedulesView();
        view.form().cronField().setValue("каждый день");
        view.form().createButton().click();

        assertTrue(view.form().cronField().isInvalid());
        assertTrue(view.form().cronField().getErrorMessage().startsWith("Неверное выражение cron: «каждый день»"),
                view.form().cronField().getErrorMessage());
    }

    @Test
    void stopIsAskedOnceThenDone() {
        ReportSchedulesView view = schedulesView();
        view.form().createButton().click();
        ReportSchedule schedule = view.grid().getListDataView().getItems().findFirst().orElseThrow();

        ConfirmDialog dialog = view.confirmStop(schedule);
        assertTrue(dialog.isOpened());
        assertFalse(schedules.calls.contains("stop 1"), "nothing stops before the answer");
        view.stop(schedule);
        assertTrue(schedules.calls.contains("stop 1"));
    }

    @Test
    void archiveListsEntriesWithDownloadLinks() {
        ReportArchiveView view = new ReportArchiveView(() -> Fakes.ZAVUCH, () -> schedules, MOSCOW);
        view.refresh();
        assertEquals(1, view.grid().getListDataView().getItemCount());
        Anchor link = (Anchor) view.downloadLink(view.grid().getListDataView().getItem(0));
        assertEquals("Список класса 5А 30.11.2026.pdf", link.getText());
        assertEquals("report-archive-download-9", link.getId().orElseThrow());
    }

    @Test
    void menuTitlesComeFromTheBundleInBothLanguages() {
        Locale ru = Locale.forLanguageTag("ru");
        assertEquals("Отчёты", new ReportsViewContribution().title(ru));
        assertEquals("Расписание отчётов", new ReportSchedulesViewContribution().title(ru));
        assertEquals("Архив отчётов", new ReportArchiveViewContribution().title(ru));
        assertEquals("Report archive", new ReportArchiveViewContribution().title(Locale.ENGLISH));
        assertFalse(new ReportsViewContribution().roles().contains(org.ejournal.api.Role.PARENT));
        assertTrue(new ReportsViewContribution().roles().contains(org.ejournal.api.Role.SUBJECT_TEACHER));
        assertFalse(new ReportSchedulesViewContribution().roles().contains(org.ejournal.api.Role.SUBJECT_TEACHER));
    }

    /** The first component with this id under {@code root}. */
    private static java.util.Optional<Component> find(Component root, String id) {
        if (id.equals(root.getId().orElse(null))) {
            return java.util.Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(java.util.Optional::stream).findFirst();
    }

    private ReportSchedulesView schedulesView() {
        ReportSchedulesView view = new ReportSchedulesView(() -> Fakes.ZAVUCH, () -> schedules, () -> reports,
                () -> roster, MOSCOW);
        view.refresh();
        return view;
    }
}
