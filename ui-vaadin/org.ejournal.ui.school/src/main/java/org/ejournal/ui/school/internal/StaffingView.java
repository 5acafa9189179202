package org.ejournal.ui.school.internal;

import java.math.BigDecimal;
import java.util.List;

import org.ejournal.api.EJournalException;
import org.ejournal.api.school.AcademicYearInfo;
import org.ejournal.api.school.AssignmentEdit;
import org.ejournal.api.school.AssignmentInfo;
import org.ejournal.api.school.ClassInfo;
import org.ejournal.api.school.StaffInfo;
import org.ejournal.api.school.SubgroupInfo;
import org.ejournal.api.school.SubjectInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * «Нагрузка»: the chosen class's teaching assignments (subject, whole class or a subgroup, teacher, hours per
 * week): add, change teacher and hours, remove one entered by mistake (asked once); the teacher's total
 * hours in the year; and the school's subjects (add).
 */
public class StaffingView extends SetupView {
    private static final long serialVersionUID = 1L;

    final ComboBox<ClassInfo> classSelect = new ComboBox<>();
    final Grid<AssignmentInfo> assignments = new Grid<>();
    final ComboBox<SubjectInfo> subject = new ComboBox<>();
    final ComboBox<SubgroupInfo> subgroup = new ComboBox<>();
    final ComboBox<StaffInfo> teacher = new ComboBox<>();
    final BigDecimalField hours = new BigDecimalField();
    final Button add = new Button();
    final Button save = new Button();
    final Paragraph teacherLoad = new Paragraph();
    final TextField subjectName = new TextField();
    final TextField subjectShort = new TextField();
    final Button addSubject = new Button();
    private List<SubgroupInfo> classSubgroups = List.of();
    private List<AssignmentInfo> yearAssignments = List.of();

    public StaffingView() {
        this(SetupServices.fromSession());
    }

    StaffingView(SetupServices services) {
        super("staffing-view", "school.staffing.title", services);
        classSelect.setId("staffing-class");
        classSelect.setLabel(getTranslation("school.class.name"));
        classSelect.setItemLabelGenerator(ClassInfo::name);
        classSelect.addValueChangeListener(e -> showClass());

        assignments.setId("assignments-grid");
        assignments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        assignments.addColumn(AssignmentInfo::subjectName).setKey("subject").setHeader(getTranslation("school.subject"))
                .setAutoWidth(true);
        assignments.addColumn(a -> a.subgroupName().isEmpty() ? getTranslation("school.assignment.wholeClass")
                : a.subgroupName()).setKey("subgroup").setHeader(getTranslation("school.assignment.group")).setAutoWidth(true);
        assignments.addColumn(a -> a.teacherName().full()).setKey("teacher")
                .setHeader(getTranslation("school.assignment.teacher")).setAutoWidth(true);
        assignments.addColumn(a -> a.hoursPerWeek().stripTrailingZeros().toPlainString()).setKey("hours")
                .setHeader(getTranslation("school.assignment.hours")).setAutoWidth(true);
        assignments.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true);
        assignments.setAllRowsVisible(true);
        assignments.asSingleSelect().addValueChangeListener(e -> showAssignment(e.getValue()));

        subject.setId("assignment-subject");
        subject.setLabel(getTranslation("school.subject"));
        subject.setItemLabelGenerator(SubjectInfo::name);
        subject.addValueChangeListener(e -> subgroup.setItems(classSubgroups.stream()
                .filter(g -> g.active() && e.getValue() != null && g.subjectId() == e.getValue().id()).toList()));
        subgroup.setId("assignment-subgroup");
        subgroup.setLabel(getTranslation("school.assignment.group"));
        subgroup.setPlaceholder(getTranslation("school.assignment.wholeClass"));
        subgroup.setItemLabelGenerator(SubgroupInfo::name);
        subgroup.setClearButtonVisible(true);
        teacher.setId("assignment-teacher");
        teacher.setLabel(getTranslation("school.assignment.teacher"));
        teacher.setItemLabelGenerator(s -> s.name().full() + (s.position().isEmpty() ? "" : ", " + s.position()));
        teacher.addValueChangeListener(e -> showTeacherLoad(e.getValue()));
        hours.setId("assignment-hours");
        hours.setLabel(getTranslation("school.assignment.hours"));
        hours.setValue(BigDecimal.ONE);
        add.setId("assignment-add");
        add.setText(getTranslation("school.assignment.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            ClassInfo c = classSelect.getValue();
            if (c != null && run(() -> services.staffing().get().createAssignment(services.actor().get(),
                    new AssignmentEdit(c.id(), subgroup.getValue() == null ? null : subgroup.getValue().id(),
                            subject.getValue() == null ? 0 : subject.getValue().id(),
                            teacher.getValue() == null ? 0 : teacher.getValue().id(), hours.getValue())))) {
                notice("school.saved");
                showClass();
            }
        });
        save.setId("assignment-save");
        save.setText(getTranslation("school.assignment.save"));
        save.setEnabled(false);
        save.addClickListener(e -> {
            AssignmentInfo chosen = assignments.asSingleSelect().getValue();
            if (chosen != null && run(() -> services.staffing().get().updateAssignment(services.actor().get(),
                    chosen.id(), teacher.getValue() == null ? 0 : teacher.getValue().id(), hours.getValue()))) {
                notice("school.saved");
                showClass();
            }
        });
        teacherLoad.setId("assignment-teacher-load");

        subjectName.setId("subject-name");
        subjectName.setLabel(getTranslation("school.subject.name"));
        subjectShort.setId("subject-short");
        subjectShort.setLabel(getTranslation("school.subject.short"));
        addSubject.setId("subject-add");
        addSubject.setText(getTranslation("school.subject.add"));
        addSubject.addClickListener(e -> {
            if (run(() -> services.staffing().get().createSubject(services.actor().get(), subjectName.getValue(),
                    subjectShort.getValue()))) {
                notice("school.saved");
                subjectName.clear();
                subjectShort.clear();
                loadChoices();
            }
        });
    }

    @Override
    void build(List<AcademicYearInfo> years) {
        add(SchoolYearView.row(yearSelect, classSelect));
        if (years.isEmpty()) {
            add(new Paragraph(getTranslation("school.year.none")));
            return;
        }
        loadChoices();
        add(assignments, SchoolYearView.row(subject, subgroup, teacher, hours, add, save), teacherLoad,
                new H3(getTranslation("school.subject.title")), SchoolYearView.row(subjectName, subjectShort, addSubject));
    }

    private void loadChoices() {
        try {
            subject.setItems(services.staffing().get().subjects(services.actor().get()));
            teacher.setItems(services.staffing().get().staff(services.actor().get()));
        } catch (EJournalException e) {
            showError(e);
        }
    }

    @Override
    void yearChanged(AcademicYearInfo year) {
        classSelect.clear();
        if (year == null) {
            classSelect.setItems(List.of());
            return;
        }
        try {
            List<ClassInfo> list = services.staffing().get().classes(services.actor().get(), year.id());
            classSelect.setItems(list);
            yearAssignments = services.staffing().get().yearAssignments(services.actor().get(), year.id());
            if (!list.isEmpty()) {
                classSelect.setValue(list.get(0));
            }
        } catch (EJournalException e) {
            showError(e);
        }
    }

    private void showClass() {
        assignments.asSingleSelect().clear();
        ClassInfo c = classSelect.getValue();
        if (c == null) {
            assignments.setItems(List.of());
            return;
        }
        try {
            assignments.setItems(services.staffing().get().assignments(services.actor().get(), c.id()));
            classSubgroups = services.staffing().get().subgroups(services.actor().get(), c.id());
            yearAssignments = services.staffing().get().yearAssignments(services.actor().get(), c.yearId());
        } catch (EJournalException e) {
            showError(e);
        }
        subgroup.setItems(classSubgroups.stream().filter(g -> g.active() && subject.getValue() != null
                && g.subjectId() == subject.getValue().id()).toList());
        showTeacherLoad(teacher.getValue());
    }

    private void showAssignment(AssignmentInfo a) {
        save.setEnabled(a != null);
        add.setEnabled(a == null);
        subject.setEnabled(a == null);
        subgroup.setEnabled(a == null);
        if (a == null) {
            return;
        }
        subject.setValue(subject.getListDataView().getItems().filter(s -> s.id() == a.subjectId()).findFirst().orElse(null));
        subgroup.setValue(a.subgroupId() == null ? null : classSubgroups.stream()
                .filter(g -> g.id() == a.subgroupId()).findFirst().orElse(null));
        teacher.setValue(teacher.getListDataView().getItems().filter(s -> s.id() == a.teacherId()).findFirst().orElse(null));
        hours.setValue(a.hoursPerWeek());
    }

    /** The teacher's hours per week over the year's assignments (as the deputy plans the load). */
    private void showTeacherLoad(StaffInfo who) {
        if (who == null) {
            teacherLoad.setText("");
            return;
        }
        BigDecimal total = yearAssignments.stream().filter(a -> a.teacherId() == who.id())
                .map(AssignmentInfo::hoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
        teacherLoad.setText(getTranslation("school.assignment.load", who.name().full(),
                total.stripTrailingZeros().toPlainString()));
    }

    Component removeButton(AssignmentInfo a) {
        Button button = new Button(getTranslation("school.assignment.remove"));
        button.setId("assignment-remove-" + a.id());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> confirm(getTranslation("school.assignment.remove.confirm", a.label(),
                a.teacherName().full()), () -> {
                    services.staffing().get().removeAssignment(services.actor().get(), a.id());
                    showClass();
                }));
        return button;
    }
}
