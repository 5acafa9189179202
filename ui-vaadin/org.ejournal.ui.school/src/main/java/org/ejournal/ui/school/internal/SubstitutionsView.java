package org.ejournal.ui.school.internal;

import java.util.List;

import org.ejournal.api.EJournalException;
import org.ejournal.api.school.AcademicYearInfo;
import org.ejournal.api.school.AssignmentInfo;
import org.ejournal.api.school.StaffInfo;
import org.ejournal.api.school.SubstitutionInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/**
 * «Замены»: the year's substitutions (cancelled ones stay listed, marked) and a form to appoint one
 * (assignment, substitute, dates, reason); cancel after a confirmation. The substitute keeps the
 * journal with the teacher's rights on those dates only (the access policy reads the substitution).
 */
public class SubstitutionsView extends SetupView {
    private static final long serialVersionUID = 1L;

    final Grid<SubstitutionInfo> grid = new Grid<>();
    final ComboBox<AssignmentInfo> assignment = new ComboBox<>();
    final ComboBox<StaffInfo> substitute = new ComboBox<>();
    final DatePicker start;
    final DatePicker end;
    final TextField reason = new TextField();
    final Button create = new Button();

    public SubstitutionsView() {
        this(SetupServices.fromSession());
    }

    SubstitutionsView(SetupServices services) {
        super("substitutions-view", "school.substitutions.title", services);
        start = datePicker("substitution-start", "school.substitution.start");
        end = datePicker("substitution-end", "school.substitution.end");
        grid.setId("substitutions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> s.assignment().label()).setKey("assignment")
                .setHeader(getTranslation("school.substitution.assignment")).setAutoWidth(true);
        grid.addColumn(s -> s.assignment().teacherName().shortForm()).setKey("teacher")
                .setHeader(getTranslation("school.assignment.teacher")).setAutoWidth(true);
        grid.addColumn(s -> s.substituteName().full()).setKey("substitute")
                .setHeader(getTranslation("school.substitution.substitute")).setAutoWidth(true);
        grid.addColumn(s -> date(s.start()) + " – " + date(s.end())).setKey("dates")
                .setHeader(getTranslation("school.period.dates")).setAutoWidth(true);
        grid.addColumn(SubstitutionInfo::reason).setKey("reason").setHeader(getTranslation("school.substitution.reason"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::statusOrCancel).setKey("status").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        assignment.setId("substitution-assignment");
        assignment.setLabel(getTranslation("school.substitution.assignment"));
        assignment.setItemLabelGenerator(a -> a.label() + " — " + a.teacherName().shortForm());
        assignment.setWidth("24em");
        substitute.setId("substitution-substitute");
        substitute.setLabel(getTranslation("school.substitution.substitute"));
        substitute.setItemLabelGenerator(s -> s.name().full());
        reason.setId("substitution-reason");
        reason.setLabel(getTranslation("school.substitution.reason"));
        reason.setPlaceholder(getTranslation("school.substitution.reason.placeholder"));
        create.setId("substitution-create");
        create.setText(getTranslation("school.substitution.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            AcademicYearInfo year = yearSelect.getValue();
            if (year != null && run(() -> services.staffing().get().createSubstitution(services.actor().get(),
                    assignment.getValue() == null ? 0 : assignment.getValue().id(),
                    substitute.getValue() == null ? 0 : substitute.getValue().id(), start.getValue(), end.getValue(),
                    reason.getValue()))) {
                notice("school.saved");
                reason.clear();
                yearChanged(year);
            }
        });
    }

    @Override
    void build(List<AcademicYearInfo> years) {
        add(SchoolYearView.row(yearSelect));
        if (years.isEmpty()) {
            add(new Paragraph(getTranslation("school.year.none")));
            return;
        }
        try {
            substitute.setItems(services.staffing().get().staff(services.actor().get()));
        } catch (EJournalException e) {
            showError(e);
        }
        add(grid, SchoolYearView.row(assignment, substitute, start, end, reason, create));
    }

    @Override
    void yearChanged(AcademicYearInfo year) {
        if (year == null) {
            grid.setItems(List.of());
            assignment.setItems(List.of());
            return;
        }
        try {
            grid.setItems(services.staffing().get().substitutions(services.actor().get(), year.id()));
            assignment.setItems(services.staffing().get().yearAssignments(services.actor().get(), year.id()));
        } catch (EJournalException e) {
            showError(e);
        }
    }

    Component statusOrCancel(SubstitutionInfo s) {
        if (s.cancelled()) {
            Span cancelled = new Span(getTranslation("school.substitution.cancelled"));
            cancelled.setId("substitution-cancelled-" + s.id());
            cancelled.getElement().getThemeList().add("badge contrast");
            return cancelled;
        }
        Button cancel = new Button(getTranslation("school.substitution.cancel"));
        cancel.setId("substitution-cancel-" + s.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> confirm(getTranslation("school.substitution.cancel.confirm",
                s.substituteName().full(), s.assignment().label(), date(s.start()), date(s.end())), () -> {
                    services.staffing().get().cancelSubstitution(services.actor().get(), s.id());
                    yearChanged(yearSelect.getValue());
                }));
        return cancel;
    }
}
