package org.ejournal.ui.journal.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.finalmark.EntryWindow;
import org.ejournal.api.finalmark.FinalMarkConflictException;
import org.ejournal.api.finalmark.FinalMarkRow;
import org.ejournal.api.finalmark.FinalMarkService;
import org.ejournal.api.finalmark.FinalMarkSheet;
import org.ejournal.api.finalmark.FinalMarkSuggestion;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.JournalRow;
import org.ejournal.api.journal.AttendanceCell;
import org.ejournal.api.journal.AttendanceCodeInfo;
import org.ejournal.api.journal.FivePointScale;
import org.ejournal.api.journal.GradingScale;
import org.ejournal.api.journal.JournalConflictException;
import org.ejournal.api.journal.JournalEditState;
import org.ejournal.api.journal.JournalRuleException;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.api.journal.RuleVerdict;
import org.ejournal.api.journal.WeightedAverage;
import org.ejournal.api.journal.WorkInfo;
import org.ejournal.api.journal.WorkTypeInfo;
import org.ejournal.api.journal.WriteResult;
import org.ejournal.ui.journal.internal.JournalTable.Cell;
import org.ejournal.ui.journal.internal.JournalTable.CellUpdate;
import org.ejournal.ui.journal.internal.JournalTable.Column;
import org.ejournal.ui.journal.internal.JournalTable.Kind;
import org.ejournal.ui.journal.internal.JournalTable.Row;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * One assignment's journal for one period as the teacher edits it: the cells with the versions she saw,
 * what typing into a cell writes through the services (marks and attendance through
 * {@link JournalWriteService}, the «Итоговые отметки» column through {@link FinalMarkService}), and the
 * undo stack. Every refusal becomes a translated message next to the cell; a conflict shows what is
 * stored now and who changed it, and the next entry writes over it on purpose.
 *
 * <p>The table's columns: one per lesson or work (as the gradebook gives them), «Ср.» (weighted average),
 * and, when the final-marks service runs, «Прогн.» (suggested) and the period's final mark.
 */
final class JournalSheet implements JournalTable.Handler {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What a save did, for the status line above the table. */
    record Status(String state, String text) {
    }

    /** Who writes, from where, through which services; the view's callbacks. */
    record Context(Supplier<Actor> actor, Supplier<String> address, Supplier<JournalWriteService> writer,
                   Supplier<FinalMarkService> finals, Component i18n, Consumer<Status> status,
                   HistoryOpener history, Consumer<Long> lessonOpener) {
    }

    /** Opens the history of a cell. */
    interface HistoryOpener {
        void open(long lessonId, Long workId, long studentId, String title);
    }

    /** A lesson/work column with the work the marks go to. */
    static final class LessonCol {
        final JournalColumn source;
        final long lessonId;
        Long workId;
        int weight;

        LessonCol(JournalColumn source) {
            this.source = source;
            this.lessonId = source.lessonId();
            this.workId = source.workId();
            this.weight = source.weight();
        }
    }

    private record Undo(int row, int col, String text) {
    }

    private record CellKey(long a, long studentId) {
    }

    private final Context ctx;
    private final JournalGrid grid;
    private final JournalEditState state;
    private final FinalMarkSheet finalSheet;
    private final GradingScale scale;
    private final List<LessonCol> lessonCols = new ArrayList<>();
    private final List<Long> students = new ArrayList<>();
    private final boolean[][] enrolled;
    private final Map<CellKey, MarkCell> marks = new HashMap<>();
    private final Map<CellKey, AttendanceCell> attendance = new HashMap<>();
    private final Map<Long, FinalMarkRow> finalRows = new HashMap<>();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final int averageCol;
    private final int suggestionCol;
    private final int finalCol;

    /**
     * @param state      the edit state, or {@code null} when the actor only reads (or the journal service is
     *                   not running): the sheet is then read-only
     * @param finalSheet the final-mark sheet of the period, or {@code null} when there is none
     */
    JournalSheet(Context ctx, JournalGrid grid, JournalEditState state, FinalMarkSheet finalSheet,
                 GradingScale scale) {
        this.ctx = ctx;
        this.grid = grid;
        this.state = state;
        this.finalSheet = finalSheet;
        this.scale = scale == null ? new FivePointScale() : scale;
        for (JournalColumn c : grid.columns()) {
            lessonCols.add(new LessonCol(c));
        }
        enrolled = new boolean[grid.rows().size()][lessonCols.size()];
        for (int r = 0; r < grid.rows().size(); r++) {
            JournalRow row = grid.rows().get(r);
            students.add(row.student().id());
            for (int c = 0; c < lessonCols.size(); c++) {
                enrolled[r][c] = row.cells().get(c).enrolled();
            }
        }
        if (state != null) {
            for (MarkCell m : state.marks()) {
                marks.put(new CellKey(m.workId(), m.studentId()), m);
            }
            for (AttendanceCell a : state.attendance()) {
                attendance.put(new CellKey(a.lessonId(), a.studentId()), a);
            }
        }
        if (finalSheet != null) {
            for (FinalMarkRow row : finalSheet.rows()) {
                finalRows.put(row.student().id(), row);
            }
        }
        averageCol = lessonCols.size();
        suggestionCol = finalSheet == null ? -1 : averageCol + 1;
        finalCol = finalSheet == null ? -1 : averageCol + 2;
    }

    boolean editable() {
        return state != null && (!state.writableLessons().isEmpty() || finalWritable());
    }

    boolean finalWritable() {
        return state != null && finalSheet != null && finalSheet.mayWrite() && finalSheet.window().isOpen();
    }

    // --- what the table shows -----------------------------------------------------------------------

    List<Column> columns() {
        List<Column> cols = new ArrayList<>();
        for (LessonCol c : lessonCols) {
            JournalColumn s = c.source;
            cols.add(new Column(JournalView.columnKey(s), s.date().format(JournalView.DAY_MONTH),
                    workTypeShort(s.workType()), describe(s), Kind.CELL));
        }
        cols.add(new Column("average", t("journal.column.average"), "", t("journal.column.average.tooltip"),
                Kind.INFO));
        if (finalSheet != null) {
            cols.add(new Column("suggested", t("journal.column.suggested"), "",
                    t("journal.column.suggested.tooltip"), Kind.INFO));
            cols.add(new Column("final", t("journal.column.final"), finalSheet.periodName(), finalTitle(),
                    Kind.FINAL));
        }
        return cols;
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (JournalRow r : grid.rows()) {
            rows.add(new Row(r.student().id(), r.student().name().full()));
        }
        return rows;
    }

    Cell[][] cells() {
        int width = averageCol + 1 + (finalSheet == null ? 0 : 2);
        Cell[][] cells = new Cell[students.size()][width];
        for (int r = 0; r < students.size(); r++) {
            for (int c = 0; c < lessonCols.size(); c++) {
                cells[r][c] = lessonCell(r, c);
            }
            cells[r][averageCol] = Cell.of(average(r));
            if (finalSheet != null) {
                FinalMarkRow row = finalRows.get(students.get(r));
                cells[r][suggestionCol] = new Cell(suggestion(row), "", suggestionTitle(row));
                cells[r][finalCol] = finalCell(row);
            }
        }
        return cells;
    }

    private Cell lessonCell(int r, int c) {
        if (!enrolled[r][c]) {
            return new Cell(text(r, c), "journal-cell-not-enrolled ej-ro", t("journal.cell.notEnrolled"));
        }
        LessonCol col = lessonCols.get(c);
        boolean writable = state != null && state.writableLessons().contains(col.lessonId);
        String code = code(col.lessonId, students.get(r));
        String title = code.isEmpty() ? null : codeName(code);
        return new Cell(text(r, c), writable ? "" : "ej-ro", title);
    }

    private Cell finalCell(FinalMarkRow row) {
        String value = row == null || row.value() == null ? "" : row.value();
        if (row == null) {
            return new Cell("", "ej-ro ej-locked", t("journal.final.notOnRoster"));
        }
        if (finalWritable()) {
            return Cell.of(value);
        }
        return new Cell(value, "ej-ro ej-locked", finalLockedMessage());
    }

    /** The cell's text from the stored state (or the gradebook's cell when read-only). */
    String text(int r, int c) {
        LessonCol col = lessonCols.get(c);
        long sid = students.get(r);
        if (state == null) {
            JournalCell cell = grid.rows().get(r).cells().get(c);
            return cell.display();
        }
        return CellInput.display(markValue(col, sid), code(col.lessonId, sid));
    }

    private String markValue(LessonCol col, long sid) {
        if (col.workId == null) {
            return "";
        }
        MarkCell m = marks.get(new CellKey(col.workId, sid));
        return m == null ? "" : m.value();
    }

    private int markVersion(LessonCol col, long sid) {
        MarkCell m = col.workId == null ? null : marks.get(new CellKey(col.workId, sid));
        return m == null ? MarkCell.EMPTY_VERSION : m.version();
    }

    private String code(long lessonId, long sid) {
        AttendanceCell a = attendance.get(new CellKey(lessonId, sid));
        return a == null ? "" : a.code();
    }

    private int attendanceVersion(long lessonId, long sid) {
        AttendanceCell a = attendance.get(new CellKey(lessonId, sid));
        return a == null ? MarkCell.EMPTY_VERSION : a.version();
    }

    String average(int r) {
        OptionalDouble avg;
        if (state == null) {
            avg = WeightedAverage.of(scale, grid.columns(), grid.rows().get(r).cells());
        } else {
            List<WeightedAverage.Entry> entries = new ArrayList<>();
            for (LessonCol col : lessonCols) {
                String v = markValue(col, students.get(r));
                if (!v.isEmpty()) {
                    entries.add(new WeightedAverage.Entry(v, col.weight));
                }
            }
            avg = WeightedAverage.of(scale, entries);
        }
        return JournalView.formatAverage(avg, locale());
    }

    // --- editing ------------------------------------------------------------------------------------

    @Override
    public List<CellUpdate> edit(int row, int col, String text) {
        return write(row, col, text, true);
    }

    @Override
    public List<CellUpdate> undo() {
        Undo last = undo.pollFirst();
        if (last == null) {
            ctx.status().accept(new Status("", t("journal.undo.nothing")));
            return List.of();
        }
        List<CellUpdate> updates = write(last.row(), last.col(), last.text(), false);
        CellUpdate own = updates.isEmpty() ? null : updates.get(0);
        if (own != null && "saved".equals(own.state())) {
            ctx.status().accept(new Status("saved", t("journal.undo.done", last.text().isEmpty() ? "—" : last.text())));
        }
        return updates;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    @Override
    public void history(int row, int col) {
        if (col < lessonCols.size()) {
            LessonCol c = lessonCols.get(col);
            ctx.history().open(c.lessonId, c.workId, students.get(row),
                    grid.rows().get(row).student().name().full() + " · " + describe(c.source));
        } else if (col == finalCol) {
            FinalMarkRow r = finalRows.get(students.get(row));
            String when = r == null || r.changedAt() == null ? "—"
                    : r.changedAt().format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
            ctx.status().accept(new Status("", t("journal.final.history",
                    r == null || r.value() == null ? "—" : r.value(), when)));
        }
    }

    @Override
    public void header(int col) {
        if (col >= 0 && col < lessonCols.size()) {
            ctx.lessonOpener().accept(lessonCols.get(col).lessonId);
        }
    }

    private List<CellUpdate> write(int r, int c, String text, boolean recordUndo) {
        if (state == null) {
            return List.of();
        }
        if (c == finalCol) {
            return writeFinal(r, c, text, recordUndo);
        }
        if (c >= lessonCols.size()) {
            return List.of();
        }
        LessonCol col = lessonCols.get(c);
        long sid = students.get(r);
        if (!enrolled[r][c]) {
            return refused(r, c, text, t("journal.cell.notEnrolled"));
        }
        if (!state.writableLessons().contains(col.lessonId)) {
            return refused(r, c, text, t("journal.cell.notWritable"));
        }
        Optional<CellInput> parsed = CellInput.parse(text,
                state.attendanceCodes().stream().map(AttendanceCodeInfo::code).toList());
        if (parsed.isEmpty()) {
            return refused(r, c, text, t("journal.cell.twoCodes"));
        }
        CellInput in = parsed.get();
        String before = text(r, c);
        String oldMark = markValue(col, sid);
        String oldCode = code(col.lessonId, sid);
        List<String> warnings = new ArrayList<>();
        JournalWriteService writer = ctx.writer().get();
        Actor actor = ctx.actor().get();
        String address = ctx.address().get();
        try {
            if (!in.mark().equals(oldMark)) {
                if (in.mark().isEmpty()) {
                    storeMark(col, writer.clearMark(actor, address, col.workId, sid, markVersion(col, sid)), warnings);
                } else {
                    boolean added = false;
                    if (col.workId == null) {
                        // The first mark of a lesson without works: it becomes an answer in class.
                        WorkInfo work = writer.addWork(actor, address, col.lessonId, defaultWorkType(), "").state();
                        col.workId = work.workId();
                        col.weight = work.weight();
                        added = true;
                    }
                    try {
                        storeMark(col, writer.setMark(actor, address, col.workId, sid, in.mark(),
                                markVersion(col, sid)), warnings);
                    } catch (RuntimeException e) {
                        if (added) {
                            undoAddedWork(writer, actor, address, col);
                        }
                        throw e;
                    }
                }
            }
            if (!in.code().equals(oldCode)) {
                WriteResult<AttendanceCell> w = in.code().isEmpty()
                        ? writer.clearAttendance(actor, address, col.lessonId, sid, attendanceVersion(col.lessonId, sid))
                        : writer.setAttendance(actor, address, col.lessonId, sid, in.code(),
                                attendanceVersion(col.lessonId, sid));
                attendance.put(new CellKey(col.lessonId, sid), w.state());
                warnings.addAll(texts(w.warnings()));
            }
        } catch (JournalConflictException e) {
            Object current = e.current();
            if (current instanceof MarkCell m) {
                marks.put(new CellKey(m.workId(), m.studentId()), m);
            } else if (current instanceof AttendanceCell a) {
                attendance.put(new CellKey(a.lessonId(), a.studentId()), a);
            }
            String now = text(r, c);
            String message = t("journal.cell.conflict", who(e.changedBy()), now.isEmpty() ? "—" : now, text);
            ctx.status().accept(new Status("conflict", message));
            List<CellUpdate> updates = new ArrayList<>();
            updates.add(new CellUpdate(r, c, now, "conflict", message, null));
            updates.addAll(rowAfterChange(r, c));
            return updates;
        } catch (EJournalException e) {
            List<CellUpdate> updates = new ArrayList<>(refused(r, c, text, message(e)));
            updates.addAll(sameLessonAndAverage(r, c));
            return updates;
        }
        String now = text(r, c);
        if (recordUndo && !now.equals(before)) {
            undo.push(new Undo(r, c, before));
        }
        String warning = warnings.isEmpty() ? null : String.join(" ", warnings);
        ctx.status().accept(new Status("saved", warning == null
                ? t("journal.saved", java.time.LocalTime.now().format(TIME)) : warning));
        List<CellUpdate> updates = new ArrayList<>();
        updates.add(new CellUpdate(r, c, now, "saved", warning, null));
        updates.addAll(rowAfterChange(r, c));
        return updates;
    }

    private void undoAddedWork(JournalWriteService writer, Actor actor, String address, LessonCol col) {
        try {
            writer.removeWork(actor, address, col.workId);
            col.workId = null;
            col.weight = col.source.weight();
        } catch (EJournalException ignored) {
            // the work stays, empty; the teacher sees it in the lesson panel
        }
    }

    private void storeMark(LessonCol col, WriteResult<MarkCell> w, List<String> warnings) {
        MarkCell m = w.state();
        marks.put(new CellKey(col.workId, m.studentId()), m);
        warnings.addAll(texts(w.warnings()));
    }

    /**
     * After a stored change (or a conflict that showed what is stored now): the other columns of the same
     * lesson, the row's average and its suggested final mark.
     */
    private List<CellUpdate> rowAfterChange(int r, int c) {
        List<CellUpdate> updates = sameLessonAndAverage(r, c);
        if (finalSheet != null) {
            updates.add(freshSuggestion(r));
        }
        return updates;
    }

    /**
     * The row's «Прогн.» as the final-mark service suggests it now (the same policy and facts as on load:
     * the rule lives in one place). The final mark keeps the version the teacher saw, so someone else's
     * final mark meanwhile is still a conflict for her next entry.
     */
    private CellUpdate freshSuggestion(int r) {
        long sid = students.get(r);
        FinalMarkRow shown = finalRows.get(sid);
        FinalMarkRow fresh = storedFinalRow(sid);
        if (shown != null && fresh != null) {
            shown = new FinalMarkRow(shown.student(), fresh.average(), fresh.numericMarks(), fresh.lessons(),
                    fresh.missedLessons(), fresh.suggestion(), shown.value(), shown.version(), shown.overrideReason(),
                    shown.changedAt());
            finalRows.put(sid, shown);
        }
        return CellUpdate.info(r, suggestionCol, suggestion(shown), suggestionTitle(shown));
    }

    /** The other columns of the same lesson (they show the lesson's attendance) and the row's average. */
    private List<CellUpdate> sameLessonAndAverage(int r, int c) {
        List<CellUpdate> updates = new ArrayList<>();
        long lessonId = lessonCols.get(c).lessonId;
        for (int i = 0; i < lessonCols.size(); i++) {
            if (i != c && lessonCols.get(i).lessonId == lessonId && enrolled[r][i]) {
                updates.add(CellUpdate.info(r, i, text(r, i)));
            }
        }
        updates.add(CellUpdate.info(r, averageCol, average(r)));
        return updates;
    }

    private List<CellUpdate> refused(int r, int c, String typed, String message) {
        ctx.status().accept(new Status("error", t("journal.notSaved", message)));
        return new ArrayList<>(List.of(new CellUpdate(r, c, typed, "error", message, null)));
    }

    private List<CellUpdate> writeFinal(int r, int c, String text, boolean recordUndo) {
        long sid = students.get(r);
        FinalMarkRow row = finalRows.get(sid);
        if (row == null) {
            return refused(r, c, text, t("journal.final.notOnRoster"));
        }
        if (!finalWritable()) {
            return refused(r, c, text, finalLockedMessage());
        }
        String before = row.value() == null ? "" : row.value();
        String value = text == null || text.isBlank() ? null : text.strip();
        try {
            FinalMarkRow now = ctx.finals().get().set(ctx.actor().get(), ctx.address().get(),
                    finalSheet.assignment().id(), finalSheet.periodId(), sid, value, row.version());
            finalRows.put(sid, now);
            String shown = now.value() == null ? "" : now.value();
            if (recordUndo && !shown.equals(before)) {
                undo.push(new Undo(r, c, before));
            }
            ctx.status().accept(new Status("saved", t("journal.saved", java.time.LocalTime.now().format(TIME))));
            return new ArrayList<>(List.of(new CellUpdate(r, c, shown, "saved", null, null)));
        } catch (FinalMarkConflictException e) {
            String current = e.currentValue() == null ? "" : e.currentValue();
            Object[] args = e.arguments();
            String by = args.length > 1 && args[1] != null ? args[1].toString() : "";
            refreshFinalRow(sid);
            String message = t("journal.cell.conflict", who(by), current.isEmpty() ? "—" : current, text);
            ctx.status().accept(new Status("conflict", message));
            return new ArrayList<>(List.of(new CellUpdate(r, c, current, "conflict", message, null)));
        } catch (EJournalException e) {
            return refused(r, c, text, message(e));
        }
    }

    /** After a conflict: the version stored now, so the next entry overwrites on purpose. */
    private void refreshFinalRow(long sid) {
        FinalMarkRow row = storedFinalRow(sid);
        if (row != null) {
            finalRows.put(sid, row);
        }
    }

    /** The student's row of the final-mark sheet as stored now; {@code null} when it cannot be read. */
    private FinalMarkRow storedFinalRow(long sid) {
        FinalMarkService service = ctx.finals().get();
        if (service == null) {
            return null;
        }
        try {
            FinalMarkSheet fresh = service.sheet(ctx.actor().get(), finalSheet.assignment().id(),
                    finalSheet.periodId());
            for (FinalMarkRow row : fresh.rows()) {
                if (row.student().id() == sid) {
                    return row;
                }
            }
        } catch (EJournalException ignored) {
            // the next write reports whatever is wrong
        }
        return null;
    }

    // --- texts --------------------------------------------------------------------------------------

    /** A refusal as the user reads it: a rule's own text, else the translated key. */
    String message(EJournalException e) {
        if (e instanceof JournalRuleException rule) {
            return rule.verdict().text().isBlank() ? t(e.messageKey(), e.arguments()) : rule.verdict().text();
        }
        if (e instanceof AccessDeniedException || e instanceof NotFoundException) {
            return t("journal.cell.notWritable");
        }
        return t(e.messageKey(), e.arguments());
    }

    private static List<String> texts(List<RuleVerdict> verdicts) {
        return verdicts.stream().map(RuleVerdict::text).filter(s -> !s.isBlank()).toList();
    }

    private String who(String name) {
        return name == null || name.isBlank() ? t("journal.cell.someoneElse") : name;
    }

    private String defaultWorkType() {
        List<WorkTypeInfo> types = state.workTypes();
        for (WorkTypeInfo w : types) {
            if ("ANSWER".equals(w.code())) {
                return w.code();
            }
        }
        return types.isEmpty() ? "ANSWER" : types.get(0).code();
    }

    private String codeName(String code) {
        if (state != null) {
            for (AttendanceCodeInfo info : state.attendanceCodes()) {
                if (info.code().equals(code)) {
                    return info.name();
                }
            }
        }
        return code;
    }

    private String finalTitle() {
        EntryWindow w = finalSheet.window();
        return t("journal.final.tooltip", finalSheet.periodName(), w.opensOn().format(JournalView.FULL_DATE),
                w.deadline().format(JournalView.FULL_DATE));
    }

    String finalLockedMessage() {
        EntryWindow w = finalSheet.window();
        if (state == null) {
            return t("journal.readOnly");
        }
        if (!finalSheet.mayWrite()) {
            return t("journal.final.notYours");
        }
        return switch (w.state()) {
            case NOT_YET_OPEN -> t("journal.final.notYetOpen", w.opensOn().format(JournalView.FULL_DATE));
            case CLOSED -> t("journal.final.closed", w.deadline().format(JournalView.FULL_DATE));
            case OPEN -> "";
        };
    }

    private String suggestion(FinalMarkRow row) {
        FinalMarkSuggestion s = row == null ? null : row.suggestion();
        return s == null || s.value() == null ? "" : s.value();
    }

    private String suggestionTitle(FinalMarkRow row) {
        FinalMarkSuggestion s = row == null ? null : row.suggestion();
        if (s == null || s.value() == null) {
            return null;
        }
        return t("journal.suggestion." + s.basis().name(), s.value(),
                row.average() == null ? "—" : JournalView.formatAverage(OptionalDouble.of(row.average()), locale()),
                row.numericMarks(), row.missedLessons(), row.lessons());
    }

    String describe(JournalColumn column) {
        StringBuilder b = new StringBuilder(t("journal.lesson.heading", column.date().format(JournalView.FULL_DATE),
                column.lessonNumber()));
        b.append(" · ").append(t("journal.lesson.topic", orDash(column.topic())));
        b.append(" · ").append(t("journal.lesson.homework", orDash(column.homework())));
        if (column.workId() != null) {
            b.append(" · ").append(t("journal.lesson.work", workTypeLong(column.workType()), column.weight()));
        }
        return b.toString();
    }

    private String workTypeShort(String code) {
        return code == null || code.isEmpty() ? "" : translatedOr("journal.workType." + code + ".short", code);
    }

    private String workTypeLong(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        if (state != null) {
            for (WorkTypeInfo w : state.workTypes()) {
                if (w.code().equals(code)) {
                    return w.name();
                }
            }
        }
        return translatedOr("journal.workType." + code, code);
    }

    private String translatedOr(String key, String fallback) {
        String text = t(key);
        return text == null || text.isBlank() || text.contains(key) ? fallback : text;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private String t(String key, Object... args) {
        return ctx.i18n().getTranslation(key, args);
    }

    private Locale locale() {
        UI ui = ctx.i18n().getUI().orElse(UI.getCurrent());
        return ui == null || ui.getLocale() == null ? Locale.forLanguageTag("ru") : ui.getLocale();
    }

    // --- for the view and tests ---------------------------------------------------------------------

    int averageCol() {
        return averageCol;
    }

    int finalCol() {
        return finalCol;
    }

    int suggestionCol() {
        return suggestionCol;
    }

    Long lessonOf(int col) {
        return col >= 0 && col < lessonCols.size() ? lessonCols.get(col).lessonId : null;
    }

    JournalEditState state() {
        return state;
    }

    FinalMarkSheet finalSheet() {
        return finalSheet;
    }
}
