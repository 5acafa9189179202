package org.ejournal.ui.reports.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.report.ArchivedReport;
import org.ejournal.api.report.ReportScheduleService;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** «Архив отчётов»: files made by schedules (and «Запустить сейчас»), newest first, to download. */
public class ReportArchiveView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<ReportScheduleService> schedules;
    private final ZoneId zone;
    private final Grid<ArchivedReport> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    /** Used by the router: the actor and the service come from the session and the OSGi registry. */
    public ReportArchiveView() {
        this(ViewSupport::actor, () -> ViewSupport.service(ReportArchiveView.class, ReportScheduleService.class),
                ZoneId.systemDefault());
    }

    /** For tests: explicit sources of the actor and the service. */
    ReportArchiveView(Supplier<Actor> actor, Supplier<ReportScheduleService> schedules, ZoneId zone) {
        this.actor = actor;
        this.schedules = schedules;
        this.zone = zone;
        setId("report-archive-view");
        empty.setId("report-archive-empty");
        empty.setText(getTranslation("reports.archive.empty"));
        buildGrid();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    void refresh() {
        removeAll();
        Button reload = new Button(getTranslation("reports.archive.refresh"), VaadinIcon.REFRESH.create(),
                e -> refresh());
        reload.setId("report-archive-refresh");
        add(new HorizontalLayout(new H2(getTranslation("reports.archive.title")), reload));
        try {
            List<ArchivedReport> entries = schedules.get().archive(actor.get());
            grid.setItems(entries);
            empty.setVisible(entries.isEmpty());
            grid.setVisible(!entries.isEmpty());
            add(empty, grid);
        } catch (EJournalException e) {
            add(UiErrors.message(this, e));
        }
    }

    Grid<ArchivedReport> grid() {
        return grid;
    }

    private void buildGrid() {
        grid.setId("report-archive-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(a -> DATE_TIME.format(a.createdAt().atZone(zone))).setKey("createdAt")
                .setHeader(getTranslation("reports.archive.column.createdAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArchivedReport::title).setKey("title")
                .setHeader(getTranslation("reports.archive.column.title")).setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setKey("file")
                .setHeader(getTranslation("reports.archive.column.file")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(a -> sizeText(a.size())).setKey("size")
                .setHeader(getTranslation("reports.archive.column.size")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.scheduleId() == null ? getTranslation("reports.archive.source.manual")
                        : getTranslation("reports.archive.source.schedule", a.scheduleId()))
                .setKey("source").setHeader(getTranslation("reports.archive.column.source")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    /** The file is fetched from the service only when clicked: the list carries no content. */
    Component downloadLink(ArchivedReport entry) {
        Actor who = actor.get();
        Supplier<ReportScheduleService> service = schedules;
        Anchor link = Downloads.link(() -> service.get().download(who, entry.id()), entry.fileName());
        link.setId("report-archive-download-" + entry.id());
        return link;
    }

    private String sizeText(long bytes) {
        return getTranslation("reports.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.archive.title");
    }
}
