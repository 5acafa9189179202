package org.ejournal.ui.reports.internal;

import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Отчёты»: pick a report and its class, get the PDF or XLSX. The file is rendered on the click (the
 * engine takes well under a second for a class) and handed to the browser as a download link that is
 * clicked for the user.
 */
public class ReportsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<ReportService> reports;
    private final transient Supplier<RosterService> roster;
    private final ReportRequestForm form = new ReportRequestForm();
    private final Div result = new Div();

    /** Used by the router: the actor and the services come from the session and the OSGi registry. */
    public ReportsView() {
        this(ViewSupport::actor, () -> ViewSupport.service(ReportsView.class, ReportService.class),
                () -> ViewSupport.service(ReportsView.class, RosterService.class));
    }

    /** For tests: explicit sources of the actor and the services. */
    ReportsView(Supplier<Actor> actor, Supplier<ReportService> reports, Supplier<RosterService> roster) {
        this.actor = actor;
        this.reports = reports;
        this.roster = roster;
        setId("reports-view");
        result.setId("report-result");
        form.addRenderListener(this::render);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Loads the reports the actor may run and, when one asks for a class, the classes. */
    void refresh() {
        removeAll();
        add(new H2(getTranslation("reports.title")));
        try {
            Actor who = actor.get();
            List<ReportInfo> available = reports.get().reports(who, getLocale());
            if (available.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("reports.none"));
                none.setId("reports-none");
                add(none);
                return;
            }
            boolean needsClasses = available.stream().flatMap(r -> r.parameters().stream())
                    .anyMatch(p -> p.kind() == ReportParameter.Kind.SCHOOL_CLASS);
            List<SchoolClassSummary> classes = needsClasses ? roster.get().classes(who) : List.of();
            form.setClasses(classes);
            form.setReports(available);
        } catch (EJournalException e) {
            add(UiErrors.message(this, e));
            return;
        }
        result.removeAll();
        add(form, result);
    }

    ReportRequestForm form() {
        return form;
    }

    Div result() {
        return result;
    }

    private void render(ReportRequestForm.RenderEvent event) {
        result.removeAll();
        try {
            RenderedReport file = reports.get().render(actor.get(), event.report().id(), event.parameters(),
                    event.format(), getLocale());
            Paragraph ready = new Paragraph(getTranslation("reports.ready", ""));
            Anchor link = Downloads.link(file, file.fileName());
            link.setId("report-download");
            ready.add(link);
            result.add(ready);
            // Start the download at once; the link stays for a second try.
            link.getElement().executeJs("this.click()");
        } catch (EJournalException e) {
            result.add(UiErrors.message(this, e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
