package org.ejournal.ui.roster.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.people.ClassStudentConsent;
import org.ejournal.api.people.ConsentRecord;
import org.ejournal.api.people.PeopleService;
import org.ejournal.api.people.PersonSummary;
import org.ejournal.api.people.StudentEdit;
import org.ejournal.api.people.StudentRecord;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Ученики»: a class selector, the class's students with «нет согласия» where no active consent
 * exists, and for the chosen student the form (personal fields only with consent) and the consent
 * section (record, or withdraw after a confirmation). All rules are the {@link PeopleService}'s; the
 * view shows its translated refusals.
 */
public class StudentsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final String DEFAULT_SCOPE_KEY = "roster.consent.defaultScope";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<RosterService> roster;
    private final transient Supplier<AccessPolicy> policy;
    private final transient Supplier<PeopleService> people;
    private final transient Supplier<LocalDate> today;

    final ComboBox<SchoolClassSummary> classSelect = new ComboBox<>();
    final Paragraph summary = new Paragraph();
    final Grid<ClassStudentConsent> grid = new Grid<>();
    final Paragraph error = new Paragraph();
    final VerticalLayout details = new VerticalLayout();
    /** The confirmation currently open and its buttons (footer content is not a child), for tests. */
    Dialog openDialog;
    Button confirmYes;
    Button confirmNo;
    StudentForm form;
    NewStudentForm newStudentForm;
    ParentForm parentForm;
    final Button addStudent = new Button();

    /** Used by the router: the actor and the services come from the session and the OSGi registry. */
    public StudentsView() {
        this(ViewSupport::actor, () -> ViewSupport.service(StudentsView.class, RosterService.class),
                () -> ViewSupport.service(StudentsView.class, PeopleService.class), LocalDate::now,
                () -> ViewSupport.service(StudentsView.class, AccessPolicy.class));
    }

    /** For tests: explicit sources of the actor, the services, "today" and the access policy. */
    StudentsView(Supplier<Actor> actor, Supplier<RosterService> roster, Supplier<PeopleService> people,
                 Supplier<LocalDate> today, Supplier<AccessPolicy> policy) {
        this.actor = actor;
        this.policy = policy;
        this.roster = roster;
        this.people = people;
        this.today = today;
        setId("students-view");
        error.setId("students-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        summary.setId("students-summary");
        classSelect.setId("students-class");
        classSelect.setItemLabelGenerator(SchoolClassSummary::name);
        classSelect.addValueChangeListener(e -> showClass());
        grid.setId("students-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> s.name().full()).setKey("name").setHeader(getTranslation("roster.students.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(StudentsView::consentMarker).setKey("consent")
                .setHeader(getTranslation("roster.students.consent")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showStudent(e.getValue() == null ? null
                : e.getValue().studentId()));
        details.setId("student-details");
        details.setPadding(false);
        addStudent.setId("students-add");
        addStudent.addClickListener(e -> showNewStudent());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Rebuilds the page: the classes the actor keeps people for, the first one chosen. */
    void refresh() {
        removeAll();
        add(new H2(getTranslation("roster.students.title")), error);
        List<SchoolClassSummary> classes;
        try {
            // A class teacher who also teaches sees many classes in the roster; she keeps people only of her own:
            // the access policy decides (and the service checks again).
            Actor me = actor.get();
            List<SchoolClassSummary> all = roster.get().classes(me);
            java.util.Set<Long> allowed = policy.get().allowedAmong(me, Operation.CLASS_PEOPLE_MANAGE,
                    all.stream().map(SchoolClassSummary::id).toList());
            classes = all.stream().filter(c -> allowed.contains(c.id())).toList();
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        if (classes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("roster.students.noClasses"));
            none.setId("students-no-classes");
            add(none);
            return;
        }
        classSelect.setLabel(getTranslation("roster.students.class"));
        classSelect.setItems(classes);
        addStudent.setText(getTranslation("roster.newStudent.button"));
        HorizontalLayout top = new HorizontalLayout(classSelect, summary, addStudent);
        top.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        HorizontalLayout body = new HorizontalLayout(grid, details);
        body.setWidthFull();
        body.setFlexGrow(1, grid);
        body.setFlexGrow(1, details);
        add(top, body);
        classSelect.setValue(classes.get(0));
    }

    private void showClass() {
        clearError();
        details.removeAll();
        SchoolClassSummary c = classSelect.getValue();
        if (c == null) {
            grid.setItems(List.of());
            return;
        }
        try {
            List<ClassStudentConsent> students = people.get().classStudents(actor.get(), c.id(), today.get());
            grid.setItems(students);
            long lacking = students.stream().filter(s -> !s.hasConsent()).count();
            summary.setText(getTranslation("roster.students.summary", lacking, students.size()));
        } catch (EJournalException e) {
            grid.setItems(List.of());
            showError(e);
        }
    }

    static Component consentMarker(ClassStudentConsent student) {
        if (student.hasConsent()) {
            return new Span();
        }
        Span marker = new Span(marker());
        marker.setId("students-no-consent-" + student.studentId());
        marker.addClassName("students-no-consent");
        marker.getElement().getThemeList().add("badge error");
        return marker;
    }

    private static String marker() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? "нет согласия" : ui.getTranslation("roster.students.noConsent");
    }

    void showStudent(Long studentId) {
        details.removeAll();
        form = null;
        if (studentId == null) {
            return;
        }
        clearError();
        StudentRecord student;
        List<PersonSummary> representatives;
        try {
            student = people.get().student(actor.get(), studentId);
            representatives = people.get().representatives(actor.get(), studentId);
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        H3 heading = new H3(student.name().full());
        heading.setId("student-heading");
        form = new StudentForm(student, edit -> save(student.id(), edit));
        details.add(heading, form, consentSection(student, representatives), familySection(student, representatives));
    }

    /** «Зачислить ученика» into the chosen class: the form in place of the student's details. */
    void showNewStudent() {
        SchoolClassSummary c = classSelect.getValue();
        if (c == null) {
            return;
        }
        clearError();
        grid.asSingleSelect().clear();
        details.removeAll();
        form = null;
        newStudentForm = new NewStudentForm(c.name(), today.get(), (edit, from) -> {
            clearError();
            long id;
            try {
                id = people.get().createStudent(actor.get(), c.id(), from, edit);
            } catch (EJournalException e) {
                showError(e);
                return;
            }
            newStudentForm = null;
            showClass();
            showStudent(id);
            notice("roster.newStudent.enrolled");
        });
        details.add(newStudentForm);
    }

    /** The student's legal representatives: change one's record or deactivate it, or add one. */
    private Component familySection(StudentRecord student, List<PersonSummary> representatives) {
        VerticalLayout section = new VerticalLayout();
        section.setId("student-family");
        section.setPadding(false);
        section.add(new H3(getTranslation("roster.parent.title")));
        VerticalLayout parentDetails = new VerticalLayout();
        parentDetails.setPadding(false);
        for (PersonSummary p : representatives) {
            Button edit = new Button(getTranslation("roster.parent.edit"));
            edit.setId("parent-edit-" + p.id());
            edit.addClickListener(e -> {
                clearError();
                parentDetails.removeAll();
                try {
                    parentForm = new ParentForm(people.get().parent(actor.get(), p.id()), f -> guard(() -> {
                        people.get().updateParent(actor.get(), p.id(), f.edit());
                        notice("roster.student.saved");
                        showStudent(student.id());
                    }), () -> confirm(getTranslation("roster.parent.deactivate.confirm", p.name().full()),
                            () -> people.get().deactivate(actor.get(), org.ejournal.api.people.PersonKind.PARENT, p.id()),
                            student.id()));
                    parentDetails.add(parentForm);
                } catch (EJournalException ex) {
                    showError(ex);
                }
            });
            Span name = new Span(p.name().full() + (p.active() ? "" : " (" + getTranslation("roster.parent.inactive") + ")"));
            HorizontalLayout row = new HorizontalLayout(name, edit);
            row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            section.add(row);
        }
        Button add = new Button(getTranslation("roster.parent.new"));
        add.setId("parent-new");
        add.addClickListener(e -> {
            clearError();
            parentDetails.removeAll();
            parentForm = new ParentForm(null, f -> guard(() -> {
                people.get().createParent(actor.get(), student.id(), f.relation.getValue(), f.edit());
                notice("roster.student.saved");
                showStudent(student.id());
            }), () -> { });
            parentDetails.add(parentForm);
        });
        section.add(add, parentDetails);
        return section;
    }

    private void save(long studentId, StudentEdit edit) {
        clearError();
        try {
            people.get().updateStudent(actor.get(), studentId, edit);
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        Long keep = studentId;
        showClass();
        showStudent(keep);
        notice("roster.student.saved");
    }

    private Component consentSection(StudentRecord student, List<PersonSummary> representatives) {
        VerticalLayout section = new VerticalLayout();
        section.setId("student-consent");
        section.setPadding(false);
        section.add(new H3(getTranslation("roster.consent.title")));
        ConsentRecord active = student.activeConsent().orElse(null);
        if (active != null) {
            Paragraph given = new Paragraph(getTranslation("roster.consent.active", active.givenOn().format(DATE),
                    active.parentName().full(), active.scope()));
            given.setId("student-consent-active");
            Button withdraw = new Button(getTranslation("roster.consent.withdraw"));
            withdraw.setId("student-consent-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.addClickListener(e -> confirm(getTranslation("roster.consent.withdraw.confirm",
                    student.name().full()), () -> {
                        people.get().withdrawConsent(actor.get(), active.id());
                        notice("roster.consent.withdrawn");
                    }, student.id()));
            section.add(given, withdraw);
            return section;
        }
        Paragraph none = new Paragraph(getTranslation("roster.consent.none"));
        none.setId("student-consent-none");
        section.add(none);
        if (representatives.isEmpty()) {
            Paragraph noParents = new Paragraph(getTranslation("roster.consent.noRepresentatives"));
            noParents.setId("student-consent-no-representatives");
            section.add(noParents);
            return section;
        }
        Select<PersonSummary> representative = new Select<>();
        representative.setId("consent-representative");
        representative.setLabel(getTranslation("roster.consent.representative"));
        representative.setItems(representatives);
        representative.setItemLabelGenerator(p -> p.name().full());
        representative.setValue(representatives.get(0));
        DatePicker givenOn = new DatePicker(getTranslation("roster.consent.givenOn"), today.get());
        givenOn.setId("consent-given-on");
        TextField scope = new TextField(getTranslation("roster.consent.scope"), getTranslation(DEFAULT_SCOPE_KEY), "");
        scope.setId("consent-scope");
        scope.setWidthFull();
        Button record = new Button(getTranslation("roster.consent.record"));
        record.setId("consent-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> confirm(getTranslation("roster.consent.record.confirm", student.name().full()),
                () -> {
                    people.get().recordConsent(actor.get(), student.id(),
                            representative.getValue() == null ? 0 : representative.getValue().id(),
                            givenOn.getValue(), scope.getValue());
                    notice("roster.consent.recorded");
                }, student.id()));
        section.add(representative, givenOn, scope, record);
        return section;
    }

    /** Asks once; on «Да» runs the action, then shows the class and the student again. */
    private void confirm(String question, Runnable action, long studentId) {
        Dialog dialog = new Dialog();
        dialog.setId("students-confirm");
        dialog.setHeaderTitle(getTranslation("roster.confirm.title"));
        dialog.add(new Paragraph(question));
        Button yes = new Button(getTranslation("roster.confirm.yes"), e -> {
            dialog.close();
            openDialog = null;
            clearError();
            try {
                action.run();
            } catch (EJournalException ex) {
                showError(ex);
                return;
            }
            showClass();
            showStudent(studentId);
        });
        yes.setId("students-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("roster.confirm.no"), e -> {
            dialog.close();
            openDialog = null;
        });
        no.setId("students-confirm-no");
        dialog.getFooter().add(no, yes);
        openDialog = dialog;
        confirmYes = yes;
        confirmNo = no;
        dialog.open();
    }

    /** Runs a service call; a refusal is shown under the title and the form stays as typed. */
    private void guard(Runnable action) {
        clearError();
        try {
            action.run();
        } catch (EJournalException e) {
            showError(e);
        }
    }

    private void notice(String key) {
        com.vaadin.flow.component.notification.Notification.show(getTranslation(key));
    }

    void showError(EJournalException e) {
        String text = e instanceof AccessDeniedException || e instanceof NotFoundException
                ? getTranslation("roster.students.accessDenied")
                : getTranslation(e.messageKey(), e.arguments());
        error.setText(text);
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.students.title");
    }
}
