package org.ejournal.ui.roster.internal;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.ejournal.api.people.StudentEdit;
import org.ejournal.api.roster.PersonName;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Enrolling a new student in the chosen class: name, gender and the first day in the class. Personal data
 * only later, once a consent is recorded. «Зачислить» hands the edit and the date to the listener.
 */
class NewStudentForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final TextField middleName = new TextField();
    final Select<String> gender = new Select<>();
    final DatePicker from = new DatePicker();
    final Button enroll = new Button();

    NewStudentForm(String className, LocalDate today, BiConsumer<StudentEdit, LocalDate> onEnroll) {
        setId("new-student-form");
        setPadding(false);
        lastName.setId("new-student-last-name");
        lastName.setLabel(getTranslation("roster.student.lastName"));
        firstName.setId("new-student-first-name");
        firstName.setLabel(getTranslation("roster.student.firstName"));
        middleName.setId("new-student-middle-name");
        middleName.setLabel(getTranslation("roster.student.middleName"));
        gender.setId("new-student-gender");
        gender.setLabel(getTranslation("roster.student.gender"));
        gender.setItems("F", "M");
        gender.setItemLabelGenerator(g -> getTranslation("roster.student.gender." + g));
        from.setId("new-student-from");
        from.setLabel(getTranslation("roster.newStudent.from"));
        from.setValue(today);
        enroll.setId("new-student-enroll");
        enroll.setText(getTranslation("roster.newStudent.enroll"));
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.addClickListener(e -> onEnroll.accept(new StudentEdit(new PersonName(lastName.getValue(),
                firstName.getValue(), middleName.getValue()), gender.getValue(), null), from.getValue()));
        add(new H3(getTranslation("roster.newStudent.title", className)),
                new FormLayout(lastName, firstName, middleName, gender, from),
                new Paragraph(getTranslation("roster.newStudent.hint")), enroll);
    }
}
