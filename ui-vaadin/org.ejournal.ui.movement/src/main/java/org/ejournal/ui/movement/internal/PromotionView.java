package org.ejournal.ui.movement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.movement.AcademicYearInfo;
import org.ejournal.api.movement.PromotionOptions;
import org.ejournal.api.movement.PromotionPlan;
import org.ejournal.api.movement.PromotionPlan.ClassPlan;
import org.ejournal.api.movement.PromotionPlan.Outcome;
import org.ejournal.api.movement.PromotionPlan.StudentPlan;
import org.ejournal.api.movement.PromotionResult;
import org.ejournal.api.movement.PromotionService;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Перевод на следующий год»: choose the year, see the plan (every class → its new class, every
 * student's outcome), mark repeaters and leavers and the classes whose assignments are copied (the plan
 * is asked again at each change), then run it once after a confirmation. A second run shows the
 * service's refusal.
 */
public class PromotionView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<PromotionService> promotion;
    private final transient Supplier<LocalDate> today;

    final Select<AcademicYearInfo> year = new Select<>();
    final Button preview = new Button();
    final Paragraph error = new Paragraph();
    final VerticalLayout plan = new VerticalLayout();
    final Paragraph result = new Paragraph();
    Button run;
    Paragraph totals;
    /** The choices of the deputy director. */
    final Set<Long> repeaters = new HashSet<>();
    final Set<Long> leavers = new HashSet<>();
    final Set<Long> copyClasses = new HashSet<>();
    /** The plan on screen, for tests. */
    PromotionPlan shown;
    Dialog openDialog;
    Button confirmYes;
    Button confirmNo;

    /** Used by the router: the actor and the service come from the session and the OSGi registry. */
    public PromotionView() {
        this(ViewSupport::actor, () -> ViewSupport.service(PromotionView.class, PromotionService.class), LocalDate::now);
    }

    /** For tests: explicit sources of the actor, the service and "today". */
    PromotionView(Supplier<Actor> actor, Supplier<PromotionService> promotion, Supplier<LocalDate> today) {
        this.actor = actor;
        this.promotion = promotion;
        this.today = today;
        setId("promotion-view");
        error.setId("promotion-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        result.setId("promotion-result");
        result.setVisible(false);
        year.setId("promotion-year");
        year.setItemLabelGenerator(y -> y.promoted() ? getTranslation("promotion.year.promoted", y.name()) : y.name());
        year.addValueChangeListener(e -> {
            repeaters.clear();
            leavers.clear();
            copyClasses.clear();
            plan.removeAll();
            shown = null;
        });
        preview.setId("promotion-preview");
        preview.addClickListener(e -> showPlan());
        plan.setId("promotion-plan");
        plan.setPadding(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Builds the page: the years (the running or last ended, not promoted, chosen) and the preview button. */
    void refresh() {
        removeAll();
        add(new H2(getTranslation("promotion.title")), error);
        List<AcademicYearInfo> years;
        try {
            years = promotion.get().years(actor.get());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        if (years.isEmpty()) {
            add(new Paragraph(getTranslation("promotion.noYears")));
            return;
        }
        year.setLabel(getTranslation("promotion.year"));
        year.setItems(years);
        LocalDate now = today.get();
        year.setValue(years.stream().filter(y -> !y.promoted() && !y.start().isAfter(now)).findFirst()
                .orElse(years.get(0)));
        preview.setText(getTranslation("promotion.preview"));
        HorizontalLayout top = new HorizontalLayout(year, preview);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(top, result, plan);
    }

    /** Asks the service for the plan with the current choices and shows it. */
    void showPlan() {
        clearError();
        AcademicYearInfo chosen = year.getValue();
        if (chosen == null) {
            return;
        }
        PromotionPlan p;
        try {
            p = promotion.get().preview(actor.get(), chosen.id(), options());
        } catch (EJournalException e) {
            plan.removeAll();
            shown = null;
            showError(e);
            return;
        }
        shown = p;
        plan.removeAll();
        Paragraph heading = new Paragraph(getTranslation("promotion.plan", p.fromYearName(), p.toYearName(),
                p.toYearStart().format(DATE), p.toYearEnd().format(DATE)));
        heading.setId("promotion-plan-heading");
        plan.add(heading);
        if (p.toYearExists()) {
            plan.add(new Paragraph(getTranslation("promotion.plan.existing", p.toYearName())));
        }
        if (!p.periods().isEmpty()) {
            Paragraph periods = new Paragraph(getTranslation("promotion.plan.periods", String.join(", ",
                    p.periods().stream().map(x -> x.name() + " " + x.start().format(DATE) + "–" + x.end().format(DATE))
                            .toList())));
            periods.setId("promotion-plan-periods");
            plan.add(periods);
        }
        if (!p.holidays().isEmpty()) {
            Paragraph holidays = new Paragraph(getTranslation("promotion.plan.holidays", String.join(", ",
                    p.holidays().stream().map(x -> x.name() + " " + x.start().format(DATE) + "–" + x.end().format(DATE))
                            .toList())));
            holidays.setId("promotion-plan-holidays");
            plan.add(holidays);
        }
        totals = new Paragraph(getTranslation("promotion.plan.totals", p.count(Outcome.PROMOTED),
                p.count(Outcome.GRADUATED), p.count(Outcome.REPEATS), p.count(Outcome.LEAVES)));
        totals.setId("promotion-totals");
        plan.add(totals);
        for (ClassPlan c : p.classes()) {
            plan.add(classSection(c));
        }
        run = new Button(getTranslation("promotion.run"));
        run.setId("promotion-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> confirmRun(p));
        plan.add(run);
    }

    private Component classSection(ClassPlan c) {
        VerticalLayout section = new VerticalLayout();
        section.setId("promotion-class-" + c.classId());
        section.setPadding(false);
        section.setSpacing(false);
        String title = c.toName() == null ? getTranslation("promotion.class.graduates", c.name())
                : getTranslation("promotion.class.heading", c.name(), c.toName())
                + (c.toExists() ? " " + getTranslation("promotion.class.existing") : "");
        H4 heading = new H4(title);
        heading.setId("promotion-class-heading-" + c.classId());
        section.add(heading);
        if (c.toName() != null && c.assignments() > 0) {
            Checkbox copy = new Checkbox(getTranslation("promotion.class.copy", c.assignments()));
            copy.setId("promotion-copy-" + c.classId());
            copy.setValue(copyClasses.contains(c.classId()));
            copy.addValueChangeListener(e -> {
                if (e.getValue()) {
                    copyClasses.add(c.classId());
                } else {
                    copyClasses.remove(c.classId());
                }
            });
            section.add(copy);
        }
        if (c.students().isEmpty()) {
            section.add(new Paragraph(getTranslation("promotion.class.empty")));
            return section;
        }
        Grid<StudentPlan> grid = new Grid<>();
        grid.setId("promotion-students-" + c.classId());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> s.name().full()).setKey("name").setHeader(getTranslation("promotion.student"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(this::outcomeText).setKey("outcome").setHeader(getTranslation("promotion.outcome"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> choice(s, repeaters, leavers, "promotion-repeats-"))
                .setKey("repeats").setHeader(getTranslation("promotion.repeats")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> choice(s, leavers, repeaters, "promotion-leaves-"))
                .setKey("leaves").setHeader(getTranslation("promotion.leaves")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(c.students());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    /** A checkbox for one student in {@code mine}; checking it takes the student out of {@code other}. */
    Checkbox choice(StudentPlan s, Set<Long> mine, Set<Long> other, String idPrefix) {
        Checkbox box = new Checkbox(mine.contains(s.studentId()));
        box.setId(idPrefix + s.studentId());
        box.addValueChangeListener(e -> {
            if (!e.isFromClient() && e.getValue() == mine.contains(s.studentId())) {
                return;
            }
            if (e.getValue()) {
                mine.add(s.studentId());
                other.remove(s.studentId());
            } else {
                mine.remove(s.studentId());
            }
            showPlan();
        });
        return box;
    }

    String outcomeText(StudentPlan s) {
        return getTranslation("promotion.outcome." + s.outcome().name(), s.toClass() == null ? "" : s.toClass());
    }

    PromotionOptions options() {
        return new PromotionOptions(repeaters, leavers, copyClasses);
    }

    private void confirmRun(PromotionPlan p) {
        Confirmation dialog = new Confirmation("promotion-confirm",
                getTranslation("promotion.confirm", p.fromYearName(), p.toYearName()),
                () -> runPromotion(p.fromYearId()), () -> openDialog = null);
        openDialog = dialog;
        confirmYes = dialog.yes;
        confirmNo = dialog.no;
        dialog.open();
    }

    private void runPromotion(long fromYearId) {
        clearError();
        PromotionResult r;
        try {
            r = promotion.get().promote(actor.get(), fromYearId, options());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        plan.removeAll();
        shown = null;
        result.setText(getTranslation("promotion.done", r.toYearName(), r.classesCreated(), r.periodsCreated(),
                r.holidaysCreated(), r.promoted(), r.graduated(), r.repeaters(), r.left(), r.assignmentsCopied()));
        result.setVisible(true);
        long keep = fromYearId;
        try {
            List<AcademicYearInfo> years = promotion.get().years(actor.get());
            year.setItems(years);
            years.stream().filter(y -> y.id() == keep).findFirst().ifPresent(year::setValue);
        } catch (EJournalException e) {
            showError(e);
        }
    }

    void showError(EJournalException e) {
        error.setText(e instanceof AccessDeniedException ? getTranslation("promotion.accessDenied")
                : getTranslation(e.messageKey(), e.arguments()));
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promotion.title");
    }
}
