package org.ejournal.ui.roster.internal;

import java.util.function.Consumer;

import org.ejournal.api.people.ParentEdit;
import org.ejournal.api.people.ParentRecord;
import org.ejournal.api.roster.PersonName;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A legal representative's record: name, gender, phone, e-mail; for a new one also who he is to the student.
 * «Сохранить» hands a {@link ParentEdit} (and the relation) to the listener; the service decides.
 */
class ParentForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final TextField middleName = new TextField();
    final Select<String> gender = new Select<>();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final Select<String> relation = new Select<>();
    final Button save = new Button();
    final Button deactivate = new Button();

    /** For an existing parent ({@code existing} set) or a new one ({@code null}: the relation is asked). */
    ParentForm(ParentRecord existing, Consumer<ParentForm> onSave, Runnable onDeactivate) {
        setId("parent-form");
        setPadding(false);
        lastName.setId("parent-last-name");
        lastName.setLabel(getTranslation("roster.student.lastName"));
        firstName.setId("parent-first-name");
        firstName.setLabel(getTranslation("roster.student.firstName"));
        middleName.setId("parent-middle-name");
        middleName.setLabel(getTranslation("roster.student.middleName"));
        gender.setId("parent-gender");
        gender.setLabel(getTranslation("roster.student.gender"));
        gender.setItems("F", "M");
        gender.setItemLabelGenerator(g -> getTranslation("roster.student.gender." + g));
        phone.setId("parent-phone");
        phone.setLabel(getTranslation("roster.student.phone"));
        email.setId("parent-email");
        email.setLabel(getTranslation("roster.parent.email"));
        relation.setId("parent-relation");
        relation.setLabel(getTranslation("roster.parent.relation"));
        relation.setItems("MOTHER", "FATHER", "GUARDIAN");
        relation.setItemLabelGenerator(r -> getTranslation("roster.parent.relation." + r));
        save.setId("parent-save");
        save.setText(getTranslation(existing == null ? "roster.parent.add" : "roster.student.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(this));
        deactivate.setId("parent-deactivate");
        deactivate.setText(getTranslation("roster.parent.deactivate"));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(e -> onDeactivate.run());
        if (existing != null) {
            lastName.setValue(existing.name().lastName());
            firstName.setValue(existing.name().firstName());
            middleName.setValue(existing.name().middleName());
            gender.setValue(existing.gender());
            phone.setValue(existing.phone());
            email.setValue(existing.email());
            deactivate.setEnabled(existing.active());
            add(new FormLayout(lastName, firstName, middleName, gender, phone, email), new HorizontalLayout(save, deactivate));
        } else {
            gender.setValue("F");
            relation.setValue("MOTHER");
            add(new FormLayout(relation, lastName, firstName, middleName, gender, phone, email), save);
        }
    }

    ParentEdit edit() {
        return new ParentEdit(new PersonName(lastName.getValue(), firstName.getValue(), middleName.getValue()),
                gender.getValue(), phone.getValue(), email.getValue());
    }
}
