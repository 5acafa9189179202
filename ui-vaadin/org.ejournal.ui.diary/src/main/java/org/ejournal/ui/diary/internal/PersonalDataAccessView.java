package org.ejournal.ui.diary.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.privacy.PersonalDataAccess;
import org.ejournal.api.privacy.PersonalDataAccessLog;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * «Доступ к персональным данным»: the personal-data access log of the school for the deputy director
 * and the director, newest first, filtered by dates and by student. The service checks the right again.
 *
 * <p>Hooks: {@code #pda-from}, {@code #pda-to}, {@code #pda-student}, {@code #pda-grid}, {@code #pda-error}.
 */
public class PersonalDataAccessView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    /** A student as offered by the filter. */
    record StudentOption(long id, String name) {
    }

    private final transient Supplier<Actor> actor;
    private final transient Supplier<PersonalDataAccessLog> log;

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<StudentOption> student = new ComboBox<>();
    private final Grid<PersonalDataAccess> grid = new Grid<>();
    private final Paragraph status = new Paragraph();
    private boolean updatingStudents;

    public PersonalDataAccessView() {
        this(ViewSupport::actor, () -> ViewSupport.service(PersonalDataAccessView.class, PersonalDataAccessLog.class),
                LocalDate::now);
    }

    PersonalDataAccessView(Supplier<Actor> actor, Supplier<PersonalDataAccessLog> log, Supplier<LocalDate> today) {
        this.actor = actor;
        this.log = log;
        setId("pda-view");
        setSizeFull();
        add(new H2(getTranslation("pda.title")), new Paragraph(getTranslation("pda.intro", PersonalDataAccessLog.LIMIT)));

        from.setId("pda-from");
        from.setLabel(getTranslation("pda.from"));
        from.setLocale(ViewSupport.RUSSIAN);
        from.setValue(today.get().minusDays(30));
        to.setId("pda-to");
        to.setLabel(getTranslation("pda.to"));
        to.setLocale(ViewSupport.RUSSIAN);
        to.setValue(today.get());
        student.setId("pda-student");
        student.setLabel(getTranslation("pda.student"));
        student.setPlaceholder(getTranslation("pda.allStudents"));
        student.setClearButtonVisible(true);
        student.setItemLabelGenerator(StudentOption::name);
        student.setWidth("20em");
        HorizontalLayout filters = new HorizontalLayout(from, to, student);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("pda-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> e.occurredAt().format(WHEN)).setKey("when").setHeader(getTranslation("pda.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.who().equals(e.login()) || e.login().isEmpty() ? e.who() : e.who() + " (" + e.login() + ")")
                .setKey("who").setHeader(getTranslation("pda.column.who")).setAutoWidth(true);
        grid.addColumn(PersonalDataAccess::studentName).setKey("student").setHeader(getTranslation("pda.column.student"))
                .setAutoWidth(true);
        grid.addColumn(e -> whatText(e.what())).setKey("what").setHeader(getTranslation("pda.column.what"))
                .setAutoWidth(true);
        grid.addColumn(PersonalDataAccess::address).setKey("address").setHeader(getTranslation("pda.column.address"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setWidthFull();

        status.setId("pda-status");
        add(filters, status, grid);
        from.addValueChangeListener(e -> reload(true));
        to.addValueChangeListener(e -> reload(true));
        student.addValueChangeListener(e -> {
            if (!updatingStudents) {
                reload(false);
            }
        });
        reload(true);
    }

    /** Reads the log with the filters; {@code refreshStudents}: offer the students found in these dates. */
    void reload(boolean refreshStudents) {
        status.setText("");
        status.setId("pda-status");
        status.getStyle().remove("color");
        List<PersonalDataAccess> entries;
        try {
            if (refreshStudents) {
                List<PersonalDataAccess> inDates = log.get().find(actor.get(), null, from.getValue(), to.getValue());
                Map<Long, StudentOption> options = new LinkedHashMap<>();
                inDates.forEach(e -> options.putIfAbsent(e.studentId(), new StudentOption(e.studentId(), e.studentName())));
                StudentOption chosen = student.getValue();
                updatingStudents = true;
                try {
                    student.setItems(options.values().stream().sorted(Comparator.comparing(StudentOption::name,
                            java.text.Collator.getInstance(ViewSupport.RUSSIAN))).toList());
                    student.setValue(chosen != null && options.containsKey(chosen.id()) ? options.get(chosen.id()) : null);
                } finally {
                    updatingStudents = false;
                }
            }
            StudentOption chosen = student.getValue();
            entries = log.get().find(actor.get(), chosen == null ? null : chosen.id(), from.getValue(), to.getValue());
        } catch (EJournalException e) {
            grid.setItems(List.of());
            status.setText(e instanceof AccessDeniedException ? getTranslation("pda.accessDenied")
                    : getTranslation(e.messageKey(), e.arguments()));
            status.setId("pda-error");
            status.getStyle().set("color", "var(--lumo-error-text-color)");
            return;
        }
        grid.setItems(entries);
        if (entries.isEmpty()) {
            status.setText(getTranslation("pda.empty"));
        }
    }

    private String whatText(String what) {
        String text = getTranslation("pda.what." + what);
        return text == null || text.isBlank() || text.contains("pda.what.") ? what : text;
    }

    // For view tests.
    Grid<PersonalDataAccess> grid() {
        return grid;
    }

    ComboBox<StudentOption> studentFilter() {
        return student;
    }

    Paragraph status() {
        return status;
    }
}
