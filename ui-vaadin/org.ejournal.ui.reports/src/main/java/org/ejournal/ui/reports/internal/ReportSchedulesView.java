package org.ejournal.ui.reports.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.ValidationException;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportSchedule;
import org.ejournal.api.report.ReportScheduleService;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Расписание отчётов»: the form for a new schedule above the school's schedules (newest first) with
 * their next run, and per row «Запустить сейчас» and «Остановить» (asked once; a stopped schedule
 * stays listed). All rules — cron, access — are the service's; this view only shows its answers.
 */
public class ReportSchedulesView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<ReportScheduleService> schedules;
    private final transient Supplier<ReportService> reports;
    private final transient Supplier<RosterService> roster;
    private final ZoneId zone;
    private final ScheduleForm form = new ScheduleForm();
    private final Grid<ReportSchedule> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Map<String, String> reportTitles = new HashMap<>();
    private final Map<String, String> classNames = new HashMap<>();

    /** Used by the router: the actor and the services come from the session and the OSGi registry. */
    public ReportSchedulesView() {
        this(ViewSupport::actor, () -> ViewSupport.service(ReportSchedulesView.class, ReportScheduleService.class),
                () -> ViewSupport.service(ReportSchedulesView.class, ReportService.class),
                () -> ViewSupport.service(ReportSchedulesView.class, RosterService.class), ZoneId.systemDefault());
    }

    /** For tests: explicit sources of the actor and the services. */
    ReportSchedulesView(Supplier<Actor> actor, Supplier<ReportScheduleService> schedules,
                        Supplier<ReportService> reports, Supplier<RosterService> roster, ZoneId zone) {
        this.actor = actor;
        this.schedules = schedules;
        this.reports = reports;
        this.roster = roster;
        this.zone = zone;
        setId("report-schedules-view");
        form.addCreateListener(this::create);
        buildGrid();
        empty.setId("report-schedules-empty");
        empty.setText(getTranslation("reports.schedules.empty"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Loads the choices of the form and the list. */
    void refresh() {
        removeAll();
        add(new H2(getTranslation("reports.schedules.title")));
        try {
            Actor who = actor.get();
            List<ReportInfo> available = reports.get().reports(who, getLocale());
            reportTitles.clear();
            available.forEach(r -> reportTitles.put(r.id(), r.title()));
            boolean needsClasses = available.stream().flatMap(r -> r.parameters().stream())
                    .anyMatch(p -> p.kind() == ReportParameter.Kind.SCHOOL_CLASS);
            List<SchoolClassSummary> classes = needsClasses ? roster.get().classes(who) : List.of();
            classNames.clear();
            classes.forEach(c -> classNames.put(String.valueOf(c.id()), c.name()));
            form.setClasses(classes);
            form.setReports(available);
        } catch (EJournalException e) {
            add(UiErrors.message(this, e));
            return;
        }
        add(form, empty, grid);
        reloadList();
    }

    ScheduleForm form() {
        return form;
    }

    Grid<ReportSchedule> grid() {
        return grid;
    }

    private void buildGrid() {
        grid.setId("report-schedules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> reportTitles.getOrDefault(s.reportId(), s.reportId())).setKey("report")
                .setHeader(getTranslation("reports.schedules.column.report")).setAutoWidth(true);
        grid.addColumn(this::describeParameters).setKey("parameters")
                .setHeader(getTranslation("reports.schedules.column.parameters")).setAutoWidth(true);
        grid.addColumn(s -> s.format().name()).setKey("format")
                .setHeader(getTranslation("reports.schedules.column.format")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::describeCron).setKey("cron")
                .setHeader(getTranslation("reports.schedules.column.cron")).setAutoWidth(true);
        grid.addColumn(s -> format(s.nextRun())).setKey("nextRun")
                .setHeader(getTranslation("reports.schedules.column.nextRun")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.active() ? "reports.schedules.active" : "reports.schedules.stopped"))
                .setKey("state").setHeader(getTranslation("reports.schedules.column.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("reports.schedules.column.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private void reloadList() {
        try {
            List<ReportSchedule> list = schedules.get().schedules(actor.get());
            grid.setItems(list);
            empty.setVisible(list.isEmpty());
            grid.setVisible(!list.isEmpty());
        } catch (EJournalException e) {
            Notification.show(UiErrors.text(this, e));
        }
    }

    private void create(ScheduleForm.CreateEvent event) {
        try {
            schedules.get().create(actor.get(), event.schedule());
            form.showDone(getTranslation("reports.schedules.created"));
            reloadList();
        } catch (ValidationException e) {
            if (e.messageKey().startsWith("error.cron.")) {
                form.showCronError(UiErrors.text(this, e));
            } else {
                form.showError(UiErrors.text(this, e));
            }
        } catch (EJournalException e) {
            form.showError(UiErrors.text(this, e));
        }
    }

    private Component actions(ReportSchedule schedule) {
        Button runNow = new Button(getTranslation("reports.schedules.runNow"), e -> runNow(schedule));
        runNow.setId("schedule-run-now-" + schedule.id());
        runNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(runNow);
        if (schedule.active()) {
            Button stop = new Button(getTranslation("reports.schedules.stop"), e -> confirmStop(schedule));
            stop.setId("schedule-stop-" + schedule.id());
            stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(stop);
        }
        return buttons;
    }

    private void runNow(ReportSchedule schedule) {
        try {
            schedules.get().runNow(actor.get(), schedule.id());
            Notification.show(getTranslation("reports.schedules.runNow.started"));
        } catch (EJournalException e) {
            Notification.show(UiErrors.text(this, e));
        }
    }

    /** Stopping cannot be undone from here, so it is asked once, naming what stops. */
    ConfirmDialog confirmStop(ReportSchedule schedule) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("schedule-stop-confirm");
        dialog.setHeader(getTranslation("reports.schedules.stop.confirm.header"));
        dialog.setText(getTranslation("reports.schedules.stop.confirm.text",
                reportTitles.getOrDefault(schedule.reportId(), schedule.reportId()) + " " + describeParameters(schedule),
                describeCron(schedule)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("reports.schedules.stop.confirm.cancel"));
        dialog.setConfirmText(getTranslation("reports.schedules.stop.confirm.ok"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> stop(schedule));
        dialog.open();
        return dialog;
    }

    void stop(ReportSchedule schedule) {
        try {
            schedules.get().stop(actor.get(), schedule.id());
            Notification.show(getTranslation("reports.schedules.stop.done"));
        } catch (EJournalException e) {
            Notification.show(UiErrors.text(this, e));
        }
        reloadList();
    }

    private String describeParameters(ReportSchedule schedule) {
        return schedule.parameters().entrySet().stream()
                .map(p -> "classId".equals(p.getKey()) ? classNames.getOrDefault(p.getValue(), p.getValue())
                        : p.getValue())
                .collect(Collectors.joining(", "));
    }

    private String describeCron(ReportSchedule schedule) {
        return CronPreset.of(schedule.cron()).map(p -> getTranslation(p.messageKey())).orElse(schedule.cron());
    }

    private String format(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.schedules.title");
    }
}
