package org.ejournal.ui.journal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.finalmark.FinalMarkService;
import org.ejournal.api.finalmark.FinalMarkSheet;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.roster.SchoolClassSummary;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Журнал класса»: the class teacher's and the administration's read-only view of a class's journal over
 * all its subjects: choose the class, the subject and the period; the same table as the teacher's journal
 * (with averages, suggestions and final marks), never editable here. The services decide what the actor may
 * read ({@code ASSIGNMENT_JOURNAL_READ}).
 */
public class ClassJournalView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<RosterService> roster;
    private final transient Supplier<GradebookService> gradebook;
    private final transient Supplier<FinalMarkService> finals;
    private final transient BiFunction<Actor, Long, List<AssignmentSummary>> classAssignments;
    private final transient Supplier<LocalDate> today;

    private final Select<SchoolClassSummary> classSelect = new Select<>();
    private final Select<AssignmentSummary> subjectSelect = new Select<>();
    private final Select<StudyPeriodSummary> periodSelect = new Select<>();
    private final Div holder = new Div();
    private final JournalTable table = new JournalTable();
    private transient JournalSheet sheet;
    private boolean built;

    public ClassJournalView() {
        this(ViewSupport::actor, () -> ViewSupport.service(ClassJournalView.class, RosterService.class),
                () -> ViewSupport.service(ClassJournalView.class, GradebookService.class),
                () -> ViewSupport.findService(ClassJournalView.class, FinalMarkService.class).orElse(null),
                ClassAssignments.fromServices(ClassJournalView.class), LocalDate::now);
    }

    /**
     * @param classAssignments the assignments of a class (all subjects), or {@code null} when no running service
     *                         can list them
     */
    ClassJournalView(Supplier<Actor> actor, Supplier<RosterService> roster, Supplier<GradebookService> gradebook,
                     Supplier<FinalMarkService> finals, BiFunction<Actor, Long, List<AssignmentSummary>> classAssignments,
                     Supplier<LocalDate> today) {
        this.actor = actor;
        this.roster = roster;
        this.gradebook = gradebook;
        this.finals = finals;
        this.classAssignments = classAssignments;
        this.today = today;
        setId("class-journal-view");
        setSizeFull();
        classSelect.setId("class-journal-class");
        classSelect.setItemLabelGenerator(SchoolClassSummary::name);
        classSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showSubjects(e.getValue());
            }
        });
        subjectSelect.setId("class-journal-subject");
        subjectSelect.setItemLabelGenerator(a -> a.subjectName() + " · " + a.teacherName());
        subjectSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showPeriods(e.getValue());
            }
        });
        periodSelect.setId("class-journal-period");
        periodSelect.setItemLabelGenerator(p -> p.name());
        periodSelect.addValueChangeListener(e -> {
            if (e.getValue() != null && subjectSelect.getValue() != null) {
                showJournal(subjectSelect.getValue(), e.getValue());
            }
        });
        holder.setWidthFull();
        table.setEditable(false);
        table.setHistoryEnabled(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!built) {
            build();
        }
    }

    void build() {
        built = true;
        removeAll();
        add(new H2(getTranslation("journal.classJournal.title")));
        List<SchoolClassSummary> classes;
        try {
            classes = ClassAttendanceView.myClasses(actor.get(), roster.get().classes(actor.get()));
        } catch (EJournalException e) {
            add(JournalView.errorMessage(this, e));
            return;
        }
        if (classes.isEmpty()) {
            add(JournalView.message("class-journal-no-classes", getTranslation("journal.attendance.noClasses")));
            return;
        }
        classSelect.setLabel(getTranslation("journal.attendance.class"));
        subjectSelect.setLabel(getTranslation("journal.classJournal.subject"));
        periodSelect.setLabel(getTranslation("journal.period"));
        subjectSelect.setWidth("24em");
        HorizontalLayout top = new HorizontalLayout(classSelect, subjectSelect, periodSelect);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(top, holder);
        classSelect.setItems(classes);
        classSelect.setValue(classes.get(0));
    }

    private void showSubjects(SchoolClassSummary schoolClass) {
        holder.removeAll();
        if (classAssignments == null) {
            holder.add(JournalView.message("class-journal-unavailable",
                    getTranslation("journal.classJournal.unavailable")));
            return;
        }
        List<AssignmentSummary> assignments;
        try {
            assignments = classAssignments.apply(actor.get(), schoolClass.id());
        } catch (EJournalException e) {
            holder.add(JournalView.errorMessage(this, e));
            return;
        }
        if (assignments == null) {
            holder.add(JournalView.message("class-journal-unavailable",
                    getTranslation("journal.classJournal.unavailable")));
            return;
        }
        if (assignments.isEmpty()) {
            holder.add(JournalView.message("class-journal-no-subjects",
                    getTranslation("journal.classJournal.noSubjects")));
            return;
        }
        subjectSelect.setItems(assignments);
        subjectSelect.setValue(assignments.get(0));
    }

    private void showPeriods(AssignmentSummary assignment) {
        holder.removeAll();
        List<StudyPeriodSummary> periods;
        try {
            periods = gradebook.get().periods(actor.get(), assignment.id());
        } catch (EJournalException e) {
            holder.add(JournalView.errorMessage(this, e));
            return;
        }
        if (periods.isEmpty()) {
            holder.add(JournalView.message("journal-no-periods", getTranslation("journal.noPeriods")));
            return;
        }
        StudyPeriodSummary keep = periodSelect.getValue();
        periodSelect.setItems(periods);
        StudyPeriodSummary initial = keep != null && periods.contains(keep) ? keep
                : DefaultPeriod.choose(periods, today.get()).orElseThrow();
        if (initial.equals(periodSelect.getValue())) {
            showJournal(assignment, initial);
        } else {
            periodSelect.setValue(initial);
        }
    }

    void showJournal(AssignmentSummary assignment, StudyPeriodSummary period) {
        holder.removeAll();
        JournalGrid grid;
        try {
            grid = gradebook.get().journal(actor.get(), assignment.id(), period.id());
        } catch (EJournalException e) {
            holder.add(JournalView.errorMessage(this, e));
            return;
        }
        sheet = new JournalSheet(new JournalSheet.Context(actor, () -> "", () -> null, finals, this, s -> { },
                (l, w, s, t) -> { }, l -> { }), grid, null, finalSheet(assignment, period), null);
        table.setHandler(sheet);
        table.show(sheet.columns(), sheet.rows(), sheet.cells());
        holder.add(table);
        if (grid.columns().isEmpty()) {
            holder.add(JournalView.message("journal-no-lessons", getTranslation("journal.noLessons")));
        }
    }

    private FinalMarkSheet finalSheet(AssignmentSummary assignment, StudyPeriodSummary period) {
        FinalMarkService f = finals.get();
        if (f == null) {
            return null;
        }
        try {
            boolean takesFinals = f.periods(actor.get(), assignment.id()).stream().anyMatch(p -> p.id() == period.id());
            return takesFinals ? f.sheet(actor.get(), assignment.id(), period.id()) : null;
        } catch (EJournalException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.classJournal.title");
    }

    // For tests.
    JournalTable table() {
        return table;
    }

    Select<AssignmentSummary> subjectSelect() {
        return subjectSelect;
    }

    JournalSheet sheet() {
        return sheet;
    }
}
