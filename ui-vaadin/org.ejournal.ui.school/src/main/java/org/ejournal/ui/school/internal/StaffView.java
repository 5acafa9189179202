package org.ejournal.ui.school.internal;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.people.PeopleService;
import org.ejournal.api.people.PersonKind;
import org.ejournal.api.people.StaffEdit;
import org.ejournal.api.people.StaffRecord;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Сотрудники»: the school's staff (search by name, deactivated ones on request), a form to create a staff
 * member or change the chosen one, and «Деактивировать» asked once (the record stays; nobody is deleted).
 * The rules are the {@link PeopleService}'s ({@code STAFF_DATA_MANAGE}).
 */
public class StaffView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<PeopleService> people;
    private List<StaffRecord> all = List.of();

    final Paragraph error = new Paragraph();
    final TextField search = new TextField();
    final Checkbox showInactive = new Checkbox();
    final Grid<StaffRecord> grid = new Grid<>();
    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final TextField middleName = new TextField();
    final Select<String> gender = new Select<>();
    final TextField position = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final Button create = new Button();
    final Button save = new Button();
    final Button deactivate = new Button();
    final H3 formTitle = new H3();
    Dialog openDialog;
    Button confirmYes;
    Button confirmNo;

    public StaffView() {
        this(ViewSupport::actor, () -> ViewSupport.service(StaffView.class, PeopleService.class));
    }

    StaffView(Supplier<Actor> actor, Supplier<PeopleService> people) {
        this.actor = actor;
        this.people = people;
        setId("staff-view");
        error.setId("staff-view-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        search.setId("staff-search");
        search.setPlaceholder(getTranslation("school.staff.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> filter());
        showInactive.setId("staff-show-inactive");
        showInactive.setLabel(getTranslation("school.staff.showInactive"));
        showInactive.addValueChangeListener(e -> filter());
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> s.name().full()).setKey("name").setHeader(getTranslation("school.staff.name")).setAutoWidth(true);
        grid.addColumn(StaffRecord::position).setKey("position").setHeader(getTranslation("school.staff.position"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.active() ? "" : getTranslation("school.staff.inactive")).setKey("status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showStaff(e.getValue()));

        lastName.setId("staff-last-name");
        lastName.setLabel(getTranslation("school.staff.lastName"));
        firstName.setId("staff-first-name");
        firstName.setLabel(getTranslation("school.staff.firstName"));
        middleName.setId("staff-middle-name");
        middleName.setLabel(getTranslation("school.staff.middleName"));
        gender.setId("staff-gender");
        gender.setLabel(getTranslation("school.staff.gender"));
        gender.setItems("F", "M");
        gender.setItemLabelGenerator(g -> getTranslation("school.staff.gender." + g));
        gender.setValue("F");
        position.setId("staff-position");
        position.setLabel(getTranslation("school.staff.position"));
        email.setId("staff-email");
        email.setLabel(getTranslation("school.staff.email"));
        phone.setId("staff-phone");
        phone.setLabel(getTranslation("school.staff.phone"));
        create.setId("staff-create");
        create.setText(getTranslation("school.staff.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            if (run(() -> people.get().createStaff(actor.get(), edit()))) {
                notice("school.saved");
                load();
            }
        });
        save.setId("staff-save");
        save.setText(getTranslation("school.staff.save"));
        save.addClickListener(e -> {
            StaffRecord chosen = grid.asSingleSelect().getValue();
            if (chosen != null && run(() -> people.get().updateStaff(actor.get(), chosen.id(), edit()))) {
                notice("school.saved");
                load();
            }
        });
        deactivate.setId("staff-deactivate");
        deactivate.setText(getTranslation("school.staff.deactivate"));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(e -> {
            StaffRecord chosen = grid.asSingleSelect().getValue();
            if (chosen != null) {
                confirm(getTranslation("school.staff.deactivate.confirm", chosen.name().full()), () -> {
                    people.get().deactivate(actor.get(), PersonKind.STAFF, chosen.id());
                    load();
                });
            }
        });
        formTitle.setId("staff-form-title");
        add(new H2(getTranslation("school.staff.title")), error,
                SchoolYearView.row(search, showInactive), grid, formTitle,
                SchoolYearView.row(lastName, firstName, middleName, gender),
                SchoolYearView.row(position, email, phone),
                SchoolYearView.row(create, save, deactivate));
        showStaff(null);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        load();
    }

    /** Reads the staff list again and shows it filtered. */
    void load() {
        try {
            all = people.get().staffList(actor.get());
        } catch (EJournalException e) {
            showError(e);
            all = List.of();
        }
        grid.asSingleSelect().clear();
        filter();
    }

    private void filter() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
        collator.setStrength(Collator.PRIMARY);
        String text = search.getValue() == null ? "" : search.getValue().strip();
        grid.setItems(all.stream().filter(s -> showInactive.getValue() || s.active())
                .filter(s -> text.isEmpty() || startsWith(collator, s.name(), text)).toList());
    }

    /** Surname, name or patronymic starts with the text, case and Ё/Е ignored (as {@code PeopleService.search}). */
    private static boolean startsWith(Collator collator, PersonName name, String text) {
        for (String part : List.of(name.lastName(), name.firstName(), name.middleName())) {
            if (part.length() >= text.length() && collator.compare(part.substring(0, text.length()), text) == 0) {
                return true;
            }
        }
        return false;
    }

    private void showStaff(StaffRecord s) {
        save.setEnabled(s != null);
        deactivate.setEnabled(s != null && s.active());
        create.setEnabled(s == null);
        formTitle.setText(s == null ? getTranslation("school.staff.new") : s.name().full());
        if (s == null) {
            for (TextField f : List.of(lastName, firstName, middleName, position, email, phone)) {
                f.clear();
            }
            return;
        }
        lastName.setValue(s.name().lastName());
        firstName.setValue(s.name().firstName());
        middleName.setValue(s.name().middleName());
        gender.setValue(s.gender());
        position.setValue(s.position());
        email.setValue(s.email());
        phone.setValue(s.phone());
    }

    private StaffEdit edit() {
        return new StaffEdit(new PersonName(lastName.getValue(), firstName.getValue(), middleName.getValue()),
                gender.getValue(), position.getValue(), email.getValue(), phone.getValue());
    }

    private boolean run(Runnable action) {
        error.setVisible(false);
        try {
            action.run();
            return true;
        } catch (EJournalException e) {
            showError(e);
            return false;
        }
    }

    private void confirm(String question, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId("staff-confirm");
        dialog.setHeaderTitle(getTranslation("school.confirm.title"));
        dialog.add(new Paragraph(question));
        Button yes = new Button(getTranslation("school.confirm.yes"), e -> {
            dialog.close();
            openDialog = null;
            run(action);
        });
        yes.setId("staff-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("school.confirm.no"), e -> {
            dialog.close();
            openDialog = null;
        });
        no.setId("staff-confirm-no");
        dialog.getFooter().add(no, yes);
        openDialog = dialog;
        confirmYes = yes;
        confirmNo = no;
        dialog.open();
    }

    private void notice(String key) {
        Notification.show(getTranslation(key));
    }

    void showError(EJournalException e) {
        error.setText(e instanceof AccessDeniedException || e instanceof NotFoundException
                ? getTranslation("school.staff.accessDenied") : getTranslation(e.messageKey(), e.arguments()));
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("school.staff.title");
    }
}
