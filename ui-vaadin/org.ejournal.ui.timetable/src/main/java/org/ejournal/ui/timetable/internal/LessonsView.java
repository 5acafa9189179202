package org.ejournal.ui.timetable.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.timetable.ClassOption;
import org.ejournal.api.timetable.LessonView;
import org.ejournal.api.timetable.TimetableService;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

/** «Уроки класса»: the lessons of a class for one week (Monday–Saturday), with «есть записи» where data is held. */
public class LessonsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy, EEEE", ViewSupport.RUSSIAN);

    private final transient Supplier<Actor> actor;
    private final transient Supplier<TimetableService> service;
    private final transient Supplier<LocalDate> today;

    final Paragraph error = new Paragraph();
    final ComboBox<ClassOption> classSelect = new ComboBox<>();
    final Button previous = new Button();
    final Button next = new Button();
    final Span week = new Span();
    final Grid<LessonView> grid = new Grid<>();
    final Paragraph none = new Paragraph();
    LocalDate monday;
    private Long wantedClass;

    public LessonsView() {
        this(ViewSupport::actor, () -> ViewSupport.service(LessonsView.class, TimetableService.class), LocalDate::now);
    }

    LessonsView(Supplier<Actor> actor, Supplier<TimetableService> service, Supplier<LocalDate> today) {
        this.actor = actor;
        this.service = service;
        this.today = today;
        setId("lessons-view");
        error.setId("lessons-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        classSelect.setId("lessons-class");
        classSelect.setItemLabelGenerator(ClassOption::name);
        classSelect.addValueChangeListener(e -> showWeek());
        previous.setId("lessons-previous");
        previous.addClickListener(e -> {
            monday = monday.minusWeeks(1);
            showWeek();
        });
        next.setId("lessons-next");
        next.addClickListener(e -> {
            monday = monday.plusWeeks(1);
            showWeek();
        });
        week.setId("lessons-week");
        none.setId("lessons-none");
        grid.setId("lessons-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        monday = today.get().with(DayOfWeek.MONDAY);
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

    void refresh() {
        removeAll();
        add(new H2(getTranslation("lessons.title")), error);
        List<ClassOption> classes;
        try {
            classes = service.get().classes(actor.get());
        } catch (EJournalException e) {
            showError(e);
            return;
        }
        if (grid.getColumns().isEmpty()) {
            grid.addColumn(l -> l.date().format(DAY)).setHeader(getTranslation("lessons.date")).setKey("date")
                    .setAutoWidth(true);
            grid.addColumn(LessonView::lessonNumber).setHeader(getTranslation("lessons.number")).setKey("number")
                    .setAutoWidth(true);
            grid.addColumn(l -> l.assignment().subjectName() + (l.assignment().subgroupName().isEmpty() ? ""
                    : " (" + l.assignment().subgroupName() + ")")).setHeader(getTranslation("lessons.subject"))
                    .setKey("subject").setAutoWidth(true);
            grid.addColumn(LessonView::teacherName).setHeader(getTranslation("lessons.teacher")).setKey("teacher")
                    .setAutoWidth(true);
            grid.addColumn(LessonView::topic).setHeader(getTranslation("lessons.topic")).setKey("topic").setFlexGrow(1);
            grid.addComponentColumn(this::dataMarker).setHeader(getTranslation("lessons.data")).setKey("data")
                    .setAutoWidth(true);
        }
        classSelect.setLabel(getTranslation("lessons.class"));
        previous.setText(getTranslation("lessons.previous"));
        next.setText(getTranslation("lessons.next"));
        none.setText(getTranslation("lessons.none"));
        HorizontalLayout top = new HorizontalLayout(classSelect, previous, week, next);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(top, grid, none);
        classSelect.setItems(classes);
        if (!classes.isEmpty()) {
            classSelect.setValue(classes.stream().filter(c -> wantedClass != null && c.id() == wantedClass)
                    .findFirst().orElse(classes.get(0)));
        }
    }

    private Component dataMarker(LessonView l) {
        if (!l.holdsData()) {
            return new Span();
        }
        Span s = new Span(getTranslation("lessons.holdsData"));
        s.addClassName("lessons-holds-data");
        s.getElement().getThemeList().add("badge success");
        return s;
    }

    void showWeek() {
        clearError();
        LocalDate saturday = monday.plusDays(5);
        week.setText(getTranslation("lessons.week", monday.format(TimetableView.DATE), saturday.format(TimetableView.DATE)));
        ClassOption c = classSelect.getValue();
        if (c == null) {
            grid.setItems(List.of());
            return;
        }
        try {
            List<LessonView> lessons = service.get().lessons(actor.get(), c.id(), monday, saturday);
            grid.setItems(lessons);
            none.setVisible(lessons.isEmpty());
        } catch (EJournalException e) {
            grid.setItems(List.of());
            showError(e);
        }
    }

    void showError(EJournalException e) {
        error.setText(e instanceof org.ejournal.api.AccessDeniedException || e instanceof org.ejournal.api.NotFoundException
                ? getTranslation("timetable.accessDenied") : getTranslation(e.messageKey(), e.arguments()));
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.title");
    }
}
