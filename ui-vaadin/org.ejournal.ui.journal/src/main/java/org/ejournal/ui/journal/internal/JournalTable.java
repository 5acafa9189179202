package org.ejournal.ui.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

/**
 * The journal as one plain HTML table (no component per cell, so 35 × 70 renders at once) with a small
 * script for spreadsheet-like entry: arrows, Tab and Enter move; typing opens the cell with that
 * character; Enter/Tab/arrows write it; Delete clears; Ctrl+Z undoes; a column pasted from Excel fills
 * down; a right click asks for the cell's history; a click on a column header opens the lesson.
 *
 * <p>The table knows nothing of services: it asks its {@link Handler}, whose answer is the list of cells
 * to redraw (the edited cell with its state, plus e.g. the lesson's other work columns and the average).
 * Cells are addressed by row index and column index (0-based over {@link #columns()}).
 *
 * <p>Hooks for browser tests: host {@code #journal-grid}; student names {@code .journal-student-name}
 * ({@code #journal-student-{id}}); cells {@code td.journal-cell} with id {@code journal-cell-{studentId}-{col}}
 * (set by the script); final marks {@code td.journal-final} ({@code #journal-final-{studentId}}); averages
 * {@code td.journal-average}; states {@code ej-saving}, {@code ej-saved}, {@code ej-error},
 * {@code ej-conflict}; the message near the active cell {@code .ej-bubble}; the lesson line
 * {@code #journal-lesson-details}.
 */
@Tag("div")
public class JournalTable extends Component {
    private static final long serialVersionUID = 1L;

    private static final String SCRIPT = resource("journal-table.js");
    private static final String STYLE = resource("journal-table.css");

    /** What a column is. */
    public enum Kind {
        /** a lesson or work: navigable, editable when the table is */
        CELL,
        /** shown only (the weighted average) */
        INFO,
        /** the period's final mark: navigable, editable when the table is */
        FINAL
    }

    /**
     * A column: two header lines (date and work type), the title shown on hover and in the lesson line.
     */
    public record Column(String key, String top, String bottom, String title, Kind kind) {
    }

    /** A row: the student. */
    public record Row(long studentId, String name) {
    }

    /** What a cell shows: its text and its classes (besides the column's own class). */
    public record Cell(String text, String classes, String message) {
        public static final Cell EMPTY = new Cell("", "", null);

        public Cell {
            text = text == null ? "" : text;
            classes = classes == null ? "" : classes;
        }

        public static Cell of(String text) {
            return new Cell(text, "", null);
        }
    }

    /**
     * A cell to redraw: its text, a state ({@code saving}, {@code saved}, {@code error}, {@code conflict}
     * or empty), a message shown near it, and its classes when they change ({@code null}: keep).
     */
    public record CellUpdate(int row, int col, String text, String state, String message, String classes) {
        public static CellUpdate saved(int row, int col, String text) {
            return new CellUpdate(row, col, text, "saved", null, null);
        }

        public static CellUpdate info(int row, int col, String text) {
            return new CellUpdate(row, col, text, "", null, null);
        }

        /** A shown-only cell with its text on hover (the suggestion's reasons). */
        public static CellUpdate info(int row, int col, String text, String title) {
            return new CellUpdate(row, col, text, "", title, null);
        }
    }

    /** Answers the table's requests. */
    public interface Handler {
        /** The user wrote {@code text} into a cell (empty: cleared). @return cells to redraw */
        List<CellUpdate> edit(int row, int col, String text);

        /** Ctrl+Z: undo the user's last change. @return cells to redraw */
        List<CellUpdate> undo();

        /** The history of a cell was asked for. */
        void history(int row, int col);

        /** A column header was clicked. */
        void header(int col);
    }

    private List<Column> columns = List.of();
    private List<Row> rows = List.of();
    private Cell[][] cells = new Cell[0][0];
    private String[][] stateOf = new String[0][0];
    private boolean editable;
    private transient Handler handler;

    public JournalTable() {
        setId("journal-grid");
        getElement().getClassList().add("ej-table-host");
    }

    public void setHandler(Handler handler) {
        this.handler = handler;
    }

    /** Whether typing writes (the teacher's journal) or not (the class journal, read-only). */
    public void setEditable(boolean editable) {
        this.editable = editable;
        getElement().setAttribute("data-editable", Boolean.toString(editable));
    }

    /** Whether a right click asks for the cell's history. */
    public void setHistoryEnabled(boolean enabled) {
        getElement().setAttribute("data-history", Boolean.toString(enabled));
    }

    public boolean isEditable() {
        return editable;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Add-ons ship no themes: the table's styles go into the page once.
        attachEvent.getUI().getPage().executeJs("""
                if (!document.getElementById('ejournal-journal-table-style')) {
                  const s = document.createElement('style');
                  s.id = 'ejournal-journal-table-style';
                  s.textContent = $0;
                  document.head.appendChild(s);
                }""", STYLE);
    }

    /** Shows a new table; {@code cells[row][col]} aligned with {@code columns}. */
    public void show(List<Column> columns, List<Row> rows, Cell[][] cells) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.cells = new Cell[rows.size()][columns.size()];
        this.stateOf = new String[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = cells[r][c];
                this.cells[r][c] = cell == null ? Cell.EMPTY : cell;
                this.stateOf[r][c] = "";
            }
        }
        getElement().setProperty("innerHTML", html());
        getElement().executeJs(SCRIPT);
    }

    /** Redraws cells after a change made outside the table (undo from a button, a dialog). */
    public void push(List<CellUpdate> updates) {
        remember(updates);
        getElement().executeJs("this.ejApply && this.ejApply($0)", json(updates));
    }

    /** Asks the browser for the history of its active cell (the toolbar button). */
    public void historyOfActiveCell() {
        getElement().executeJs("this.ejHistory && this.ejHistory()");
    }

    @ClientCallable
    private JsonArray edit(int row, int col, String text) {
        return json(typed(row, col, text));
    }

    @ClientCallable
    private JsonArray undo() {
        return json(undoPressed());
    }

    /** What the script's {@code undo} (Ctrl+Z) does on the server; also the entry point of view tests. */
    List<CellUpdate> undoPressed() {
        if (handler == null || !editable) {
            return List.of();
        }
        List<CellUpdate> updates = handler.undo();
        remember(updates);
        return updates;
    }

    @ClientCallable
    private void history(int row, int col) {
        if (handler != null && inRange(row, col)) {
            handler.history(row, col);
        }
    }

    @ClientCallable
    private void header(int col) {
        if (handler != null && col >= 0 && col < columns.size()) {
            handler.header(col);
        }
    }

    /** What the script's {@code edit} does on the server; also the entry point of view tests. */
    List<CellUpdate> typed(int row, int col, String text) {
        if (handler == null || !editable || !inRange(row, col) || columns.get(col).kind() == Kind.INFO) {
            return List.of();
        }
        List<CellUpdate> updates = handler.edit(row, col, text == null ? "" : text.trim());
        remember(updates);
        return updates;
    }

    private boolean inRange(int row, int col) {
        return row >= 0 && row < rows.size() && col >= 0 && col < columns.size();
    }

    private void remember(List<CellUpdate> updates) {
        for (CellUpdate u : updates) {
            if (inRange(u.row(), u.col())) {
                Cell old = cells[u.row()][u.col()];
                cells[u.row()][u.col()] = new Cell(u.text(), u.classes() == null ? old.classes() : u.classes(),
                        u.message());
                stateOf[u.row()][u.col()] = u.state() == null ? "" : u.state();
            }
        }
    }

    private static JsonArray json(List<CellUpdate> updates) {
        JsonArray array = Json.createArray();
        for (CellUpdate u : updates) {
            JsonObject o = Json.createObject();
            o.put("r", u.row());
            o.put("c", u.col());
            o.put("t", u.text() == null ? "" : u.text());
            o.put("s", u.state() == null ? "" : u.state());
            if (u.message() != null) {
                o.put("m", u.message());
            }
            if (u.classes() != null) {
                o.put("k", u.classes());
            }
            array.set(array.length(), o);
        }
        return array;
    }

    // --- rendering ---

    String html() {
        StringBuilder b = new StringBuilder(64 * (rows.size() + 2) * (columns.size() + 3));
        b.append("<div class=\"ej-scroll\"><table class=\"ej-table\"><thead><tr>")
                .append("<th class=\"ej-num\">").append(escape(getTranslation("journal.column.number")))
                .append("</th><th class=\"ej-name\">").append(escape(getTranslation("journal.column.student")))
                .append("</th>");
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            b.append("<th");
            if (col.kind() != Kind.INFO) {
                b.append(" data-c=\"").append(c).append('"');
            }
            b.append(" data-key=\"").append(escape(col.key())).append("\" class=\"journal-column-header\"");
            if (col.title() != null && !col.title().isEmpty()) {
                b.append(" title=\"").append(escape(col.title())).append('"');
            }
            b.append("><span class=\"journal-column-date\">").append(escape(col.top())).append("</span>");
            if (col.bottom() != null && !col.bottom().isEmpty()) {
                b.append("<span class=\"journal-column-work\">").append(escape(col.bottom())).append("</span>");
            }
            b.append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            b.append("<tr data-r=\"").append(r).append("\" data-sid=\"").append(row.studentId()).append("\">")
                    .append("<td class=\"ej-num\">").append(r + 1).append("</td>")
                    .append("<td class=\"ej-name\"><span class=\"journal-student-name\" id=\"journal-student-")
                    .append(row.studentId()).append("\">").append(escape(row.name())).append("</span></td>");
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                Cell cell = cells[r][c];
                b.append("<td ");
                b.append(col.kind() == Kind.INFO ? "data-i=\"" : "data-c=\"").append(c).append("\" class=\"")
                        .append(classesOf(col, cell)).append('"');
                if (cell.message() != null) {
                    String m = escape(cell.message());
                    b.append(" title=\"").append(m).append('"');
                    if (col.kind() != Kind.INFO) {
                        b.append(" data-msg=\"").append(m).append('"');
                    }
                }
                b.append('>').append(escape(cell.text())).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div><div class=\"ej-bubble\" hidden></div>")
                .append("<div class=\"ej-line\" id=\"journal-lesson-details\"></div>");
        return b.toString();
    }

    /** The classes of a cell: the column's own ({@code journal-cell}…) and the cell's. */
    static String classesOf(Column col, Cell cell) {
        String base = switch (col.kind()) {
            case CELL -> "journal-cell";
            case INFO -> "journal-average";
            case FINAL -> "journal-final";
        };
        return cell.classes().isEmpty() ? base : base + " " + cell.classes();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String resource(String name) {
        try (InputStream in = JournalTable.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- for views and tests ---

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The text a cell shows now (after the changes pushed since {@link #show}). */
    public String text(int row, int col) {
        return cells[row][col].text();
    }

    /** The state of a cell ({@code saved}, {@code error}, {@code conflict}, or empty). */
    public String state(int row, int col) {
        return stateOf[row][col];
    }

    /** The message shown near a cell, or {@code null}. */
    public String message(int row, int col) {
        return cells[row][col].message();
    }

    public String classes(int row, int col) {
        return cells[row][col].classes();
    }

    /** The column index of a key, or -1. */
    public int columnIndex(String key) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(key)) {
                return c;
            }
        }
        return -1;
    }

    /** The row index of a student, or -1. */
    public int rowIndex(long studentId) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).studentId() == studentId) {
                return r;
            }
        }
        return -1;
    }

    static List<CellUpdate> list(CellUpdate... updates) {
        return new ArrayList<>(List.of(updates));
    }
}
