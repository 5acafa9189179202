package org.ejournal.ui.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.roster.SchoolClassSummary;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

/** Choose a report and its parameters, ask for PDF or XLSX. Fires {@link RenderEvent}; calls nothing. */
final class ReportRequestForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final ReportParameterFields fields = new ReportParameterFields();
    private final Button pdf = new Button(getTranslation("reports.downloadPdf"));
    private final Button xlsx = new Button(getTranslation("reports.downloadXlsx"));
    private final Paragraph hint = new Paragraph();

    ReportRequestForm() {
        setPadding(false);
        pdf.setId("report-render-pdf");
        xlsx.setId("report-render-xlsx");
        pdf.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pdf.addClickListener(e -> request(ReportFormat.PDF));
        xlsx.addClickListener(e -> request(ReportFormat.XLSX));
        hint.setId("report-form-hint");
        hint.setVisible(false);
        add(fields, new HorizontalLayout(pdf, xlsx), hint);
    }

    void setReports(List<ReportInfo> reports) {
        fields.setReports(reports);
    }

    void setClasses(List<SchoolClassSummary> classes) {
        fields.setClasses(classes);
    }

    ReportParameterFields fields() {
        return fields;
    }

    Button button(ReportFormat format) {
        return format == ReportFormat.PDF ? pdf : xlsx;
    }

    private void request(ReportFormat format) {
        Optional<ReportInfo> report = fields.selectedReport();
        Optional<Map<String, String>> values = fields.parameterValues();
        if (report.isEmpty() || values.isEmpty()) {
            hint.setText(getTranslation("reports.chooseAll"));
            hint.setVisible(true);
            return;
        }
        hint.setVisible(false);
        fireEvent(new RenderEvent(this, report.get(), values.get(), format));
    }

    Registration addRenderListener(ComponentEventListener<RenderEvent> listener) {
        return addListener(RenderEvent.class, listener);
    }

    /** The user asked for a report file. */
    static final class RenderEvent extends ComponentEvent<ReportRequestForm> {
        private static final long serialVersionUID = 1L;
        private final transient ReportInfo report;
        private final Map<String, String> parameters;
        private final ReportFormat format;

        RenderEvent(ReportRequestForm source, ReportInfo report, Map<String, String> parameters, ReportFormat format) {
            super(source, false);
            this.report = report;
            this.parameters = Map.copyOf(parameters);
            this.format = format;
        }

        ReportInfo report() {
            return report;
        }

        Map<String, String> parameters() {
            return parameters;
        }

        ReportFormat format() {
            return format;
        }
    }
}
