package org.ejournal.ui.journal.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.finalmark.FinalMarkService;
import org.ejournal.api.finalmark.FinalMarkSheet;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalColumn;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.journal.GradingScale;
import org.ejournal.api.journal.JournalEditState;
import org.ejournal.api.journal.JournalWriteService;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * «Журнал»: the class journal of one teaching assignment for one study period, laid out like the paper
 * book (students down, lessons across), written from the keyboard like a spreadsheet (see
 * {@link JournalTable}). Route {@code journal/{assignmentId}}; without an id it offers the actor's own
 * assignments. Who may write what is the services' business: the view shows the cells the edit state marks
 * writable as editable and every refusal next to the cell; a reader (class teacher, administration) gets
 * the same table read-only.
 */
public class JournalView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");
    static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<GradebookService> gradebook;
    private final transient Supplier<JournalWriteService> writer;
    private final transient Supplier<FinalMarkService> finals;
    private final transient Supplier<LocalDate> today;
    private final transient Supplier<String> address;

    private final H2 heading = new H2();
    private final Span teacherLine = new Span();
    private final Select<StudyPeriodSummary> periodSelect = new Select<>();
    private final Div gridHolder = new Div();
    private final JournalTable table = new JournalTable();
    private final Span saveStatus = new Span();
    private final Button undoButton = new Button();
    private final Button historyButton = new Button();
    private final Paragraph keysHint = new Paragraph();
    private final LessonPanel lessonPanel;
    private final CellHistoryDialog historyDialog;

    private AssignmentSummary assignment;
    private StudyPeriodSummary period;
    private transient JournalGrid shownGrid;
    private transient JournalSheet sheet;

    /** Used by the router: actor and services come from the session and the OSGi registry. */
    public JournalView() {
        this(ViewSupport::actor, () -> ViewSupport.service(JournalView.class, GradebookService.class),
                () -> ViewSupport.findService(JournalView.class, JournalWriteService.class).orElse(null),
                () -> ViewSupport.findService(JournalView.class, FinalMarkService.class).orElse(null),
                LocalDate::now, JournalView::clientAddress);
    }

    /**
     * For tests: explicit sources. {@code writer} and {@code finals} may answer {@code null} (the bundle is not
     * running): the journal is then read-only, or has no final-marks column.
     */
    JournalView(Supplier<Actor> actor, Supplier<GradebookService> gradebook, Supplier<JournalWriteService> writer,
                Supplier<FinalMarkService> finals, Supplier<LocalDate> today, Supplier<String> address) {
        this.actor = actor;
        this.gradebook = gradebook;
        this.writer = writer;
        this.finals = finals;
        this.today = today;
        this.address = address;
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
        saveStatus.setId("journal-save-status");
        saveStatus.addClassName("ej-save-status");
        undoButton.setId("journal-undo");
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        undoButton.addClickListener(e -> table.push(sheet == null ? List.of() : sheet.undo()));
        historyButton.setId("journal-history");
        historyButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        historyButton.addClickListener(e -> table.historyOfActiveCell());
        keysHint.setId("journal-keys");
        keysHint.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "0");
        lessonPanel = new LessonPanel(actor, writer, address, this::lessonChanged);
        historyDialog = new CellHistoryDialog(actor, writer);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long assignmentId) {
        show(assignmentId);
    }

    /** Shows the journal of the assignment, or the chooser of the actor's assignments when {@code null}. */
    void show(Long assignmentId) {
        removeAll();
        assignment = null;
        shownGrid = null;
        sheet = null;
        period = null;
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
        undoButton.setText(getTranslation("journal.undo"));
        historyButton.setText(getTranslation("journal.history"));
        keysHint.setText(getTranslation("journal.keys"));
        HorizontalLayout toolbar = new HorizontalLayout(undoButton, historyButton, saveStatus);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setSpacing(true);
        toolbar.setId("journal-toolbar");
        add(toolbar, keysHint, gridHolder, lessonPanel);
        lessonPanel.setVisible(false);
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

    /** Loads and shows the journal of one period. */
    void showPeriod(StudyPeriodSummary p) {
        period = p;
        gridHolder.removeAll();
        saveStatus.setText("");
        lessonPanel.setVisible(false);
        JournalGrid data;
        try {
            data = gradebook.get().journal(actor.get(), assignment.id(), p.id());
        } catch (EJournalException e) {
            shownGrid = null;
            sheet = null;
            gridHolder.add(errorMessage(this, e));
            return;
        }
        shownGrid = data;
        sheet = new JournalSheet(new JournalSheet.Context(actor, address, writer, finals, this, this::status,
                historyDialog::open, this::openLesson), data, editState(p), finalSheet(p), scale());
        table.setHandler(sheet);
        table.setEditable(sheet.editable());
        table.setHistoryEnabled(writer.get() != null);
        table.show(sheet.columns(), sheet.rows(), sheet.cells());
        undoButton.setEnabled(sheet.editable());
        historyButton.setEnabled(writer.get() != null);
        gridHolder.add(table);
        if (data.columns().isEmpty()) {
            gridHolder.add(message("journal-no-lessons", getTranslation("journal.noLessons")));
        }
        if (!sheet.editable() && writer.get() != null) {
            gridHolder.add(message("journal-read-only", getTranslation("journal.readOnly")));
        }
    }

    /** The versions and writable lessons, or {@code null} when the actor only reads (or the service is down). */
    private JournalEditState editState(StudyPeriodSummary p) {
        JournalWriteService w = writer.get();
        if (w == null) {
            return null;
        }
        try {
            return w.editState(actor.get(), assignment.id(), p.id());
        } catch (AccessDeniedException | NotFoundException e) {
            return null;
        }
    }

    private GradingScale scale() {
        JournalWriteService w = writer.get();
        if (w == null) {
            return null;
        }
        try {
            return w.gradingScale(actor.get());
        } catch (EJournalException e) {
            return null;
        }
    }

    /** The final-mark sheet when the period takes final marks and the service runs. */
    private FinalMarkSheet finalSheet(StudyPeriodSummary p) {
        FinalMarkService f = finals.get();
        if (f == null) {
            return null;
        }
        try {
            boolean takesFinals = f.periods(actor.get(), assignment.id()).stream().anyMatch(x -> x.id() == p.id());
            return takesFinals ? f.sheet(actor.get(), assignment.id(), p.id()) : null;
        } catch (EJournalException e) {
            return null;
        }
    }

    private void status(JournalSheet.Status s) {
        saveStatus.setText(s.text());
        saveStatus.removeClassNames("ej-status-saved", "ej-status-error", "ej-status-conflict");
        if (!s.state().isEmpty()) {
            saveStatus.addClassName("ej-status-" + (s.state().equals("conflict") ? "error" : s.state()));
        }
    }

    private void openLesson(long lessonId) {
        lessonPanel.open(lessonId);
        lessonPanel.setVisible(true);
    }

    /** Topic, homework or works changed in the lesson panel: the headers (and columns) are read again. */
    private void lessonChanged(long lessonId) {
        if (period != null) {
            showPeriod(period);
            lessonPanel.setVisible(true);
        }
    }

    static String columnKey(JournalColumn column) {
        return column.workId() == null ? "lesson-" + column.lessonId() : "work-" + column.workId();
    }

    /** "Урок 06.09.2026, № 3 · тема: … · д/з: … · работа: к/р, вес 2". */
    String describe(JournalColumn column) {
        StringBuilder b = new StringBuilder(getTranslation("journal.lesson.heading",
                column.date().format(FULL_DATE), column.lessonNumber()));
        b.append(" · ").append(getTranslation("journal.lesson.topic", orDash(column.topic())));
        b.append(" · ").append(getTranslation("journal.lesson.homework", orDash(column.homework())));
        if (column.workId() != null) {
            String code = column.workType();
            String key = "journal.workType." + code;
            String name = getTranslation(key);
            b.append(" · ").append(getTranslation("journal.lesson.work",
                    name == null || name.contains(key) ? code : name, column.weight()));
        }
        return b.toString();
    }

    private static String orDash(String text) {
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

    static Paragraph message(String id, String text) {
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

    /** The client's address for the audit trail: the request's remote address, else the session's browser. */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null || session.getBrowser().getAddress() == null ? ""
                : session.getBrowser().getAddress();
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

    JournalTable table() {
        return table;
    }

    JournalSheet sheet() {
        return sheet;
    }

    Select<StudyPeriodSummary> periodSelect() {
        return periodSelect;
    }

    Span saveStatus() {
        return saveStatus;
    }

    LessonPanel lessonPanel() {
        return lessonPanel;
    }

    CellHistoryDialog historyDialog() {
        return historyDialog;
    }
}
