package org.ejournal.ui.roster.internal;

import java.util.function.Consumer;

import org.ejournal.api.people.PersonalData;
import org.ejournal.api.people.StudentEdit;
import org.ejournal.api.people.StudentRecord;
import org.ejournal.api.roster.PersonName;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The student form: name always, personal fields only while the student has an active consent
 * (disabled otherwise, with the reason). Knows nothing of services: «Сохранить» hands a
 * {@link StudentEdit} to the save listener; the service decides again.
 */
class StudentForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    final TextField lastName = field("student-last-name", "roster.student.lastName");
    final TextField firstName = field("student-first-name", "roster.student.firstName");
    final TextField middleName = field("student-middle-name", "roster.student.middleName");
    final Select<String> gender = new Select<>();
    final DatePicker birthDate = new DatePicker();
    final TextField address = field("student-address", "roster.student.address");
    final TextField phone = field("student-phone", "roster.student.phone");
    final TextField document = field("student-document", "roster.student.document");
    final Select<Integer> healthGroup = new Select<>();
    final Paragraph noConsentHint = new Paragraph();
    final Button save = new Button();

    StudentForm(StudentRecord student, Consumer<StudentEdit> onSave) {
        setId("student-form");
        setPadding(false);
        gender.setId("student-gender");
        gender.setLabel(getTranslation("roster.student.gender"));
        gender.setItems("F", "M");
        gender.setItemLabelGenerator(g -> getTranslation("roster.student.gender." + g));
        birthDate.setId("student-birth-date");
        birthDate.setLabel(getTranslation("roster.student.birthDate"));
        healthGroup.setId("student-health-group");
        healthGroup.setLabel(getTranslation("roster.student.healthGroup"));
        healthGroup.setItems(1, 2, 3, 4, 5);
        healthGroup.setEmptySelectionAllowed(true);
        healthGroup.setItemLabelGenerator(g -> g == null ? "" : getTranslation("roster.student.healthGroup." + g));

        lastName.setValue(student.name().lastName());
        firstName.setValue(student.name().firstName());
        middleName.setValue(student.name().middleName());
        gender.setValue(student.gender());
        PersonalData data = student.personalData();
        birthDate.setValue(data.birthDate());
        address.setValue(nullToEmpty(data.address()));
        phone.setValue(nullToEmpty(data.phone()));
        document.setValue(nullToEmpty(data.document()));
        healthGroup.setValue(data.healthGroup());

        boolean consent = student.activeConsent().isPresent();
        birthDate.setEnabled(consent);
        address.setEnabled(consent);
        phone.setEnabled(consent);
        document.setEnabled(consent);
        healthGroup.setEnabled(consent);
        noConsentHint.setId("student-no-consent-hint");
        noConsentHint.setText(getTranslation("roster.student.noConsentHint"));
        noConsentHint.setVisible(!consent);

        save.setId("student-save");
        save.setText(getTranslation("roster.student.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(edit(consent)));

        FormLayout names = new FormLayout(lastName, firstName, middleName, gender);
        FormLayout personal = new FormLayout(birthDate, healthGroup, address, phone, document);
        add(names, noConsentHint, personal, save);
    }

    /** What the user entered; without a consent the personal fields are not sent at all. */
    StudentEdit edit(boolean consent) {
        PersonalData data = consent
                ? new PersonalData(birthDate.getValue(), address.getValue(), phone.getValue(), document.getValue(),
                        healthGroup.getValue())
                : PersonalData.NONE;
        return new StudentEdit(new PersonName(lastName.getValue().strip(), firstName.getValue().strip(),
                middleName.getValue().strip()), gender.getValue(), data);
    }

    private TextField field(String id, String labelKey) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId(id);
        return f;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
