package org.ejournal.ui.timetable.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.timetable.AssignmentOption;
import org.ejournal.api.timetable.ClassOption;
import org.ejournal.api.timetable.GenerationResult;
import org.ejournal.api.timetable.LessonView;
import org.ejournal.api.timetable.PeriodOption;
import org.ejournal.api.timetable.SlotEdit;
import org.ejournal.api.timetable.SlotView;
import org.ejournal.api.timetable.TimetableService;
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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

/**
 * «Расписание»: a class, its weekly grid Monday–Saturday × lessons 1–8 (more when used) on a date, a dialog to
 * add or change a slot (assignment, weekday, number, room, valid from/to), and lesson generation for a period
 * with a preview before and the kept lessons after. Every rule is the {@link TimetableService}'s; the view shows
 * its translated refusals.
 */
public class TimetableView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final int MIN_ROWS = 8;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<TimetableService> service;
    private final transient Supplier<LocalDate> today;

    final Paragraph error = new Paragraph();
    final ComboBox<ClassOption> classSelect = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final Grid<Integer> grid = new Grid<>();
    final Select<PeriodOption> period = new Select<>();
    final DatePicker from = new DatePicker();
    final Button generateClass = new Button();
    final Button generateSchool = new Button();
    final VerticalLayout result = new VerticalLayout();
    final Anchor lessonsLink = new Anchor();

    private transient List<SlotView> slots = List.of();
    private transient List<AssignmentOption> assignments = List.of();
    private Long wantedClass;

    /** The dialog open now and its parts, for tests. */
    Dialog openDialog;
    Select<AssignmentOption> dialogAssignment;
    Select<Integer> dialogWeekday;
    IntegerField dialogNumber;
    TextField dialogRoom;
    DatePicker dialogFrom;
    DatePicker dialogTo;
    Paragraph dialogError;
    Button dialogSave;
    Button dialogEnd;
    Button confirmYes;
    Paragraph confirmText;

    /** Used by the router: the actor and the service come from the session and the OSGi registry. */
    public TimetableView() {
        this(ViewSupport::actor, () -> ViewSupport.service(TimetableView.class, TimetableService.class), LocalDate::now);
    }

    /** For tests: explicit sources of the actor, the service and "today". */
    TimetableView(Supplier<Actor> actor, Supplier<TimetableService> service, Supplier<LocalDate> today) {
        this.actor = actor;
        this.service = service;
        this.today = today;
        setId("timetable-view");
        error.setId("timetable-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        classSelect.setId("timetable-class");
        classSelect.setItemLabelGenerator(ClassOption::name);
        classSelect.addValueChangeListener(e -> showClass(true));
        date.setId("timetable-date");
        date.setLocale(ViewSupport.RUSSIAN);
        date.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showGrid();
            }
        });
        grid.setId("timetable-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        period.setId("timetable-period");
        period.setWidth("22em");
        period.setItemLabelGenerator(p -> p.name() + " (" + p.startDate().format(DATE) + " – "
                + p.endDate().format(DATE) + ")");
        from.setId("timetable-from");
        from.setLocale(ViewSupport.RUSSIAN);
        generateClass.setId("timetable-generate-class");
        generateClass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generateClass.addClickListener(e -> confirmGeneration(false));
        generateSchool.setId("timetable-generate-school");
        generateSchool.addClickListener(e -> confirmGeneration(true));
        result.setId("timetable-result");
        result.setPadding(false);
        lessonsLink.setId("timetable-lessons-link");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long classId) {
        wantedClass = classId;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Rebuilds the page: the classes of the year being planned, the asked-for (or first) one chosen. */
    void refresh() {
        removeAll();
        add(new H2(getTranslation("timetable.title")), error);
        List<ClassOption> classes;
        try {
            classes = service.get().classes(actor.get());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        if (classes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("timetable.noClasses"));
            none.setId("timetable-no-classes");
            add(none);
            return;
        }
        classSelect.setLabel(getTranslation("timetable.class"));
        classSelect.setItems(classes);
        date.setLabel(getTranslation("timetable.date"));
        lessonsLink.setText(getTranslation("timetable.lessons.link"));
        HorizontalLayout top = new HorizontalLayout(classSelect, date, lessonsLink);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setLabel(getTranslation("timetable.generate.period"));
        from.setLabel(getTranslation("timetable.generate.from"));
        generateClass.setText(getTranslation("timetable.generate.class"));
        generateSchool.setText(getTranslation("timetable.generate.school"));
        HorizontalLayout generation = new HorizontalLayout(period, from, generateClass, generateSchool);
        generation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(top, grid, new H3(getTranslation("timetable.generate.title")), generation, result);
        ClassOption chosen = classes.stream().filter(c -> wantedClass != null && c.id() == wantedClass).findFirst()
                .orElse(classes.get(0));
        classSelect.setValue(chosen);
    }

    private void showClass(boolean resetDate) {
        clearError();
        result.removeAll();
        ClassOption c = classSelect.getValue();
        if (c == null) {
            return;
        }
        lessonsLink.setHref(LessonsViewContribution.ROUTE + "/" + c.id());
        List<PeriodOption> periods;
        try {
            assignments = service.get().assignments(actor.get(), c.id());
            periods = service.get().periods(actor.get(), c.id());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        if (resetDate) {
            LocalDate start = periods.isEmpty() ? today.get() : periods.get(0).startDate();
            date.setValue(today.get().isBefore(start) ? start : today.get());
            LocalDate tomorrow = today.get().plusDays(1);
            period.setItems(periods);
            PeriodOption current = periods.stream().filter(p -> !p.endDate().isBefore(tomorrow) && !p.locked())
                    .findFirst().orElse(periods.isEmpty() ? null : periods.get(periods.size() - 1));
            period.setValue(current);
            from.setValue(current != null && tomorrow.isBefore(current.startDate()) ? current.startDate() : tomorrow);
        }
        showGrid();
    }

    void showGrid() {
        ClassOption c = classSelect.getValue();
        if (c == null || date.getValue() == null) {
            return;
        }
        try {
            slots = service.get().slots(actor.get(), c.id(), date.getValue());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        grid.removeAllColumns();
        grid.addColumn(n -> n).setHeader(getTranslation("timetable.number")).setKey("number").setWidth("4em")
                .setFlexGrow(0);
        for (int weekday = 1; weekday <= 6; weekday++) {
            int day = weekday;
            grid.addComponentColumn(n -> cell(day, n)).setHeader(getTranslation("timetable.weekday." + day))
                    .setKey("day" + day).setFlexGrow(1);
        }
        int rows = Math.max(MIN_ROWS, slots.stream().mapToInt(SlotView::lessonNumber).max().orElse(0));
        grid.setItems(IntStream.rangeClosed(1, rows).boxed().toList());
    }

    /** Slots of a weekday and lesson number on the chosen date (several when groups share the time). */
    List<SlotView> slotsAt(int weekday, int number) {
        return slots.stream().filter(s -> s.weekday() == weekday && s.lessonNumber() == number).toList();
    }

    private Component cell(int weekday, int number) {
        Div cell = new Div();
        cell.setId("timetable-cell-" + weekday + "-" + number);
        for (SlotView s : slotsAt(weekday, number)) {
            // A Div, not a Button: a button's label does not wrap, and a cell is narrow.
            Div entry = new Div(entryText(s));
            entry.setId("timetable-slot-" + s.id());
            entry.addClassName("timetable-slot");
            entry.getStyle().set("cursor", "pointer").set("color", "var(--lumo-primary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)").set("white-space", "normal")
                    .set("margin-bottom", "var(--lumo-space-xs)");
            entry.addClickListener(e -> openDialog(s, weekday, number));
            cell.add(entry);
        }
        Button add = new Button(getTranslation("timetable.add"));
        add.setId("timetable-add-" + weekday + "-" + number);
        add.setTooltipText(getTranslation("timetable.add.tooltip"));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> openDialog(null, weekday, number));
        cell.add(add);
        return cell;
    }

    String entryText(SlotView s) {
        AssignmentOption a = s.assignment();
        String text = a.subjectName() + (a.subgroupName().isEmpty() ? "" : " (" + a.subgroupName() + ")") + " · "
                + a.teacherName();
        return s.room().isEmpty() ? text : text + " · " + getTranslation("timetable.room", s.room());
    }

    /** The add (slot {@code null}) or change dialog. */
    void openDialog(SlotView slot, int weekday, int number) {
        Dialog dialog = new Dialog();
        dialog.setId("timetable-dialog");
        dialog.setHeaderTitle(getTranslation(slot == null ? "timetable.dialog.add" : "timetable.dialog.edit"));
        dialogError = new Paragraph();
        dialogError.setId("timetable-dialog-error");
        dialogError.getStyle().set("color", "var(--lumo-error-text-color)");
        dialogError.setVisible(false);
        dialogAssignment = new Select<>();
        dialogAssignment.setId("timetable-dialog-assignment");
        dialogAssignment.setLabel(getTranslation("timetable.dialog.assignment"));
        dialogAssignment.setItems(assignments);
        dialogAssignment.setItemLabelGenerator(AssignmentOption::label);
        dialogAssignment.setWidthFull();
        dialogWeekday = new Select<>();
        dialogWeekday.setId("timetable-dialog-weekday");
        dialogWeekday.setLabel(getTranslation("timetable.dialog.weekday"));
        dialogWeekday.setItems(1, 2, 3, 4, 5, 6);
        dialogWeekday.setItemLabelGenerator(d -> getTranslation("timetable.weekday." + d));
        dialogWeekday.setValue(weekday);
        dialogNumber = new IntegerField(getTranslation("timetable.dialog.number"));
        dialogNumber.setId("timetable-dialog-number");
        dialogNumber.setValue(number);
        dialogNumber.setStepButtonsVisible(true);
        dialogRoom = new TextField(getTranslation("timetable.dialog.room"));
        dialogRoom.setId("timetable-dialog-room");
        dialogFrom = new DatePicker(getTranslation("timetable.dialog.validFrom"));
        dialogFrom.setId("timetable-dialog-from");
        dialogFrom.setLocale(ViewSupport.RUSSIAN);
        dialogTo = new DatePicker(getTranslation("timetable.dialog.validTo"));
        dialogTo.setId("timetable-dialog-to");
        dialogTo.setLocale(ViewSupport.RUSSIAN);
        LocalDate shown = date.getValue();
        VerticalLayout body = new VerticalLayout(dialogError, dialogAssignment,
                new HorizontalLayout(dialogWeekday, dialogNumber, dialogRoom), new HorizontalLayout(dialogFrom, dialogTo));
        body.setPadding(false);
        if (slot == null) {
            if (!assignments.isEmpty()) {
                dialogAssignment.setValue(assignments.get(0));
            }
            dialogFrom.setValue(shown);
        } else {
            assignments.stream().filter(a -> a.id() == slot.assignment().id()).findFirst()
                    .ifPresent(dialogAssignment::setValue);
            dialogRoom.setValue(slot.room());
            dialogFrom.setValue(shown.isBefore(slot.validFrom()) ? slot.validFrom() : shown);
            dialogTo.setValue(slot.validTo());
            Paragraph since = new Paragraph(slot.validTo() == null
                    ? getTranslation("timetable.dialog.since", slot.validFrom().format(DATE))
                    : getTranslation("timetable.dialog.sinceUntil", slot.validFrom().format(DATE),
                            slot.validTo().format(DATE)));
            since.setId("timetable-dialog-since");
            body.addComponentAsFirst(since);
        }
        dialog.add(body);
        dialogSave = new Button(getTranslation("timetable.dialog.save"), e -> save(slot));
        dialogSave.setId("timetable-dialog-save");
        dialogSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("timetable.dialog.cancel"), e -> closeDialog());
        cancel.setId("timetable-dialog-cancel");
        dialog.getFooter().add(cancel);
        if (slot != null) {
            dialogEnd = new Button(getTranslation("timetable.dialog.end"), e -> end(slot));
            dialogEnd.setId("timetable-dialog-end");
            dialogEnd.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(dialogEnd);
        } else {
            dialogEnd = null;
        }
        dialog.getFooter().add(dialogSave);
        openDialog = dialog;
        dialog.open();
    }

    private SlotEdit dialogEdit() {
        AssignmentOption a = dialogAssignment.getValue();
        return new SlotEdit(a == null ? 0 : a.id(), dialogWeekday.getValue() == null ? 0 : dialogWeekday.getValue(),
                dialogNumber.getValue() == null ? 0 : dialogNumber.getValue(), dialogRoom.getValue(),
                dialogFrom.getValue(), dialogTo.getValue());
    }

    private void save(SlotView slot) {
        try {
            if (slot == null) {
                service.get().addSlot(actor.get(), dialogEdit());
            } else {
                service.get().changeSlot(actor.get(), slot.id(), dialogEdit());
            }
        } catch (EJournalException e) {
            dialogError.setText(translate(e));
            dialogError.setVisible(true);
            return;
        }
        closeDialog();
        notice("timetable.saved");
        showGrid();
    }

    private void end(SlotView slot) {
        LocalDate first = dialogFrom.getValue();
        try {
            service.get().endSlot(actor.get(), slot.id(), first == null ? null : first.minusDays(1));
        } catch (EJournalException e) {
            dialogError.setText(translate(e));
            dialogError.setVisible(true);
            return;
        }
        closeDialog();
        notice("timetable.ended");
        showGrid();
    }

    private void closeDialog() {
        if (openDialog != null) {
            openDialog.close();
        }
        openDialog = null;
    }

    /** Shows the preview of a generation and asks once; on «Создать» generates and shows the result. */
    void confirmGeneration(boolean wholeSchool) {
        clearError();
        result.removeAll();
        ClassOption c = classSelect.getValue();
        PeriodOption p = period.getValue();
        if (c == null || p == null) {
            return;
        }
        Long classId = wholeSchool ? null : c.id();
        GenerationResult preview;
        try {
            preview = service.get().preview(actor.get(), classId, p.id(), from.getValue());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("timetable-generate-confirm");
        dialog.setHeaderTitle(getTranslation("timetable.generate.confirm.title"));
        String what = wholeSchool
                ? getTranslation("timetable.generate.confirm.school", p.name(), preview.from().format(DATE),
                        preview.to().format(DATE))
                : getTranslation("timetable.generate.confirm.class", c.name(), p.name(), preview.from().format(DATE),
                        preview.to().format(DATE));
        confirmText = new Paragraph(what + " " + getTranslation("timetable.generate.confirm.counts", preview.created(),
                preview.moved(), preview.removed(), preview.unchanged())
                + (preview.kept().isEmpty() ? "" : " " + getTranslation("timetable.generate.confirm.kept",
                        preview.kept().size())));
        confirmText.setId("timetable-generate-preview");
        dialog.add(confirmText);
        confirmYes = new Button(getTranslation("timetable.generate.confirm.yes"), e -> {
            dialog.close();
            openDialog = null;
            generate(classId, p.id(), preview.from());
        });
        confirmYes.setId("timetable-generate-yes");
        confirmYes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("timetable.generate.confirm.no"), e -> {
            dialog.close();
            openDialog = null;
        });
        no.setId("timetable-generate-no");
        dialog.getFooter().add(no, confirmYes);
        openDialog = dialog;
        dialog.open();
    }

    private void generate(Long classId, long periodId, LocalDate start) {
        GenerationResult r;
        try {
            r = service.get().generate(actor.get(), classId, periodId, start);
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        result.removeAll();
        Paragraph counts = new Paragraph(getTranslation("timetable.generate.result", r.created(), r.moved(),
                r.removed(), r.unchanged()));
        counts.setId("timetable-result-counts");
        result.add(counts);
        if (r.kept().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("timetable.generate.noKept"));
            none.setId("timetable-result-no-kept");
            result.add(none);
            return;
        }
        Grid<LessonView> kept = new Grid<>();
        kept.setId("timetable-result-kept");
        kept.addThemeVariants(GridVariant.LUMO_COMPACT);
        kept.addColumn(l -> l.date().format(DATE)).setHeader(getTranslation("lessons.date")).setAutoWidth(true);
        kept.addColumn(LessonView::lessonNumber).setHeader(getTranslation("lessons.number")).setAutoWidth(true);
        kept.addColumn(l -> l.assignment().subjectName() + (l.assignment().subgroupName().isEmpty() ? ""
                : " (" + l.assignment().subgroupName() + ")")).setHeader(getTranslation("lessons.subject"))
                .setAutoWidth(true);
        kept.addColumn(LessonView::teacherName).setHeader(getTranslation("lessons.teacher")).setAutoWidth(true);
        kept.addColumn(LessonView::topic).setHeader(getTranslation("lessons.topic")).setFlexGrow(1);
        kept.setItems(new ArrayList<>(r.kept()));
        kept.setAllRowsVisible(true);
        result.add(new H3(getTranslation("timetable.generate.kept")), kept);
    }

    private void notice(String key) {
        com.vaadin.flow.component.notification.Notification.show(getTranslation(key));
    }

    String translate(EJournalException e) {
        return e instanceof AccessDeniedException || e instanceof NotFoundException
                ? getTranslation("timetable.accessDenied")
                : getTranslation(e.messageKey(), e.arguments());
    }

    void showError(EJournalException e) {
        error.setText(translate(e));
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    static Span marker(String text) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timetable.title");
    }
}
