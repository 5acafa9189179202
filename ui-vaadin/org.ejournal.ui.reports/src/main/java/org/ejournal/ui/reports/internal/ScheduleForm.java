package org.ejournal.ui.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ejournal.api.report.NewReportSchedule;
import org.ejournal.api.report.ReportFormat;
import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.roster.SchoolClassSummary;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * A new schedule: report and parameters, format, and when (a preset or a cron expression). Fires
 * {@link CreateEvent}; the view calls the service and reports errors back through
 * {@link #showCronError} and {@link #showError}.
 */
final class ScheduleForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final ReportParameterFields fields = new ReportParameterFields();
    private final RadioButtonGroup<ReportFormat> format = new RadioButtonGroup<>();
    private final Select<CronPreset> preset = new Select<>();
    private final TextField cron = new TextField();
    private final Button create = new Button(getTranslation("reports.schedules.create"));
    private final Paragraph message = new Paragraph();

    ScheduleForm() {
        setPadding(false);
        setId("schedule-form");
        format.setId("schedule-format");
        format.setLabel(getTranslation("reports.format"));
        format.setItems(ReportFormat.values());
        format.setItemLabelGenerator(ReportFormat::name);
        format.setValue(ReportFormat.PDF);

        preset.setId("schedule-preset");
        preset.setLabel(getTranslation("reports.schedules.when"));
        preset.setItems(CronPreset.values());
        preset.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        preset.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().cron() != null) {
                cron.setValue(e.getValue().cron());
            }
        });

        cron.setId("schedule-cron");
        cron.setLabel(getTranslation("reports.schedules.cron"));
        cron.setHelperText(getTranslation("reports.schedules.cron.help"));
        cron.setWidth("22em");
        cron.addValueChangeListener(e -> {
            cron.setInvalid(false);
            if (e.isFromClient()) {
                preset.setValue(CronPreset.of(e.getValue().trim()).orElse(CronPreset.CUSTOM));
            }
        });
        preset.setValue(CronPreset.DAILY_7);

        create.setId("schedule-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit());
        message.setId("schedule-form-message");
        message.setVisible(false);

        fields.add(format, preset, cron);
        add(new H3(getTranslation("reports.schedules.new")), fields, create, message);
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

    TextField cronField() {
        return cron;
    }

    Select<CronPreset> presetField() {
        return preset;
    }

    Button createButton() {
        return create;
    }

    Paragraph message() {
        return message;
    }

    void showCronError(String text) {
        cron.setErrorMessage(text);
        cron.setInvalid(true);
    }

    void showError(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.setVisible(true);
    }

    void showDone(String text) {
        message.setText(text);
        message.getStyle().remove("color");
        message.setVisible(true);
    }

    private void submit() {
        message.setVisible(false);
        Optional<ReportInfo> report = fields.selectedReport();
        Optional<Map<String, String>> values = fields.parameterValues();
        if (report.isEmpty() || values.isEmpty()) {
            showError(getTranslation("reports.chooseAll"));
            return;
        }
        fireEvent(new CreateEvent(this,
                new NewReportSchedule(report.get().id(), values.get(), format.getValue(), cron.getValue())));
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    /** The user asked for a new schedule. */
    static final class CreateEvent extends ComponentEvent<ScheduleForm> {
        private static final long serialVersionUID = 1L;
        private final transient NewReportSchedule schedule;

        CreateEvent(ScheduleForm source, NewReportSchedule schedule) {
            super(source, false);
            this.schedule = schedule;
        }

        NewReportSchedule schedule() {
            return schedule;
        }
    }
}
