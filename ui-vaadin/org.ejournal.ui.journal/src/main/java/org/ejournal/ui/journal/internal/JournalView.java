package org.ejournal.ui.journal.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalCell;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.JournalRow;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

/**
 * «Журнал», read-only: the class journal of one teaching assignment for one study period, laid out
 * like the paper book (students down, lessons across). Route {@code journal/{assignmentId}}; without
 * an id it offers the actor's own assignments.
 *
 * <p>Stable hooks for browser tests: the grid has id {@code journal-grid}; a student name is a span
 * {@code journal-student-name} with id {@code journal-student-{studentId}}; a cell is a span
 * {@code journal-cell} (plus {@code journal-cell-not-enrolled} when greyed) with id
 * {@code journal-cell-{studentId}-{columnIndex}}; the average is {@code journal-average}. Column keys
 * are {@code lesson-{lessonId}} or {@code work-{workId}}.
 */
public class JournalView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");
    static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String NOT_ENROLLED_PART = "journal-not-enrolled";

    private final transient Supplier<Actor> actor;
    private final transient Supplier<GradebookService> gradebook;
    private final transient Supplier<LocalDate> today;

    private final H2 heading = new H2();
    private final Span teacherLine = new Span();
    private final Select<StudyPeriodSummary> periodSelect = new Select<>();
    private final Div gridHolder = new Div();
    private final Paragraph lessonDetails = new Paragraph();

    private AssignmentSummary assignment;
    private transient JournalGrid shownGrid;
    private Grid<JournalRow> grid;

    /** Used by the router: actor and service come from the session and the OSGi registry. */
    public JournalView() {
        this(ViewSupport::actor, () -> ViewSupport.service(JournalView.class, GradebookService.class),
                LocalDate::now);
    }

    /** For tests: explicit sources of the actor, the service and today's date. */
    JournalView(Supplier<Actor> actor, Supplier<GradebookService> gradebook, Supplier<LocalDate> today) {
        this.actor = actor;
        this.gradebook = gradebook;
        this.today = today;
        setId("journal-view");
        setSizeFull();
        heading.setId("journal-heading");
        teacherLine.setId("journal-teacher");
        periodSelect.setId("journal-period");
        periodSelect.setWidth("17em");
        periodSelect.setItemLabelGenerator(this::periodLabel);
        periodSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showPeriod(e.getValue());
            }
        });
        gridHolder.setId("journal-grid-holder");
        gridHolder.setWidthFull();
        lessonDetails.setId("journal-lesson-details");
        lessonDetails.addClassName("journal-lesson-details");
        lessonDetails.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long assignmentId) {
        show(assignmentId);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Cells are greyed through a grid part; a part can only be styled from the page's styles.
        attachEvent.getUI().getPage().executeJs("""
                if (!document.getElementById('ejournal-journal-style')) {
                  const s = document.createElement('style');
                  s.id = 'ejournal-journal-style';
                  s.textContent = 'vaadin-grid::part(journal-not-enrolled){background:var(--lumo-contrast-10pct);}';
                  document.head.appendChild(s);
                }""");
    }

    /** Shows the journal of the assignment, or the chooser of the actor's assignments when {@code null}. */
    void show(Long assignmentId) {
        removeAll();
        assignment = null;
        shownGrid = null;
        grid = null;
        if (assignmentId == null) {
            showChooser();
            return;
        }
        List<StudyPeriodSummary> periods;
        try {
            assignment = gradebook.get().assignment(actor.get(), assignmentId);
            periods = gradebook.get().periods(actor.get(), assignmentId);
        } catch (EJournalException e) {
            add(new H2(getTranslation("journal.title")), errorMessage(this, e));
            return;
        }
        heading.setText(assignment.title());
        teacherLine.setText(getTranslation("journal.teacher", assignment.teacherName()));
        periodSelect.setLabel(getTranslation("journal.period"));
        HorizontalLayout header = new HorizontalLayout(heading, teacherLine, periodSelect);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(teacherLine);
        add(header);
        if (periods.isEmpty()) {
            add(message("journal-no-periods", getTranslation("journal.noPeriods")));
            return;
        }
        add(gridHolder, lessonDetails);
        periodSelect.setItems(periods);
        StudyPeriodSummary initial = DefaultPeriod.choose(periods, today.get()).orElseThrow();
        if (initial.equals(periodSelect.getValue())) {
            // Same period as before (another assignment of the class, or a reload): no change event fires.
            showPeriod(initial);
        } else {
            periodSelect.setValue(initial); // the listener loads the grid
        }
    }

    private void showChooser() {
        add(new H2(getTranslation("journal.title")));
        List<AssignmentSummary> mine;
        try {
            mine = gradebook.get().myAssignments(actor.get());
        } catch (EJournalException e) {
            add(errorMessage(this, e));
            return;
        }
        if (mine.isEmpty()) {
            add(message("journal-no-assignments", getTranslation("journal.myClasses.empty")));
            return;
        }
        ComboBox<AssignmentSummary> chooser = new ComboBox<>(getTranslation("journal.chooseAssignment"));
        chooser.setId("journal-assignment-chooser");
        chooser.setItems(mine);
        chooser.setItemLabelGenerator(AssignmentSummary::title);
        chooser.setWidth("24em");
        chooser.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(JournalViewContribution.ROUTE + "/" + e.getValue().id()));
            }
        });
        add(chooser);
    }

    /** Loads and shows the grid of one period. */
    void showPeriod(StudyPeriodSummary period) {
        gridHolder.removeAll();
        lessonDetails.setText("");
        try {
            shownGrid = gradebook.get().journal(actor.get(), assignment.id(), period.id());
        } catch (EJournalException e) {
            shownGrid = null;
            grid = null;
            gridHolder.add(errorMessage(this, e));
            return;
        }
        grid = buildGrid(shownGrid);
        gridHolder.add(grid);
        if (shownGrid.columns().isEmpty()) {
            gridHolder.add(message("journal-no-lessons", getTranslation("journal.noLessons")));
        }
    }

    private Grid<JournalRow> buildGrid(JournalGrid data) {
        Grid<JournalRow> g = new Grid<>();
        g.setId("journal-grid");
        // Column widths in rem, not em: header and body cells have different font sizes, and em widths
        // would shift every header against its column.
        g.addClassName("journal-grid");
        g.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // A class fits on one page like the paper journal; no inner scrolling of rows.
        g.setAllRowsVisible(true);
        g.setWidthFull();

        Map<Long, Integer> rowNumber = new HashMap<>();
        for (int i = 0; i < data.rows().size(); i++) {
            rowNumber.put(data.rows().get(i).student().id(), i + 1);
        }
        g.addColumn(r -> rowNumber.get(r.student().id())).setKey("number")
                .setHeader(getTranslation("journal.column.number")).setWidth("3.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setFrozen(true);
        g.addColumn(LitRenderer.<JournalRow>of(
                        "<span class='journal-student-name' id='journal-student-${item.id}'>${item.name}</span>")
                        .withProperty("id", r -> r.student().id())
                        .withProperty("name", r -> r.student().name().full()))
                .setKey("student").setHeader(getTranslation("journal.column.student"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true)
                .setTooltipGenerator(r -> r.student().name().full());

        List<JournalColumn> columns = data.columns();
        for (int i = 0; i < columns.size(); i++) {
            addLessonColumn(g, columns.get(i), i);
        }

        Locale locale = getLocale();
        g.addColumn(LitRenderer.<JournalRow>of("<span class='journal-average'>${item.avg}</span>")
                        .withProperty("avg", r -> formatAverage(WeightedAverage.of(columns, r.cells()), locale)))
                .setKey("average").setHeader(headerWithTooltip(getTranslation("journal.column.average"),
                        getTranslation("journal.column.average.tooltip")))
                .setWidth("4.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setFrozenToEnd(true);

        g.addCellFocusListener(e -> e.getColumn().ifPresent(c -> {
            Integer index = columnIndex(c.getKey(), columns);
            if (index != null) {
                lessonDetails.setText(describe(columns.get(index)));
            }
        }));
        g.setItems(data.rows());
        return g;
    }

    private void addLessonColumn(Grid<JournalRow> g, JournalColumn column, int index) {
        g.addColumn(LitRenderer.<JournalRow>of(
                        "<span class='${item.cls}' id='journal-cell-${item.sid}-" + index + "'>${item.text}</span>")
                        .withProperty("sid", r -> r.student().id())
                        .withProperty("cls", r -> r.cells().get(index).enrolled()
                                ? "journal-cell" : "journal-cell journal-cell-not-enrolled")
                        .withProperty("text", r -> r.cells().get(index).display()))
                .setKey(columnKey(column))
                .setHeader(columnHeader(column))
                .setPartNameGenerator(r -> r.cells().get(index).enrolled() ? null : NOT_ENROLLED_PART)
                .setTooltipGenerator(r -> cellTooltip(r.cells().get(index)))
                .setWidth("4.2rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER);
    }

    static String columnKey(JournalColumn column) {
        return column.workId() == null ? "lesson-" + column.lessonId() : "work-" + column.workId();
    }

    private static Integer columnIndex(String key, List<JournalColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columnKey(columns.get(i)).equals(key)) {
                return i;
            }
        }
        return null;
    }

    /** Two lines, like the paper journal: the date, then the work type; details on hover. */
    private Component columnHeader(JournalColumn column) {
        Span date = new Span(column.date().format(DAY_MONTH));
        date.addClassName("journal-column-date");
        Span work = new Span(workTypeShort(column.workType()));
        work.addClassName("journal-column-work");
        Div header = new Div(date, work);
        header.addClassName("journal-column-header");
        header.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("line-height", "1.2");
        work.getStyle().set("font-size", "var(--lumo-font-size-xxs)");
        String description = describe(column);
        header.getElement().setAttribute("title", description);
        // The paper journal's lesson line: a click on the header shows it under the grid too.
        header.addClickListener(e -> lessonDetails.setText(description));
        return header;
    }

    private static Component headerWithTooltip(String text, String tooltip) {
        Span span = new Span(text);
        span.getElement().setAttribute("title", tooltip);
        return span;
    }

    /** "Урок 06.09.2026, № 3 · тема: … · д/з: … · работа: к/р, вес 2". */
    String describe(JournalColumn column) {
        StringBuilder b = new StringBuilder(getTranslation("journal.lesson.heading",
                column.date().format(FULL_DATE), column.lessonNumber()));
        b.append(" · ").append(getTranslation("journal.lesson.topic", orDash(column.topic())));
        b.append(" · ").append(getTranslation("journal.lesson.homework", orDash(column.homework())));
        if (column.workId() != null) {
            b.append(" · ").append(getTranslation("journal.lesson.work", workTypeLong(column.workType()),
                    column.weight()));
        }
        return b.toString();
    }

    private String cellTooltip(JournalCell cell) {
        if (!cell.enrolled()) {
            return getTranslation("journal.cell.notEnrolled");
        }
        return cell.attendanceCode().isEmpty() ? null
                : translatedOr("journal.attendance." + cell.attendanceCode(), cell.attendanceCode());
    }

    private String workTypeShort(String code) {
        return code == null || code.isEmpty() ? "" : translatedOr("journal.workType." + code + ".short", code);
    }

    private String workTypeLong(String code) {
        return code == null || code.isEmpty() ? "" : translatedOr("journal.workType." + code, code);
    }

    /** The translation, or the fallback when the merged bundles do not know the key (e.g. a new work type). */
    private String translatedOr(String key, String fallback) {
        String text = getTranslation(key);
        return text == null || text.isBlank() || text.contains(key) ? fallback : text;
    }

    private String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    static String formatAverage(OptionalDouble average, Locale locale) {
        if (average.isEmpty()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(average.getAsDouble());
    }

    private String periodLabel(StudyPeriodSummary p) {
        return p.name() + " (" + p.start().format(DAY_MONTH) + "–" + p.end().format(DAY_MONTH) + ")";
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("journal-message");
        return p;
    }

    /**
     * The user-facing message of a service refusal. Access and existence get the journal's own wording
     * (the same for both, so a URL never tells whether another teacher's assignment exists).
     */
    static Paragraph errorMessage(Component where, EJournalException e) {
        String text = e instanceof AccessDeniedException || e instanceof NotFoundException
                ? where.getTranslation("journal.accessDenied")
                : where.getTranslation(e.messageKey(), e.arguments());
        Paragraph p = message("journal-error", text);
        p.addClassName("journal-error");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        return p;
    }

    @Override
    public String getPageTitle() {
        return assignment == null ? getTranslation("journal.title")
                : getTranslation("journal.title") + " · " + assignment.title();
    }

    // For view tests.
    JournalGrid shownGrid() {
        return shownGrid;
    }

    Grid<JournalRow> grid() {
        return grid;
    }

    Select<StudyPeriodSummary> periodSelect() {
        return periodSelect;
    }

    Paragraph lessonDetails() {
        return lessonDetails;
    }
}
