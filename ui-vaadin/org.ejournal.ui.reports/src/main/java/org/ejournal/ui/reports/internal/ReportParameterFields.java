package org.ejournal.ui.reports.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ejournal.api.report.ReportInfo;
import org.ejournal.api.report.ReportParameter;
import org.ejournal.api.roster.SchoolClassSummary;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The choice of a report and the fields its parameters ask for: a class chooser for
 * {@link ReportParameter.Kind#SCHOOL_CLASS}, a date picker for {@code DATE}, a text field for
 * {@code TEXT}. Knows no services: the view hands it the reports and classes.
 */
final class ReportParameterFields extends FormLayout {
    private static final long serialVersionUID = 1L;

    private final Select<ReportInfo> report = new Select<>();
    private final Map<String, AbstractField<?, ?>> parameterFields = new LinkedHashMap<>();
    private List<SchoolClassSummary> classes = List.of();

    ReportParameterFields() {
        report.setId("report-select");
        report.setLabel(getTranslation("reports.report"));
        report.setItemLabelGenerator(ReportInfo::title);
        report.addValueChangeListener(event -> rebuildParameterFields());
        add(report);
    }

    void setReports(List<ReportInfo> reports) {
        report.setItems(reports);
        if (!reports.isEmpty()) {
            report.setValue(reports.get(0));
        }
    }

    void setClasses(List<SchoolClassSummary> classes) {
        this.classes = List.copyOf(classes);
        rebuildParameterFields();
    }

    Select<ReportInfo> reportField() {
        return report;
    }

    /** The field of a parameter, e.g. for tests and for setting it from outside. */
    Optional<AbstractField<?, ?>> parameterField(String name) {
        return Optional.ofNullable(parameterFields.get(name));
    }

    Optional<ReportInfo> selectedReport() {
        return Optional.ofNullable(report.getValue());
    }

    /** Values of every parameter, as the services want them; empty while one is missing. */
    Optional<Map<String, String>> parameterValues() {
        ReportInfo chosen = report.getValue();
        if (chosen == null) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ReportParameter parameter : chosen.parameters()) {
            Object value = parameterFields.get(parameter.name()).getValue();
            String text = switch (parameter.kind()) {
                case SCHOOL_CLASS -> value instanceof SchoolClassSummary c ? String.valueOf(c.id()) : null;
                case DATE -> value instanceof LocalDate d ? d.toString() : null;
                case TEXT -> value instanceof String s && !s.isBlank() ? s.trim() : null;
            };
            if (text == null) {
                return Optional.empty();
            }
            values.put(parameter.name(), text);
        }
        return Optional.of(values);
    }

    private void rebuildParameterFields() {
        parameterFields.values().forEach(field -> remove((Component) field));
        parameterFields.clear();
        ReportInfo chosen = report.getValue();
        if (chosen == null) {
            return;
        }
        // Right after the report chooser, before whatever a form added to this layout.
        int position = getElement().indexOfChild(report.getElement()) + 1;
        for (ReportParameter parameter : chosen.parameters()) {
            AbstractField<?, ?> field = switch (parameter.kind()) {
                case SCHOOL_CLASS -> classChooser(parameter);
                case DATE -> {
                    DatePicker picker = new DatePicker(label(parameter, "reports.date"));
                    picker.setValue(LocalDate.now());
                    yield picker;
                }
                case TEXT -> new TextField(label(parameter, "reports.text"));
            };
            ((Component) field).setId("report-parameter-" + parameter.name());
            parameterFields.put(parameter.name(), field);
            getElement().insertChild(position++, ((Component) field).getElement());
        }
    }

    private Select<SchoolClassSummary> classChooser(ReportParameter parameter) {
        Select<SchoolClassSummary> chooser = new Select<>();
        chooser.setLabel(label(parameter, "reports.class"));
        chooser.setItemLabelGenerator(SchoolClassSummary::name);
        chooser.setItems(classes);
        if (classes.size() == 1) {
            chooser.setValue(classes.get(0));
        }
        return chooser;
    }

    /** "reports.parameter.<name>" when this bundle knows the parameter, else the kind's label. */
    private String label(ReportParameter parameter, String kindKey) {
        String key = "reports.parameter." + parameter.name();
        String text = getTranslation(key);
        return text == null || text.isBlank() || text.contains(key) ? getTranslation(kindKey) : text;
    }
}
