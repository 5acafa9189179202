package org.ejournal.ui.school.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ejournal.api.EJournalException;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.api.school.AcademicYearInfo;
import org.ejournal.api.school.ClassEdit;
import org.ejournal.api.school.ClassInfo;
import org.ejournal.api.school.PeriodScheme;
import org.ejournal.api.school.StaffInfo;
import org.ejournal.api.school.StudentTutors;
import org.ejournal.api.school.TutorAssignmentInfo;
import org.ejournal.api.school.SubgroupInfo;
import org.ejournal.api.school.SubjectInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * «Классы»: the chosen year's classes with class teacher, period scheme and students today (create, change);
 * for the chosen class its subgroups with members (create, set members from the class list, deactivate) and
 * «Тьюторы»: each student's tutors (assign from a date, end with a last day; rows are kept).
 */
public class ClassesView extends SetupView {
    private static final long serialVersionUID = 1L;

    final Grid<ClassInfo> classes = new Grid<>();
    final IntegerField grade = new IntegerField();
    final TextField letter = new TextField();
    final ComboBox<StaffInfo> classTeacher = new ComboBox<>();
    final Select<PeriodScheme> scheme = new Select<>();
    final Button createClass = new Button();
    final Button saveClass = new Button();
    final VerticalLayout subgroupSection = new VerticalLayout();
    final Grid<SubgroupInfo> subgroups = new Grid<>();
    final ComboBox<SubjectInfo> subgroupSubject = new ComboBox<>();
    final TextField subgroupName = new TextField();
    final Button createSubgroup = new Button();
    final CheckboxGroup<StudentSummary> members = new CheckboxGroup<>();
    final Button saveMembers = new Button();
    final Button deactivateSubgroup = new Button();
    final VerticalLayout tutorSection = new VerticalLayout();
    final Grid<StudentTutors> tutorStudents = new Grid<>();
    final ComboBox<StaffInfo> tutorPick = new ComboBox<>();
    final DatePicker tutorFrom = new DatePicker();
    final Button assignTutor = new Button();
    final ComboBox<TutorAssignmentInfo> tutorOpen = new ComboBox<>();
    final DatePicker tutorLastDay = new DatePicker();
    final Button endTutor = new Button();

    public ClassesView() {
        this(SetupServices.fromSession());
    }

    ClassesView(SetupServices services) {
        super("classes-view", "school.classes.title", services);
        classes.setId("classes-grid");
        classes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        classes.addColumn(ClassInfo::name).setKey("name").setHeader(getTranslation("school.class.name")).setAutoWidth(true);
        classes.addColumn(ClassInfo::classTeacherName).setKey("teacher")
                .setHeader(getTranslation("school.class.teacher")).setAutoWidth(true);
        classes.addColumn(c -> getTranslation("school.scheme." + c.scheme().name())).setKey("scheme")
                .setHeader(getTranslation("school.period.scheme")).setAutoWidth(true);
        classes.addColumn(ClassInfo::studentCount).setKey("students")
                .setHeader(getTranslation("school.class.students")).setAutoWidth(true);
        classes.setAllRowsVisible(true);
        classes.asSingleSelect().addValueChangeListener(e -> showClass(e.getValue()));

        grade.setId("class-grade");
        grade.setLabel(getTranslation("school.class.grade"));
        grade.setMin(1);
        grade.setMax(11);
        grade.setStepButtonsVisible(true);
        letter.setId("class-letter");
        letter.setLabel(getTranslation("school.class.letter"));
        classTeacher.setId("class-teacher");
        classTeacher.setLabel(getTranslation("school.class.teacher"));
        classTeacher.setItemLabelGenerator(s -> s.name().full());
        classTeacher.setClearButtonVisible(true);
        scheme.setId("class-scheme");
        scheme.setLabel(getTranslation("school.period.scheme"));
        scheme.setItems(PeriodScheme.values());
        scheme.setItemLabelGenerator(s -> getTranslation("school.scheme." + s.name()));
        scheme.setValue(PeriodScheme.QUARTERS);
        createClass.setId("class-create");
        createClass.setText(getTranslation("school.class.create"));
        createClass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createClass.addClickListener(e -> {
            AcademicYearInfo year = yearSelect.getValue();
            if (year != null && run(() -> services.staffing().get().createClass(services.actor().get(), year.id(),
                    classEdit()))) {
                notice("school.saved");
                showYear(year);
            }
        });
        saveClass.setId("class-save");
        saveClass.setText(getTranslation("school.class.save"));
        saveClass.setEnabled(false);
        saveClass.addClickListener(e -> {
            ClassInfo chosen = classes.asSingleSelect().getValue();
            if (chosen != null && run(() -> services.staffing().get().updateClass(services.actor().get(), chosen.id(),
                    classEdit()))) {
                notice("school.saved");
                showYear(yearSelect.getValue());
            }
        });

        subgroupSection.setId("subgroups-section");
        subgroupSection.setPadding(false);
        subgroups.setId("subgroups-grid");
        subgroups.addThemeVariants(GridVariant.LUMO_COMPACT);
        subgroups.addColumn(SubgroupInfo::subjectName).setKey("subject").setHeader(getTranslation("school.subject"))
                .setAutoWidth(true);
        subgroups.addColumn(g -> g.name() + (g.active() ? "" : " (" + getTranslation("school.subgroup.inactive") + ")"))
                .setKey("name").setHeader(getTranslation("school.subgroup.name")).setAutoWidth(true);
        subgroups.addColumn(g -> g.members().stream().map(s -> s.name().shortForm()).collect(Collectors.joining(", ")))
                .setKey("members").setHeader(getTranslation("school.subgroup.members")).setFlexGrow(1);
        subgroups.setAllRowsVisible(true);
        subgroups.asSingleSelect().addValueChangeListener(e -> showSubgroup(e.getValue()));
        subgroupSubject.setId("subgroup-subject");
        subgroupSubject.setLabel(getTranslation("school.subject"));
        subgroupSubject.setItemLabelGenerator(SubjectInfo::name);
        subgroupName.setId("subgroup-name");
        subgroupName.setLabel(getTranslation("school.subgroup.name"));
        subgroupName.setPlaceholder(getTranslation("school.subgroup.placeholder"));
        createSubgroup.setId("subgroup-create");
        createSubgroup.setText(getTranslation("school.subgroup.create"));
        createSubgroup.addClickListener(e -> {
            ClassInfo c = classes.asSingleSelect().getValue();
            if (c != null && run(() -> services.staffing().get().createSubgroup(services.actor().get(), c.id(),
                    subgroupSubject.getValue() == null ? 0 : subgroupSubject.getValue().id(), subgroupName.getValue()))) {
                notice("school.saved");
                subgroupName.clear();
                showSubgroups(c);
            }
        });
        members.setId("subgroup-members");
        members.setLabel(getTranslation("school.subgroup.members"));
        members.setItemLabelGenerator(s -> s.name().full());
        saveMembers.setId("subgroup-save-members");
        saveMembers.setText(getTranslation("school.subgroup.saveMembers"));
        saveMembers.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMembers.addClickListener(e -> {
            SubgroupInfo g = subgroups.asSingleSelect().getValue();
            ClassInfo c = classes.asSingleSelect().getValue();
            Set<Long> ids = members.getValue().stream().map(StudentSummary::id).collect(Collectors.toSet());
            if (g != null && run(() -> services.staffing().get().setMembers(services.actor().get(), g.id(), ids,
                    services.today().get()))) {
                notice("school.saved");
                showSubgroups(c);
            }
        });
        deactivateSubgroup.setId("subgroup-deactivate");
        deactivateSubgroup.setText(getTranslation("school.subgroup.deactivate"));
        deactivateSubgroup.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivateSubgroup.addClickListener(e -> {
            SubgroupInfo g = subgroups.asSingleSelect().getValue();
            ClassInfo c = classes.asSingleSelect().getValue();
            if (g != null) {
                confirm(getTranslation("school.subgroup.deactivate.confirm", g.name(), g.subjectName()), () -> {
                    services.staffing().get().deactivateSubgroup(services.actor().get(), g.id());
                    showSubgroups(c);
                });
            }
        });
        buildTutors();
    }

    private void buildTutors() {
        java.time.format.DateTimeFormatter dates = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        tutorSection.setId("tutors-section");
        tutorSection.setPadding(false);
        tutorStudents.setId("tutors-grid");
        tutorStudents.addThemeVariants(GridVariant.LUMO_COMPACT);
        tutorStudents.addColumn(t -> t.student().name().full()).setKey("student")
                .setHeader(getTranslation("school.tutor.student")).setAutoWidth(true);
        tutorStudents.addColumn(t -> t.assignments().stream().filter(a -> a.end() == null)
                        .map(a -> getTranslation("school.tutor.since", a.tutorName().shortForm(), a.start().format(dates)))
                        .collect(Collectors.joining(", ")))
                .setKey("current").setHeader(getTranslation("school.tutor.current")).setFlexGrow(1);
        tutorStudents.addColumn(t -> t.assignments().stream().filter(a -> a.end() != null)
                        .map(a -> getTranslation("school.tutor.period", a.tutorName().shortForm(), a.start().format(dates),
                                a.end().format(dates)))
                        .collect(Collectors.joining(", ")))
                .setKey("history").setHeader(getTranslation("school.tutor.history")).setFlexGrow(1);
        tutorStudents.setAllRowsVisible(true);
        tutorStudents.asSingleSelect().addValueChangeListener(e -> showTutorStudent(e.getValue()));
        tutorPick.setId("tutor-pick");
        tutorPick.setLabel(getTranslation("school.tutor.tutor"));
        tutorPick.setItemLabelGenerator(s -> s.name().full());
        tutorFrom.setId("tutor-from");
        tutorFrom.setLabel(getTranslation("school.tutor.from"));
        assignTutor.setId("tutor-assign");
        assignTutor.setText(getTranslation("school.tutor.assign"));
        assignTutor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assignTutor.setEnabled(false);
        assignTutor.addClickListener(e -> {
            StudentTutors st = tutorStudents.asSingleSelect().getValue();
            ClassInfo c = classes.asSingleSelect().getValue();
            if (st != null && c != null && run(() -> services.staffing().get().assignTutor(services.actor().get(),
                    tutorPick.getValue() == null ? 0 : tutorPick.getValue().id(), st.student().id(),
                    tutorFrom.getValue()))) {
                notice("school.saved");
                showTutors(c);
            }
        });
        tutorOpen.setId("tutor-open");
        tutorOpen.setLabel(getTranslation("school.tutor.open"));
        tutorOpen.setItemLabelGenerator(a -> getTranslation("school.tutor.since", a.tutorName().shortForm(),
                a.start().format(dates)));
        tutorLastDay.setId("tutor-last-day");
        tutorLastDay.setLabel(getTranslation("school.tutor.lastDay"));
        endTutor.setId("tutor-end");
        endTutor.setText(getTranslation("school.tutor.end"));
        endTutor.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endTutor.setEnabled(false);
        endTutor.addClickListener(e -> {
            TutorAssignmentInfo a = tutorOpen.getValue();
            ClassInfo c = classes.asSingleSelect().getValue();
            if (a != null && c != null && run(() -> services.staffing().get().endTutor(services.actor().get(), a.id(),
                    tutorLastDay.getValue()))) {
                notice("school.saved");
                showTutors(c);
            }
        });
    }

    private void showTutors(ClassInfo c) {
        StudentTutors keep = tutorStudents.asSingleSelect().getValue();
        tutorStudents.asSingleSelect().clear();
        try {
            List<StudentTutors> list = services.staffing().get().tutorAssignments(services.actor().get(), c.id());
            tutorStudents.setItems(list);
            if (keep != null) {
                list.stream().filter(t -> t.student().id() == keep.student().id()).findFirst()
                        .ifPresent(tutorStudents::select);
            }
        } catch (EJournalException e) {
            showError(e);
        }
    }

    private void showTutorStudent(StudentTutors st) {
        assignTutor.setEnabled(st != null);
        List<TutorAssignmentInfo> open = st == null ? List.of()
                : st.assignments().stream().filter(a -> a.end() == null).toList();
        tutorOpen.setItems(open);
        tutorOpen.setValue(open.size() == 1 ? open.get(0) : null);
        endTutor.setEnabled(!open.isEmpty());
        if (st != null && tutorFrom.getValue() == null) {
            tutorFrom.setValue(services.today().get());
        }
        if (st != null && tutorLastDay.getValue() == null) {
            tutorLastDay.setValue(services.today().get());
        }
    }

    @Override
    void build(List<AcademicYearInfo> years) {
        add(SchoolYearView.row(yearSelect));
        if (years.isEmpty()) {
            add(new com.vaadin.flow.component.html.Paragraph(getTranslation("school.year.none")));
            return;
        }
        try {
            classTeacher.setItems(services.staffing().get().staff(services.actor().get()));
            subgroupSubject.setItems(services.staffing().get().subjects(services.actor().get()));
            tutorPick.setItems(services.staffing().get().tutors(services.actor().get()));
        } catch (EJournalException e) {
            showError(e);
        }
        add(classes, SchoolYearView.row(grade, letter, classTeacher, scheme, createClass, saveClass), subgroupSection,
                tutorSection);
    }

    @Override
    void yearChanged(AcademicYearInfo year) {
        showYear(year);
    }

    private void showYear(AcademicYearInfo year) {
        ClassInfo keep = classes.asSingleSelect().getValue();
        classes.asSingleSelect().clear();
        if (year == null) {
            classes.setItems(List.of());
            return;
        }
        try {
            List<ClassInfo> list = services.staffing().get().classes(services.actor().get(), year.id());
            classes.setItems(list);
            if (keep != null) {
                list.stream().filter(c -> c.id() == keep.id()).findFirst().ifPresent(classes::select);
            }
        } catch (EJournalException e) {
            showError(e);
        }
    }

    private ClassEdit classEdit() {
        return new ClassEdit(grade.getValue() == null ? 0 : grade.getValue(), letter.getValue(),
                classTeacher.getValue() == null ? null : classTeacher.getValue().id(), scheme.getValue());
    }

    private void showClass(ClassInfo c) {
        saveClass.setEnabled(c != null);
        subgroupSection.removeAll();
        tutorSection.removeAll();
        if (c == null) {
            return;
        }
        grade.setValue(c.grade());
        letter.setValue(c.letter());
        classTeacher.setValue(c.classTeacherId() == null ? null : classTeacher.getListDataView().getItems()
                .filter(s -> s.id() == c.classTeacherId()).findFirst().orElse(null));
        scheme.setValue(c.scheme());
        subgroupSection.add(new H3(getTranslation("school.subgroup.title", c.name())), subgroups,
                SchoolYearView.row(subgroupSubject, subgroupName, createSubgroup));
        showSubgroups(c);
        tutorSection.add(new H3(getTranslation("school.tutor.title", c.name())), tutorStudents,
                SchoolYearView.row(tutorPick, tutorFrom, assignTutor), SchoolYearView.row(tutorOpen, tutorLastDay, endTutor));
        if (tutorPick.getListDataView().getItemCount() == 0) {
            com.vaadin.flow.component.html.Paragraph none =
                    new com.vaadin.flow.component.html.Paragraph(getTranslation("school.tutor.none"));
            none.setId("tutor-none");
            tutorSection.add(none);
        }
        showTutors(c);
    }

    private void showSubgroups(ClassInfo c) {
        SubgroupInfo keep = subgroups.asSingleSelect().getValue();
        subgroups.asSingleSelect().clear();
        try {
            List<SubgroupInfo> list = services.staffing().get().subgroups(services.actor().get(), c.id());
            subgroups.setItems(list);
            List<StudentSummary> students = services.roster().get().classList(services.actor().get(), c.id(),
                    services.today().get());
            members.setItems(students);
            if (keep != null) {
                list.stream().filter(g -> g.id() == keep.id()).findFirst().ifPresent(subgroups::select);
            }
        } catch (EJournalException e) {
            showError(e);
        }
    }

    private void showSubgroup(SubgroupInfo g) {
        subgroupSection.getChildren().filter(ch -> ch == membersRow).findFirst().ifPresent(subgroupSection::remove);
        if (g == null) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        g.members().forEach(s -> ids.add(s.id()));
        members.setValue(members.getListDataView().getItems().filter(s -> ids.contains(s.id())).collect(Collectors.toSet()));
        saveMembers.setEnabled(g.active());
        deactivateSubgroup.setEnabled(g.active());
        membersRow = SchoolYearView.row(members, saveMembers, deactivateSubgroup);
        subgroupSection.add(membersRow);
    }

    private Component membersRow;
}
