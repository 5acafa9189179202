package org.ejournal.ui.movement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.movement.ClassChoice;
import org.ejournal.api.movement.DepartureCause;
import org.ejournal.api.movement.EnrollmentRecord;
import org.ejournal.api.movement.MovementService;
import org.ejournal.api.movement.MovementStudent;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Движение учащихся»: search a student by name, see the movement history, and record an arrival (for a
 * student in no class, or a new one), a departure or a transfer, each after one confirmation. Every
 * rule is the {@link MovementService}'s; the view shows its refusals in Russian.
 */
public class MovementView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<MovementService> movement;
    private final transient Supplier<LocalDate> today;

    final TextField search = new TextField();
    final Button find = new Button();
    final Button newStudent = new Button();
    final Grid<MovementStudent> found = new Grid<>();
    final Paragraph error = new Paragraph();
    final VerticalLayout details = new VerticalLayout();
    final Grid<EnrollmentRecord> history = new Grid<>();
    /** The action fields of the chosen student (null when not shown), for tests. */
    DatePicker transferDate;
    ComboBox<ClassChoice> transferClass;
    Button transferButton;
    DatePicker departDate;
    Select<DepartureCause> departCause;
    TextField departDestination;
    Button departButton;
    DatePicker arriveDate;
    ComboBox<ClassChoice> arriveClass;
    TextField arriveFrom;
    Button arriveButton;
    NewStudentForm newForm;
    /** The confirmation currently open and its buttons (footer content is not a child), for tests. */
    Dialog openDialog;
    Button confirmYes;
    Button confirmNo;

    /** Used by the router: the actor and the service come from the session and the OSGi registry. */
    public MovementView() {
        this(ViewSupport::actor, () -> ViewSupport.service(MovementView.class, MovementService.class), LocalDate::now);
    }

    /** For tests: explicit sources of the actor, the service and "today". */
    MovementView(Supplier<Actor> actor, Supplier<MovementService> movement, Supplier<LocalDate> today) {
        this.actor = actor;
        this.movement = movement;
        this.today = today;
        setId("movement-view");
        error.setId("movement-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        search.setId("movement-search");
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        search.addKeyPressListener(Key.ENTER, e -> runSearch());
        find.setId("movement-find");
        find.addClickListener(e -> runSearch());
        newStudent.setId("movement-new");
        newStudent.addClickListener(e -> showNewStudent());
        found.setId("movement-found");
        found.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        found.addColumn(s -> s.name().full() + (s.active() ? "" : " " + getTranslation("movement.inactive")))
                .setKey("name").setHeader(getTranslation("movement.student")).setAutoWidth(true).setFlexGrow(1);
        found.addColumn(s -> s.currentClass() == null ? getTranslation("movement.notEnrolled") : s.currentClass())
                .setKey("class").setHeader(getTranslation("movement.currentClass")).setAutoWidth(true).setFlexGrow(0);
        found.setAllRowsVisible(true);
        found.asSingleSelect().addValueChangeListener(e -> showStudent(e.getValue()));
        history.setId("movement-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(EnrollmentRecord::className).setKey("class").setHeader(getTranslation("movement.history.class"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(EnrollmentRecord::yearName).setKey("year").setHeader(getTranslation("movement.history.year"))
                .setAutoWidth(true).setFlexGrow(0);
        // Fixed widths: auto width is measured on the first rows and cut «31.05.2027» of later ones.
        history.addColumn(r -> r.start().format(DATE)).setKey("start").setHeader(getTranslation("movement.history.start"))
                .setWidth("7.5em").setFlexGrow(0);
        history.addColumn(r -> r.end() == null ? "" : r.end().format(DATE)).setKey("end")
                .setHeader(getTranslation("movement.history.end")).setWidth("7.5em").setFlexGrow(0);
        history.addColumn(this::startText).setKey("startReason").setHeader(getTranslation("movement.history.startReason"))
                .setAutoWidth(true);
        history.addColumn(this::endText).setKey("endReason").setHeader(getTranslation("movement.history.endReason"))
                .setAutoWidth(true).setFlexGrow(1);
        history.setAllRowsVisible(true);
        details.setId("movement-details");
        details.setPadding(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Builds the page: search, results, details of the chosen student. */
    void refresh() {
        removeAll();
        search.setLabel(getTranslation("movement.search"));
        find.setText(getTranslation("movement.search.button"));
        newStudent.setText(getTranslation("movement.new.open"));
        HorizontalLayout top = new HorizontalLayout(search, find, newStudent);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("movement.title")), error, top, found, details);
        found.setVisible(false);
    }

    void runSearch() {
        clearError();
        details.removeAll();
        List<MovementStudent> students;
        try {
            students = movement.get().search(actor.get(), search.getValue());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        found.setItems(students);
        found.setVisible(true);
        if (students.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("movement.search.none"));
            none.setId("movement-none");
            details.add(none);
        } else if (students.size() == 1) {
            found.select(students.get(0));
        }
    }

    void showStudent(MovementStudent student) {
        details.removeAll();
        clearActions();
        if (student == null) {
            return;
        }
        clearError();
        List<EnrollmentRecord> stays;
        try {
            stays = movement.get().history(actor.get(), student.id());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        EnrollmentRecord open = stays.stream().filter(EnrollmentRecord::open).findFirst().orElse(null);
        H3 heading = new H3(open == null ? getTranslation("movement.heading.none", student.name().full())
                : getTranslation("movement.heading", student.name().full(), open.className()));
        heading.setId("movement-heading");
        history.setItems(stays);
        details.add(heading, new H4(getTranslation("movement.history")), history);
        if (open != null) {
            details.add(transferSection(student, open), departSection(student, open));
        } else {
            details.add(arriveSection(student));
        }
    }

    private Component transferSection(MovementStudent student, EnrollmentRecord open) {
        VerticalLayout section = section("movement-transfer", "movement.transfer.title");
        transferDate = datePicker("movement.transfer.date", "movement-transfer-date");
        transferClass = classChooser("movement.transfer.class", "movement-transfer-class");
        transferDate.addValueChangeListener(e -> loadClasses(transferClass, e.getValue()));
        loadClasses(transferClass, transferDate.getValue());
        transferButton = new Button(getTranslation("movement.transfer.button"));
        transferButton.setId("movement-transfer-button");
        transferButton.addClickListener(e -> {
            ClassChoice target = transferClass.getValue();
            LocalDate date = transferDate.getValue();
            confirm(getTranslation("movement.transfer.confirm", student.name().full(), open.className(),
                    target == null ? "—" : target.name(), date == null ? "—" : date.format(DATE)), () -> {
                        movement.get().transfer(actor.get(), student.id(), target == null ? 0 : target.id(), date);
                        return "movement.transfer.done";
                    }, student.id());
        });
        section.add(new HorizontalLayout(transferDate, transferClass), transferButton);
        return section;
    }

    private Component departSection(MovementStudent student, EnrollmentRecord open) {
        VerticalLayout section = section("movement-depart", "movement.depart.title");
        departDate = datePicker("movement.depart.date", "movement-depart-date");
        departCause = new Select<>();
        departCause.setId("movement-depart-cause");
        departCause.setLabel(getTranslation("movement.depart.cause"));
        departCause.setItems(DepartureCause.values());
        departCause.setItemLabelGenerator(c -> getTranslation("movement.cause." + c.name()));
        departDestination = new TextField(getTranslation("movement.depart.destination"));
        departDestination.setId("movement-depart-destination");
        departDestination.setWidth("30em");
        departDestination.setMaxLength(300);
        departButton = new Button(getTranslation("movement.depart.button"));
        departButton.setId("movement-depart-button");
        departButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        departButton.addClickListener(e -> {
            LocalDate date = departDate.getValue();
            confirm(getTranslation("movement.depart.confirm", student.name().full(), open.className(),
                    date == null ? "—" : date.format(DATE)), () -> {
                        movement.get().depart(actor.get(), student.id(), date, departCause.getValue(),
                                departDestination.getValue());
                        return "movement.depart.done";
                    }, student.id());
        });
        section.add(new HorizontalLayout(departDate, departCause), departDestination, departButton);
        return section;
    }

    private Component arriveSection(MovementStudent student) {
        VerticalLayout section = section("movement-arrive", "movement.arrive.title");
        arriveDate = datePicker("movement.arrive.date", "movement-arrive-date");
        arriveClass = classChooser("movement.arrive.class", "movement-arrive-class");
        arriveDate.addValueChangeListener(e -> loadClasses(arriveClass, e.getValue()));
        loadClasses(arriveClass, arriveDate.getValue());
        arriveFrom = new TextField(getTranslation("movement.arrive.from"));
        arriveFrom.setId("movement-arrive-from");
        arriveFrom.setWidth("30em");
        arriveFrom.setMaxLength(300);
        arriveButton = new Button(getTranslation("movement.arrive.button"));
        arriveButton.setId("movement-arrive-button");
        arriveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        arriveButton.addClickListener(e -> {
            ClassChoice target = arriveClass.getValue();
            LocalDate date = arriveDate.getValue();
            confirm(getTranslation("movement.arrive.confirm", student.name().full(),
                    target == null ? "—" : target.name(), date == null ? "—" : date.format(DATE)), () -> {
                        movement.get().arrive(actor.get(), student.id(), target == null ? 0 : target.id(), date,
                                arriveFrom.getValue());
                        return "movement.arrive.done";
                    }, student.id());
        });
        section.add(new HorizontalLayout(arriveDate, arriveClass), arriveFrom, arriveButton);
        return section;
    }

    void showNewStudent() {
        clearError();
        found.asSingleSelect().clear();
        details.removeAll();
        clearActions();
        newForm = new NewStudentForm(this::getTranslation, today.get(), date -> classesOn(date), this::arriveNew);
        details.add(newForm);
    }

    private void arriveNew(NewStudentForm.Input input) {
        clearError();
        long id;
        try {
            id = movement.get().arriveNew(actor.get(), input.name(), input.gender(),
                    input.schoolClass() == null ? 0 : input.schoolClass().id(), input.date(), input.from());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        PersonName name = input.name();
        Notification.show(getTranslation("movement.new.done", name.full().strip()));
        search.setValue(name.lastName().strip());
        runSearch();
        found.getListDataView().getItems().filter(s -> s.id() == id).findFirst().ifPresent(found::select);
    }

    // --- helpers

    private List<ClassChoice> classesOn(LocalDate date) {
        if (date == null) {
            return List.of();
        }
        try {
            return movement.get().classes(actor.get(), date);
        } catch (EJournalException e) {
            showError(e);
            return List.of();
        }
    }

    private void loadClasses(ComboBox<ClassChoice> chooser, LocalDate date) {
        List<ClassChoice> classes = classesOn(date);
        chooser.setItems(classes);
        chooser.setHelperText(classes.isEmpty() ? getTranslation("movement.noClasses") : null);
    }

    private VerticalLayout section(String id, String titleKey) {
        VerticalLayout section = new VerticalLayout();
        section.setId(id);
        section.setPadding(false);
        section.setSpacing(false);
        section.add(new H4(getTranslation(titleKey)));
        return section;
    }

    private DatePicker datePicker(String labelKey, String id) {
        DatePicker picker = new DatePicker(getTranslation(labelKey), today.get());
        picker.setId(id);
        picker.setLocale(ViewSupport.RUSSIAN);
        return picker;
    }

    private ComboBox<ClassChoice> classChooser(String labelKey, String id) {
        ComboBox<ClassChoice> chooser = new ComboBox<>(getTranslation(labelKey));
        chooser.setId(id);
        chooser.setItemLabelGenerator(c -> c.name() + " (" + c.yearName() + ")");
        return chooser;
    }

    private void clearActions() {
        transferDate = null;
        transferClass = null;
        transferButton = null;
        departDate = null;
        departCause = null;
        departDestination = null;
        departButton = null;
        arriveDate = null;
        arriveClass = null;
        arriveFrom = null;
        arriveButton = null;
        newForm = null;
    }

    String startText(EnrollmentRecord r) {
        String text = getTranslation("movement.reason." + r.startReason());
        return r.startNote() == null ? text : text + ": " + r.startNote();
    }

    String endText(EnrollmentRecord r) {
        if (r.endReason() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(getTranslation("movement.reason."
                + ("REPEATS".equals(r.endCause()) ? "REPEATS" : r.endReason())));
        if (r.endCause() != null && !"REPEATS".equals(r.endCause())) {
            b.append(", ").append(getTranslation("movement.cause." + r.endCause()));
        }
        if (r.endNote() != null) {
            b.append(": ").append(r.endNote());
        }
        return b.toString();
    }

    /** An action that returns the message key of its success notice. */
    @FunctionalInterface
    interface Action {
        String run();
    }

    /** Asks once; on «Да» runs the action, then shows the student again with the new history. */
    private void confirm(String question, Action action, long studentId) {
        Confirmation dialog = new Confirmation("movement-confirm", question, () -> {
            clearError();
            String done;
            try {
                done = action.run();
            } catch (EJournalException ex) {
                showError(ex);
                return;
            }
            Notification.show(getTranslation(done));
            reshow(studentId);
        }, () -> openDialog = null);
        openDialog = dialog;
        confirmYes = dialog.yes;
        confirmNo = dialog.no;
        dialog.open();
    }

    /** Runs the search again (the current class changed) and selects the student. */
    private void reshow(long studentId) {
        List<MovementStudent> students;
        try {
            students = movement.get().search(actor.get(), search.getValue());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        found.setItems(students);
        students.stream().filter(s -> s.id() == studentId).findFirst().ifPresent(s -> {
            found.asSingleSelect().clear();
            found.select(s);
        });
    }

    void showError(EJournalException e) {
        String text = e instanceof AccessDeniedException ? getTranslation("movement.accessDenied")
                : e instanceof NotFoundException ? getTranslation("movement.notFound")
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
        return getTranslation("movement.title");
    }
}
