package org.ejournal.ui.journal.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.Role;
import org.ejournal.api.journal.AttendanceCell;
import org.ejournal.api.journal.AttendanceCodeInfo;
import org.ejournal.api.journal.ClassAttendanceWeek;
import org.ejournal.api.journal.JournalConflictException;
import org.ejournal.api.journal.JournalRuleException;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.api.journal.WeekLesson;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.roster.StudentSummary;
import org.ejournal.api.ui.ViewSupport;
import org.ejournal.ui.journal.internal.JournalTable.Cell;
import org.ejournal.ui.journal.internal.JournalTable.CellUpdate;
import org.ejournal.ui.journal.internal.JournalTable.Column;
import org.ejournal.ui.journal.internal.JournalTable.Kind;
import org.ejournal.ui.journal.internal.JournalTable.Row;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Посещаемость класса»: the class teacher's week over all subjects of the class. Rows are the students,
 * columns every lesson of the week; a cell shows the absence code. Typing another code over it sets the
 * reason ("Н" → "Б" when a certificate comes), Delete says the student was there after all, a right click
 * (or «Причина…») opens the reason text and the cell's history. Writes go through
 * {@link JournalWriteService#setAbsenceReason}, which asks the access policy ({@code CLASS_ATTENDANCE_MANAGE}).
 */
public class ClassAttendanceView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<RosterService> roster;
    private final transient Supplier<JournalWriteService> writer;
    private final transient Supplier<LocalDate> today;
    private final transient Supplier<String> address;

    private final Select<SchoolClassSummary> classSelect = new Select<>();
    private final Span weekLabel = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button reasonButton = new Button();
    private final Span status = new Span();
    private final Div holder = new Div();
    private final JournalTable table = new JournalTable();
    private final CellHistoryDialog historyDialog;

    private LocalDate monday;
    private transient ClassAttendanceWeek week;
    private final transient Map<String, AttendanceCell> cells = new HashMap<>();
    private final transient Deque<int[]> undoCells = new ArrayDeque<>();
    private final transient Deque<String> undoTexts = new ArrayDeque<>();

    public ClassAttendanceView() {
        this(ViewSupport::actor, () -> ViewSupport.service(ClassAttendanceView.class, RosterService.class),
                () -> ViewSupport.findService(ClassAttendanceView.class, JournalWriteService.class).orElse(null),
                LocalDate::now, JournalView::clientAddress);
    }

    ClassAttendanceView(Supplier<Actor> actor, Supplier<RosterService> roster, Supplier<JournalWriteService> writer,
                        Supplier<LocalDate> today, Supplier<String> address) {
        this.actor = actor;
        this.roster = roster;
        this.writer = writer;
        this.today = today;
        this.address = address;
        setId("class-attendance-view");
        setSizeFull();
        classSelect.setId("attendance-class");
        classSelect.setItemLabelGenerator(SchoolClassSummary::name);
        classSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showWeek();
            }
        });
        weekLabel.setId("attendance-week");
        previous.setId("attendance-previous");
        previous.addClickListener(e -> {
            monday = monday.minusWeeks(1);
            showWeek();
        });
        next.setId("attendance-next");
        next.addClickListener(e -> {
            monday = monday.plusWeeks(1);
            showWeek();
        });
        reasonButton.setId("attendance-reason");
        reasonButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reasonButton.addClickListener(e -> table.historyOfActiveCell());
        status.setId("attendance-status");
        status.addClassName("ej-save-status");
        holder.setWidthFull();
        table.setId("attendance-grid");
        table.setHistoryEnabled(true);
        table.setHandler(new Editing());
        historyDialog = new CellHistoryDialog(actor, writer);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (monday == null) {
            build();
        }
    }

    /** Builds the page: the classes the actor keeps attendance of, this week. */
    void build() {
        removeAll();
        monday = today.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        add(new H2(getTranslation("journal.attendance.title")));
        List<SchoolClassSummary> classes;
        try {
            classes = myClasses(actor.get(), roster.get().classes(actor.get()));
        } catch (EJournalException e) {
            add(JournalView.errorMessage(this, e));
            return;
        }
        if (classes.isEmpty()) {
            add(JournalView.message("attendance-no-classes", getTranslation("journal.attendance.noClasses")));
            return;
        }
        classSelect.setLabel(getTranslation("journal.attendance.class"));
        previous.setText(getTranslation("journal.attendance.previous"));
        next.setText(getTranslation("journal.attendance.next"));
        reasonButton.setText(getTranslation("journal.attendance.setReason"));
        HorizontalLayout top = new HorizontalLayout(classSelect, previous, weekLabel, next, reasonButton, status);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph keys = new Paragraph(getTranslation("journal.attendance.keys"));
        keys.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "0");
        add(top, keys, holder);
        classSelect.setItems(classes);
        classSelect.setValue(classes.get(0));
    }

    /** The class teacher's own classes; all classes for the administration and the municipal specialist. */
    static List<SchoolClassSummary> myClasses(Actor actor, List<SchoolClassSummary> visible) {
        if (actor.hasAny(Role.DEPUTY_DIRECTOR, Role.DIRECTOR, Role.MUNICIPAL)) {
            return visible;
        }
        return visible.stream().filter(c -> c.classTeacherId() != null && c.classTeacherId().equals(actor.staffId()))
                .toList();
    }

    void showWeek() {
        holder.removeAll();
        cells.clear();
        undoCells.clear();
        undoTexts.clear();
        status.setText("");
        weekLabel.setText(getTranslation("journal.attendance.week", monday.format(DAY_MONTH),
                monday.plusDays(6).format(DAY_MONTH)));
        JournalWriteService w = writer.get();
        if (w == null) {
            holder.add(new Paragraph(getTranslation("error.serviceUnavailable", "JournalWriteService")));
            return;
        }
        try {
            week = w.classAttendanceWeek(actor.get(), classSelect.getValue().id(), monday);
        } catch (EJournalException e) {
            week = null;
            holder.add(JournalView.errorMessage(this, e));
            return;
        }
        for (AttendanceCell a : week.absences()) {
            cells.put(a.lessonId() + ":" + a.studentId(), a);
        }
        Locale locale = getLocale();
        List<Column> columns = new ArrayList<>();
        for (WeekLesson l : week.lessons()) {
            String day = l.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
            String title = l.date().format(JournalView.FULL_DATE) + ", " + l.lessonNumber() + " · " + l.subjectName()
                    + (l.subgroupName().isBlank() ? "" : " (" + l.subgroupName() + ")") + " · " + l.teacherName();
            columns.add(new Column("lesson-" + l.lessonId(), day + " " + l.date().format(DAY_MONTH),
                    l.lessonNumber() + " " + shortName(l.subjectName()), title, Kind.CELL));
        }
        List<Row> rows = new ArrayList<>();
        Cell[][] data = new Cell[week.students().size()][columns.size()];
        for (int r = 0; r < week.students().size(); r++) {
            StudentSummary s = week.students().get(r);
            rows.add(new Row(s.id(), s.name().full()));
            for (int c = 0; c < columns.size(); c++) {
                AttendanceCell a = cells.get(week.lessons().get(c).lessonId() + ":" + s.id());
                data[r][c] = a == null ? Cell.EMPTY : new Cell(a.code(), "", a.reason().isBlank() ? null : a.reason());
            }
        }
        table.setEditable(true);
        table.show(columns, rows, data);
        holder.add(table);
        if (week.lessons().isEmpty()) {
            holder.add(JournalView.message("attendance-no-lessons", getTranslation("journal.attendance.noLessons")));
        }
    }

    static String shortName(String subject) {
        return subject.length() <= 5 ? subject : subject.substring(0, 4) + ".";
    }

    private AttendanceCell cell(int r, int c) {
        return cells.get(week.lessons().get(c).lessonId() + ":" + week.students().get(r).id());
    }

    /** Typing in the week: codes only. */
    final class Editing implements JournalTable.Handler {

        @Override
        public List<CellUpdate> edit(int row, int col, String text) {
            return write(row, col, text, null, true);
        }

        @Override
        public List<CellUpdate> undo() {
            int[] last = undoCells.pollFirst();
            if (last == null) {
                status.setText(getTranslation("journal.undo.nothing"));
                return List.of();
            }
            return write(last[0], last[1], undoTexts.pollFirst(), null, false);
        }

        @Override
        public void history(int row, int col) {
            openReason(row, col);
        }

        @Override
        public void header(int col) {
            // the lesson belongs to its teacher's journal; nothing to open here
        }
    }

    List<CellUpdate> write(int r, int c, String text, String reason, boolean recordUndo) {
        if (week == null) {
            return List.of();
        }
        List<String> codes = week.codes().stream().map(AttendanceCodeInfo::code).toList();
        Optional<CellInput> in = CellInput.parse(text, codes);
        if (in.isEmpty() || !in.get().mark().isEmpty()) {
            return refused(r, c, text, getTranslation("journal.attendance.onlyCodes"));
        }
        String code = in.get().code();
        AttendanceCell before = cell(r, c);
        String beforeCode = before == null ? "" : before.code();
        if (code.equals(beforeCode) && reason == null) {
            return List.of(new CellUpdate(r, c, code, "", null, null));
        }
        long lessonId = week.lessons().get(c).lessonId();
        long studentId = week.students().get(r).id();
        int version = before == null ? MarkCell.EMPTY_VERSION : before.version();
        try {
            AttendanceCell now = code.isEmpty()
                    ? writer.get().clearAttendance(actor.get(), address.get(), lessonId, studentId, version).state()
                    : writer.get().setAbsenceReason(actor.get(), address.get(), lessonId, studentId, code, reason,
                            version).state();
            cells.put(lessonId + ":" + studentId, now);
            if (recordUndo && !code.equals(beforeCode)) {
                undoCells.push(new int[] {r, c});
                undoTexts.push(beforeCode);
            }
            status.setText(getTranslation("journal.saved", java.time.LocalTime.now().format(JournalSheet.TIME)));
            return List.of(new CellUpdate(r, c, now.code(), "saved", now.reason().isBlank() ? null : now.reason(),
                    null));
        } catch (JournalConflictException e) {
            if (e.current() instanceof AttendanceCell a) {
                cells.put(lessonId + ":" + studentId, a);
            }
            String message = getTranslation("journal.cell.conflict", e.changedBy().isBlank()
                    ? getTranslation("journal.cell.someoneElse") : e.changedBy(),
                    e.currentValue().isEmpty() ? "—" : e.currentValue(), text);
            status.setText(message);
            return List.of(new CellUpdate(r, c, e.currentValue(), "conflict", message, null));
        } catch (EJournalException e) {
            String message = e instanceof JournalRuleException rule && !rule.verdict().text().isBlank()
                    ? rule.verdict().text() : getTranslation(e.messageKey(), e.arguments());
            return refused(r, c, text, message);
        }
    }

    private List<CellUpdate> refused(int r, int c, String text, String message) {
        status.setText(getTranslation("journal.notSaved", message));
        return List.of(new CellUpdate(r, c, text, "error", message, null));
    }

    /** The reason dialog of a cell: code, reason text, and the cell's history. */
    void openReason(int r, int c) {
        AttendanceCell current = cell(r, c);
        WeekLesson lesson = week.lessons().get(c);
        StudentSummary student = week.students().get(r);
        Dialog dialog = new Dialog();
        dialog.setId("attendance-reason-dialog");
        dialog.setHeaderTitle(student.name().full() + " · " + lesson.date().format(JournalView.FULL_DATE) + ", "
                + lesson.lessonNumber() + " · " + lesson.subjectName());
        Select<String> code = new Select<>();
        code.setId("attendance-reason-code");
        code.setLabel(getTranslation("journal.attendance.codeLabel"));
        code.setItems(week.codes().stream().map(AttendanceCodeInfo::code).toList());
        code.setItemLabelGenerator(k -> week.codes().stream().filter(i -> i.code().equals(k)).findFirst()
                .map(i -> i.code() + " — " + i.name()).orElse(k));
        if (current != null && !current.code().isEmpty()) {
            code.setValue(current.code());
        }
        TextField reason = new TextField(getTranslation("journal.attendance.reasonLabel"));
        reason.setId("attendance-reason-text");
        reason.setWidthFull();
        reason.setValue(current == null ? "" : current.reason());
        Paragraph message = new Paragraph();
        message.setId("attendance-reason-message");
        Button save = new Button(getTranslation("journal.attendance.saveReason"), e -> {
            List<CellUpdate> updates = write(r, c, code.getValue() == null ? "" : code.getValue(), reason.getValue(),
                    true);
            table.push(updates);
            CellUpdate u = updates.isEmpty() ? null : updates.get(0);
            if (u != null && "saved".equals(u.state())) {
                dialog.close();
            } else if (u != null) {
                message.setText(u.message());
                message.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        });
        save.setId("attendance-reason-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button history = new Button(getTranslation("journal.history"), e -> {
            dialog.close();
            historyDialog.open(lesson.lessonId(), null, student.id(), dialog.getHeaderTitle());
        });
        history.setId("attendance-reason-history");
        Button close = new Button(getTranslation("journal.close"), e -> dialog.close());
        dialog.add(new VerticalLayout(code, reason, message));
        dialog.getFooter().add(history, close, save);
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.attendance.title");
    }

    // For tests.
    JournalTable table() {
        return table;
    }

    Select<SchoolClassSummary> classSelect() {
        return classSelect;
    }

    Span status() {
        return status;
    }

    LocalDate monday() {
        return monday;
    }
}
