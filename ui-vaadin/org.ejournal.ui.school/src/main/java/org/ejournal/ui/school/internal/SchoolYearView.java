package org.ejournal.ui.school.internal;

import java.util.List;

import org.ejournal.api.school.AcademicYearInfo;
import org.ejournal.api.school.HolidayInfo;
import org.ejournal.api.school.HolidayKind;
import org.ejournal.api.school.PeriodEdit;
import org.ejournal.api.school.PeriodScheme;
import org.ejournal.api.school.StudyPeriodInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * «Учебный год»: the school's years (create, change dates), the chosen year's periods of every scheme with
 * their final-mark deadlines (add, change, lock and unlock after a confirmation) and its vacations and
 * holidays (add, remove after a confirmation). All rules are the {@code SchoolYearService}'s.
 */
public class SchoolYearView extends SetupView {
    private static final long serialVersionUID = 1L;

    // A new year / changing the chosen one
    final TextField yearName = new TextField();
    final DatePicker yearStart;
    final DatePicker yearEnd;
    final Button createYear = new Button();
    final Button saveYear = new Button();
    // Periods
    final Grid<StudyPeriodInfo> periods = new Grid<>();
    final Select<PeriodScheme> periodScheme = new Select<>();
    final TextField periodName = new TextField();
    final DatePicker periodStart;
    final DatePicker periodEnd;
    final DatePicker periodDeadline;
    final Button addPeriod = new Button();
    final Button savePeriod = new Button();
    // Holidays
    final Grid<HolidayInfo> holidays = new Grid<>();
    final Select<HolidayKind> holidayKind = new Select<>();
    final TextField holidayName = new TextField();
    final DatePicker holidayStart;
    final DatePicker holidayEnd;
    final Button addHoliday = new Button();

    public SchoolYearView() {
        this(SetupServices.fromSession());
    }

    SchoolYearView(SetupServices services) {
        super("school-year-view", "school.year.title", services);
        yearStart = datePicker("year-start", "school.year.start");
        yearEnd = datePicker("year-end", "school.year.end");
        periodStart = datePicker("period-start", "school.period.start");
        periodEnd = datePicker("period-end", "school.period.end");
        periodDeadline = datePicker("period-deadline", "school.period.deadline");
        holidayStart = datePicker("holiday-start", "school.holiday.start");
        holidayEnd = datePicker("holiday-end", "school.holiday.end");

        yearName.setId("year-name");
        createYear.setId("year-create");
        createYear.addClickListener(e -> {
            AcademicYearInfo[] created = new AcademicYearInfo[1];
            if (run(() -> created[0] = services.years().get().createYear(services.actor().get(), yearName.getValue(),
                    yearStart.getValue(), yearEnd.getValue()))) {
                notice("school.year.created", created[0].name());
                yearSelect.setValue(null);
                refresh();
                yearSelect.setValue(yearSelect.getListDataView().getItems()
                        .filter(y -> y.id() == created[0].id()).findFirst().orElse(null));
            }
        });
        saveYear.setId("year-save");
        saveYear.addClickListener(e -> {
            AcademicYearInfo year = yearSelect.getValue();
            if (year != null && run(() -> services.years().get().updateYear(services.actor().get(), year.id(),
                    yearName.getValue(), yearStart.getValue(), yearEnd.getValue()))) {
                notice("school.saved");
                refresh();
            }
        });

        periods.setId("periods-grid");
        periods.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        periods.addColumn(p -> getTranslation("school.scheme." + p.scheme().name())).setKey("scheme")
                .setHeader(getTranslation("school.period.scheme")).setAutoWidth(true);
        periods.addColumn(StudyPeriodInfo::name).setKey("name").setHeader(getTranslation("school.period.name"))
                .setAutoWidth(true);
        periods.addColumn(p -> date(p.start()) + " – " + date(p.end())).setKey("dates")
                .setHeader(getTranslation("school.period.dates")).setAutoWidth(true);
        periods.addColumn(p -> date(p.finalMarkDeadline())).setKey("deadline")
                .setHeader(getTranslation("school.period.deadline")).setAutoWidth(true);
        periods.addComponentColumn(this::lockButton).setKey("lock").setHeader(getTranslation("school.period.lock"))
                .setAutoWidth(true);
        periods.setAllRowsVisible(true);
        periods.asSingleSelect().addValueChangeListener(e -> showPeriod(e.getValue()));
        periodScheme.setId("period-scheme");
        periodScheme.setLabel(getTranslation("school.period.scheme"));
        periodScheme.setItems(PeriodScheme.values());
        periodScheme.setItemLabelGenerator(s -> getTranslation("school.scheme." + s.name()));
        periodScheme.setValue(PeriodScheme.QUARTERS);
        periodName.setId("period-name");
        periodName.setLabel(getTranslation("school.period.name"));
        addPeriod.setId("period-add");
        addPeriod.setText(getTranslation("school.period.add"));
        addPeriod.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPeriod.addClickListener(e -> {
            AcademicYearInfo year = yearSelect.getValue();
            if (year != null && run(() -> services.years().get().addPeriod(services.actor().get(), year.id(),
                    periodScheme.getValue(), periodEdit()))) {
                notice("school.saved");
                showYear(year);
            }
        });
        savePeriod.setId("period-save");
        savePeriod.setText(getTranslation("school.period.save"));
        savePeriod.setEnabled(false);
        savePeriod.addClickListener(e -> {
            StudyPeriodInfo chosen = periods.asSingleSelect().getValue();
            if (chosen != null && run(() -> services.years().get().updatePeriod(services.actor().get(), chosen.id(),
                    periodEdit()))) {
                notice("school.saved");
                showYear(yearSelect.getValue());
            }
        });

        holidays.setId("holidays-grid");
        holidays.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        holidays.addColumn(h -> getTranslation("school.holiday." + h.kind().name())).setKey("kind")
                .setHeader(getTranslation("school.holiday.kind")).setAutoWidth(true);
        holidays.addColumn(HolidayInfo::name).setKey("name").setHeader(getTranslation("school.holiday.name"))
                .setAutoWidth(true);
        holidays.addColumn(h -> date(h.start()) + " – " + date(h.end())).setKey("dates")
                .setHeader(getTranslation("school.period.dates")).setAutoWidth(true);
        holidays.addComponentColumn(this::removeHolidayButton).setKey("remove").setAutoWidth(true);
        holidays.setAllRowsVisible(true);
        holidayKind.setId("holiday-kind");
        holidayKind.setLabel(getTranslation("school.holiday.kind"));
        holidayKind.setItems(HolidayKind.values());
        holidayKind.setItemLabelGenerator(k -> getTranslation("school.holiday." + k.name()));
        holidayKind.setValue(HolidayKind.VACATION);
        holidayName.setId("holiday-name");
        holidayName.setLabel(getTranslation("school.holiday.name"));
        addHoliday.setId("holiday-add");
        addHoliday.setText(getTranslation("school.holiday.add"));
        addHoliday.addClickListener(e -> {
            AcademicYearInfo year = yearSelect.getValue();
            if (year != null && run(() -> services.years().get().addHoliday(services.actor().get(), year.id(),
                    holidayKind.getValue(), holidayName.getValue(), holidayStart.getValue(), holidayEnd.getValue()))) {
                notice("school.saved");
                holidayName.clear();
                showYear(year);
            }
        });
    }

    @Override
    void build(List<AcademicYearInfo> years) {
        yearName.setLabel(getTranslation("school.year.name"));
        yearName.setPlaceholder("2026/2027");
        createYear.setText(getTranslation("school.year.create"));
        saveYear.setText(getTranslation("school.year.save"));
        HorizontalLayout yearRow = row(yearSelect, yearName, yearStart, yearEnd, createYear, saveYear);
        add(yearRow);
        if (years.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("school.year.none"));
            none.setId("school-year-none");
            saveYear.setEnabled(false);
            add(none);
            return;
        }
        saveYear.setEnabled(true);
        add(new H3(getTranslation("school.period.title")), periods,
                row(periodScheme, periodName, periodStart, periodEnd, periodDeadline, addPeriod, savePeriod),
                new H3(getTranslation("school.holiday.title")), holidays,
                row(holidayKind, holidayName, holidayStart, holidayEnd, addHoliday));
    }

    @Override
    void yearChanged(AcademicYearInfo year) {
        showYear(year);
    }

    private void showYear(AcademicYearInfo year) {
        periods.asSingleSelect().clear();
        if (year == null) {
            periods.setItems(List.of());
            holidays.setItems(List.of());
            return;
        }
        yearName.setValue(year.name());
        yearStart.setValue(year.start());
        yearEnd.setValue(year.end());
        try {
            periods.setItems(services.years().get().periods(services.actor().get(), year.id()));
            holidays.setItems(services.years().get().holidays(services.actor().get(), year.id()));
        } catch (org.ejournal.api.EJournalException e) {
            showError(e);
        }
    }

    private void showPeriod(StudyPeriodInfo p) {
        savePeriod.setEnabled(p != null && !p.locked());
        if (p == null) {
            return;
        }
        periodScheme.setValue(p.scheme());
        periodName.setValue(p.name());
        periodStart.setValue(p.start());
        periodEnd.setValue(p.end());
        periodDeadline.setValue(p.finalMarkDeadline());
    }

    private PeriodEdit periodEdit() {
        return new PeriodEdit(periodName.getValue(), periodStart.getValue(), periodEnd.getValue(),
                periodDeadline.getValue());
    }

    Component lockButton(StudyPeriodInfo p) {
        Button button = new Button(getTranslation(p.locked() ? "school.period.unlock" : "school.period.doLock"));
        button.setId("period-lock-" + p.id());
        if (!p.locked()) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.addClickListener(e -> confirm(getTranslation(p.locked() ? "school.period.unlock.confirm"
                : "school.period.lock.confirm", p.name()), () -> {
                    if (p.locked()) {
                        services.years().get().unlockPeriod(services.actor().get(), p.id());
                    } else {
                        services.years().get().lockPeriod(services.actor().get(), p.id());
                    }
                    showYear(yearSelect.getValue());
                }));
        return button;
    }

    Component removeHolidayButton(HolidayInfo h) {
        Button button = new Button(getTranslation("school.holiday.remove"));
        button.setId("holiday-remove-" + h.id());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> confirm(getTranslation("school.holiday.remove.confirm", h.name()), () -> {
            services.years().get().removeHoliday(services.actor().get(), h.id());
            showYear(yearSelect.getValue());
        }));
        return button;
    }

    static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
