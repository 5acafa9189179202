package org.ejournal.ui.finalmarks.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.finalmark.EntryWindow;
import org.ejournal.api.finalmark.FinalMarkConflictException;
import org.ejournal.api.finalmark.FinalMarkRow;
import org.ejournal.api.finalmark.FinalMarkService;
import org.ejournal.api.finalmark.FinalMarkSheet;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Итоговые отметки»: class, subject and period (or the year); per student the weighted average, the
 * number of marks, missed lessons, the policy's suggestion and the final mark. The teacher enters marks
 * in the entry window (each saved at once); after it the administration changes a mark only with a
 * reason. Every rule is the {@link FinalMarkService}'s; the view shows its translated refusals.
 */
public class FinalMarksView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The year in the period select: not a study period of the class. */
    static final StudyPeriodSummary YEAR = new StudyPeriodSummary(0, "Год", null, null, null);

    private final transient Supplier<Actor> actor;
    private final transient Supplier<RosterService> roster;
    private final transient Supplier<FinalMarkService> finalMarks;
    private final transient Supplier<String> address;

    final ComboBox<SchoolClassSummary> classSelect = new ComboBox<>();
    final ComboBox<AssignmentSummary> assignmentSelect = new ComboBox<>();
    final Select<StudyPeriodSummary> periodSelect = new Select<>();
    final Paragraph windowInfo = new Paragraph();
    final Paragraph message = new Paragraph();
    final Grid<FinalMarkRow> grid = new Grid<>();
    FinalMarkSheet sheet;
    /** The override dialog currently open and its parts, for tests. */
    Dialog overrideDialog;
    Select<String> overrideValue;
    TextField overrideReason;
    Button overrideSave;

    public FinalMarksView() {
        this(ViewSupport::actor, () -> ViewSupport.service(FinalMarksView.class, RosterService.class),
                () -> ViewSupport.service(FinalMarksView.class, FinalMarkService.class), FinalMarksView::clientAddress);
    }

    FinalMarksView(Supplier<Actor> actor, Supplier<RosterService> roster, Supplier<FinalMarkService> finalMarks,
                   Supplier<String> address) {
        this.actor = actor;
        this.roster = roster;
        this.finalMarks = finalMarks;
        this.address = address;
        setId("final-marks-view");
        classSelect.setId("final-marks-class");
        classSelect.setItemLabelGenerator(SchoolClassSummary::name);
        classSelect.addValueChangeListener(e -> showAssignments());
        assignmentSelect.setId("final-marks-assignment");
        assignmentSelect.setItemLabelGenerator(a -> a.subjectName() + " — " + a.teacherName());
        assignmentSelect.addValueChangeListener(e -> showPeriods());
        periodSelect.setId("final-marks-period");
        periodSelect.setItemLabelGenerator(StudyPeriodSummary::name);
        periodSelect.addValueChangeListener(e -> showSheet());
        windowInfo.setId("final-marks-window");
        message.setId("final-marks-message");
        message.setVisible(false);
        grid.setId("final-marks-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
    }

    /** The address of the request being handled (the audit trail's "from where"). */
    private static String clientAddress() {
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finalmark.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Builds the page: the actor's classes, the first chosen, its first subject, the running period. */
    void refresh() {
        removeAll();
        classSelect.setLabel(getTranslation("finalmark.class"));
        assignmentSelect.setLabel(getTranslation("finalmark.subject"));
        periodSelect.setLabel(getTranslation("finalmark.period"));
        HorizontalLayout selectors = new HorizontalLayout(classSelect, assignmentSelect, periodSelect);
        selectors.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("finalmark.title")), selectors, windowInfo, message, grid);
        try {
            List<SchoolClassSummary> classes = roster.get().classes(actor.get());
            classSelect.setItems(classes);
            if (!classes.isEmpty()) {
                classSelect.setValue(classes.get(0));
            }
        } catch (EJournalException e) {
            showMessage(e);
        }
    }

    private void showAssignments() {
        SchoolClassSummary c = classSelect.getValue();
        List<AssignmentSummary> assignments = c == null ? List.of() : finalMarks.get().assignments(actor.get(), c.id());
        assignmentSelect.setItems(assignments);
        assignmentSelect.setValue(assignments.isEmpty() ? null : assignments.get(0));
        if (assignments.isEmpty()) {
            periodSelect.setItems(List.of());
            grid.setItems(List.of());
            windowInfo.setText(c == null ? "" : getTranslation("finalmark.noAssignments"));
        }
    }

    private void showPeriods() {
        AssignmentSummary a = assignmentSelect.getValue();
        if (a == null) {
            return;
        }
        try {
            List<StudyPeriodSummary> periods = new java.util.ArrayList<>(finalMarks.get().periods(actor.get(), a.id()));
            periods.add(YEAR);
            periodSelect.setItems(periods);
            // The period whose window is open or was open last: the first not yet past its deadline.
            java.time.LocalDate today = java.time.LocalDate.now();
            periodSelect.setValue(periods.stream().filter(p -> p != YEAR && !today.isAfter(p.finalMarkDeadline()))
                    .findFirst().orElse(periods.get(periods.size() - 1)));
        } catch (EJournalException e) {
            showMessage(e);
        }
    }

    void showSheet() {
        AssignmentSummary a = assignmentSelect.getValue();
        StudyPeriodSummary p = periodSelect.getValue();
        if (a == null || p == null) {
            return;
        }
        try {
            sheet = p == YEAR ? finalMarks.get().yearSheet(actor.get(), a.id())
                    : finalMarks.get().sheet(actor.get(), a.id(), p.id());
        } catch (EJournalException e) {
            showMessage(e);
            return;
        }
        windowInfo.setText(windowText(sheet.window()));
        buildColumns();
        grid.setItems(sheet.rows());
    }

    private String windowText(EntryWindow w) {
        return switch (w.state()) {
            case NOT_YET_OPEN -> getTranslation("finalmark.window.notYet", DATE.format(w.opensOn()),
                    DATE.format(w.deadline()));
            case OPEN -> getTranslation("finalmark.window.open", DATE.format(w.opensOn()), DATE.format(w.deadline()));
            case CLOSED -> getTranslation("finalmark.window.closed", DATE.format(w.deadline()));
        };
    }

    private void buildColumns() {
        grid.removeAllColumns();
        DecimalFormat twoDigits = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(new Locale("ru")));
        grid.addColumn(r -> r.student().name().full()).setKey("name").setHeader(getTranslation("finalmark.student"))
                .setAutoWidth(true).setFlexGrow(1);
        if (!sheet.year()) {
            grid.addColumn(r -> r.average() == null ? "—" : twoDigits.format(r.average())).setKey("average")
                    .setHeader(getTranslation("finalmark.average")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(FinalMarkRow::numericMarks).setKey("count").setHeader(getTranslation("finalmark.count"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> r.missedLessons() + " / " + r.lessons()).setKey("missed")
                    .setHeader(getTranslation("finalmark.missed")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(this::suggestion).setKey("suggestion")
                .setHeader(getTranslation("finalmark.suggestion")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::valueCell).setKey("value").setHeader(getTranslation("finalmark.value"))
                .setAutoWidth(true).setFlexGrow(0);
    }

    private Component suggestion(FinalMarkRow row) {
        Span span = new Span(row.suggestion().value() == null ? "—" : row.suggestion().value());
        span.setTitle(getTranslation("finalmark.basis." + row.suggestion().basis().name()));
        span.setId("suggestion-" + row.student().id());
        return span;
    }

    private Component valueCell(FinalMarkRow row) {
        String id = "final-" + row.student().id();
        if (sheet.mayWrite() && sheet.window().isOpen()) {
            Select<String> select = new Select<>();
            select.setId(id);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("—");
            select.setItems(sheet.allowedValues());
            select.setValue(row.value());
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(row, e.getValue(), null);
                }
            });
            return select;
        }
        Span value = new Span(row.value() == null ? "—" : row.value());
        value.setId(id);
        if (row.overrideReason() != null) {
            value.setTitle(getTranslation("finalmark.overridden", row.overrideReason()));
        }
        if (sheet.mayOverride() && sheet.window().state() != EntryWindow.State.NOT_YET_OPEN) {
            Button change = new Button(getTranslation("finalmark.override"), e -> openOverride(row));
            change.setId("override-" + row.student().id());
            return new HorizontalLayout(value, change);
        }
        return value;
    }

    void openOverride(FinalMarkRow row) {
        overrideDialog = new Dialog();
        overrideDialog.setHeaderTitle(getTranslation("finalmark.override.title", row.student().name().full()));
        overrideValue = new Select<>();
        overrideValue.setLabel(getTranslation("finalmark.value"));
        overrideValue.setEmptySelectionAllowed(true);
        overrideValue.setEmptySelectionCaption("—");
        overrideValue.setItems(sheet.allowedValues());
        overrideValue.setValue(row.value());
        overrideReason = new TextField(getTranslation("finalmark.override.reason"));
        overrideReason.setWidthFull();
        overrideSave = new Button(getTranslation("finalmark.override.save"), e -> {
            if (save(row, overrideValue.getValue(), overrideReason.getValue())) {
                overrideDialog.close();
            }
        });
        overrideDialog.add(new VerticalLayout(overrideValue, overrideReason));
        overrideDialog.getFooter().add(new Button(getTranslation("finalmark.override.cancel"),
                e -> overrideDialog.close()), overrideSave);
        overrideDialog.open();
    }

    /** Saves one mark; shows the outcome and reloads the sheet. @return whether it was saved */
    boolean save(FinalMarkRow row, String value, String reason) {
        try {
            FinalMarkService service = finalMarks.get();
            long periodId = sheet.year() ? 0 : sheet.periodId();
            if (reason == null) {
                service.set(actor.get(), address.get(), sheet.assignment().id(), periodId, row.student().id(), value,
                        row.version());
            } else {
                service.override(actor.get(), address.get(), sheet.assignment().id(), periodId, row.student().id(),
                        value, reason, row.version());
            }
            message.setText(getTranslation("finalmark.saved", row.student().name().full(),
                    value == null ? "—" : value));
            message.getStyle().set("color", "var(--lumo-success-text-color)");
            message.setVisible(true);
            showSheet();
            return true;
        } catch (FinalMarkConflictException e) {
            showMessage(e);
            showSheet();
            return false;
        } catch (EJournalException e) {
            showMessage(e);
            return false;
        }
    }

    private void showMessage(EJournalException e) {
        message.setText(getTranslation(e.messageKey(), formatted(e.arguments())));
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.setVisible(true);
    }

    private static Object[] formatted(Object[] arguments) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof java.time.LocalDate d) {
                result[i] = DATE.format(d);
            }
        }
        return result;
    }
}
