package org.ejournal.ui.movement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.ejournal.api.movement.ClassChoice;
import org.ejournal.api.roster.PersonName;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The arrival of a new student: name, gender, class, date, where from. The service checks everything. */
final class NewStudentForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** What the user entered. */
    record Input(PersonName name, String gender, ClassChoice schoolClass, LocalDate date, String from) {
    }

    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final TextField middleName = new TextField();
    final Select<String> gender = new Select<>();
    final DatePicker date = new DatePicker();
    final ComboBox<ClassChoice> schoolClass = new ComboBox<>();
    final TextField from = new TextField();
    final Button save = new Button();

    NewStudentForm(BiFunction<String, Object[], String> text, LocalDate today,
                   Function<LocalDate, List<ClassChoice>> classes, Consumer<Input> onSave) {
        setId("movement-new-form");
        setPadding(false);
        lastName.setLabel(text.apply("movement.new.lastName", new Object[0]));
        lastName.setId("movement-new-last-name");
        firstName.setLabel(text.apply("movement.new.firstName", new Object[0]));
        firstName.setId("movement-new-first-name");
        middleName.setLabel(text.apply("movement.new.middleName", new Object[0]));
        middleName.setId("movement-new-middle-name");
        gender.setLabel(text.apply("movement.new.gender", new Object[0]));
        gender.setId("movement-new-gender");
        gender.setItems("M", "F");
        gender.setItemLabelGenerator(g -> text.apply("movement.new.gender." + g, new Object[0]));
        date.setLabel(text.apply("movement.arrive.date", new Object[0]));
        date.setId("movement-new-date");
        date.setLocale(ViewSupport.RUSSIAN);
        date.setValue(today);
        schoolClass.setLabel(text.apply("movement.arrive.class", new Object[0]));
        schoolClass.setId("movement-new-class");
        schoolClass.setItemLabelGenerator(c -> c.name() + " (" + c.yearName() + ")");
        schoolClass.setItems(classes.apply(today));
        date.addValueChangeListener(e -> schoolClass.setItems(classes.apply(e.getValue())));
        from.setLabel(text.apply("movement.arrive.from", new Object[0]));
        from.setId("movement-new-from");
        from.setWidth("30em");
        from.setMaxLength(300);
        save.setText(text.apply("movement.arrive.button", new Object[0]));
        save.setId("movement-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(new Input(new PersonName(lastName.getValue(), firstName.getValue(),
                middleName.getValue()), gender.getValue(), schoolClass.getValue(), date.getValue(), from.getValue())));
        Paragraph hint = new Paragraph(text.apply("movement.new.hint", new Object[0]));
        add(new H4(text.apply("movement.new.title", new Object[0])), hint,
                new HorizontalLayout(lastName, firstName, middleName, gender),
                new HorizontalLayout(date, schoolClass), from, save);
    }
}
