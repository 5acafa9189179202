package org.ejournal.ui.diary.internal;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.diary.DiaryDay;
import org.ejournal.api.diary.DiaryLesson;
import org.ejournal.api.diary.DiaryMark;
import org.ejournal.api.diary.DiaryService;
import org.ejournal.api.diary.DiaryStudent;
import org.ejournal.api.diary.DiaryWeek;
import org.ejournal.api.diary.PeriodMarks;
import org.ejournal.api.diary.SubjectMarks;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

/**
 * «Дневник», phone first (one column, works at 360 px): the week of one student day by day (lesson
 * number, subject, marks, absence, topic, homework) with week navigation, and «Оценки за период»
 * (subjects with marks, weighted average, final mark). A parent with several children switches between
 * them. Route {@code diary/{studentId}}; without an id the first student of the actor's list.
 *
 * <p>The route parameter is never trusted: the diary service refuses a foreign student and the view
 * then shows only the translated refusal ({@code #diary-error}), no name and no data.
 *
 * <p>Hooks for browser tests: {@code #diary-student}, {@code #diary-child} (select), {@code #diary-tab-week},
 * {@code #diary-tab-period}, {@code #diary-prev-week}, {@code #diary-next-week}, {@code #diary-this-week},
 * {@code #diary-week-label}, days {@code .diary-day} (id {@code diary-day-yyyy-MM-dd}), lessons
 * {@code .diary-lesson} with {@code .diary-subject}, {@code .diary-mark}, {@code .diary-absence},
 * {@code .diary-topic}, {@code .diary-homework}; {@code #diary-period} (select), subjects
 * {@code .diary-period-subject} with {@code .diary-average} and {@code .diary-final}.
 */
public class DiaryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");
    static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final transient Supplier<Actor> actor;
    private final transient Supplier<DiaryService> diary;
    private final transient Supplier<LocalDate> today;

    private final Div content = new Div();
    private final Div weekPanel = new Div();
    private final Div periodPanel = new Div();
    private final Span weekLabel = new Span();
    private final Div days = new Div();
    private final Select<StudyPeriodSummary> periodSelect = new Select<>();
    private final Div subjects = new Div();
    private final Tab weekTab = new Tab();
    private final Tab periodTab = new Tab();

    private DiaryStudent student;
    private LocalDate monday;
    private boolean periodsLoaded;

    /** Used by the router: actor and service come from the session and the OSGi registry. */
    public DiaryView() {
        this(ViewSupport::actor, () -> ViewSupport.service(DiaryView.class, DiaryService.class), LocalDate::now);
    }

    /** For tests: explicit sources of the actor, the service and today's date. */
    DiaryView(Supplier<Actor> actor, Supplier<DiaryService> diary, Supplier<LocalDate> today) {
        this.actor = actor;
        this.diary = diary;
        this.today = today;
        setId("diary-view");
        setPadding(true);
        setSpacing(false);
        // One column for phones; on a wide screen it stays readable instead of stretching.
        setWidthFull();
        getStyle().set("max-width", "44rem").set("box-sizing", "border-box");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long studentId) {
        show(studentId);
    }

    /** Shows the diary of the student, or of the actor's first student when {@code null}. */
    void show(Long studentId) {
        content.removeAll();
        student = null;
        periodsLoaded = false;
        List<DiaryStudent> mine;
        try {
            mine = diary.get().students(actor.get());
        } catch (EJournalException e) {
            content.add(new H2(getTranslation("diary.title")), error(e));
            return;
        }
        Long wanted = studentId;
        if (wanted == null) {
            if (mine.isEmpty()) {
                content.add(new H2(getTranslation("diary.title")),
                        message("diary-no-students", getTranslation("diary.noStudents")));
                return;
            }
            wanted = mine.get(0).id();
        }
        monday = today.get().with(DayOfWeek.MONDAY);
        DiaryWeek week;
        try {
            week = diary.get().week(actor.get(), wanted, monday);
        } catch (EJournalException e) {
            content.add(new H2(getTranslation("diary.title")), error(e));
            return;
        }
        student = week.student();
        buildPage(mine);
        showWeek(week);
    }

    private void buildPage(List<DiaryStudent> mine) {
        H2 title = new H2(getTranslation("diary.title"));
        title.getStyle().set("margin", "0");
        Span who = new Span(studentLabel(student));
        who.setId("diary-student");
        who.getStyle().set("font-weight", "600");
        Div header = new Div(title, who);
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "0.25rem 0.75rem");
        content.add(header);

        if (mine.size() > 1) {
            Select<DiaryStudent> child = new Select<>();
            child.setId("diary-child");
            child.setLabel(getTranslation("diary.child"));
            child.setItems(mine);
            child.setItemLabelGenerator(DiaryView::studentLabel);
            child.setWidthFull();
            mine.stream().filter(s -> s.id() == student.id()).findFirst().ifPresent(child::setValue);
            child.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(DiaryViewContribution.ROUTE + "/" + e.getValue().id()));
                }
            });
            content.add(child);
        }

        weekTab.setLabel(getTranslation("diary.tab.week"));
        weekTab.setId("diary-tab-week");
        periodTab.setLabel(getTranslation("diary.tab.period"));
        periodTab.setId("diary-tab-period");
        Tabs tabs = new Tabs(weekTab, periodTab);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> selectTab(e.getSelectedTab() == periodTab));
        content.add(tabs);

        Button prev = new Button("◀", e -> moveWeek(-1));
        prev.setId("diary-prev-week");
        prev.setAriaLabel(getTranslation("diary.week.previous"));
        Button next = new Button("▶", e -> moveWeek(1));
        next.setId("diary-next-week");
        next.setAriaLabel(getTranslation("diary.week.next"));
        Button current = new Button(getTranslation("diary.week.current"), e -> goToWeek(today.get().with(DayOfWeek.MONDAY)));
        current.setId("diary-this-week");
        current.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        weekLabel.setId("diary-week-label");
        weekLabel.getStyle().set("font-weight", "600").set("white-space", "nowrap");
        HorizontalLayout nav = new HorizontalLayout(prev, weekLabel, next, current);
        nav.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        nav.setSpacing(true);
        nav.getStyle().set("flex-wrap", "wrap");
        days.setId("diary-days");
        days.setWidthFull();
        weekPanel.removeAll();
        weekPanel.add(nav, days);
        weekPanel.setWidthFull();

        periodSelect.setId("diary-period");
        periodSelect.setLabel(getTranslation("diary.period"));
        periodSelect.setItemLabelGenerator(p -> p.name() + " (" + p.start().format(DAY_MONTH) + "–"
                + p.end().format(DAY_MONTH) + ")");
        periodSelect.setWidthFull();
        periodSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showPeriod(e.getValue());
            }
        });
        subjects.setId("diary-subjects");
        subjects.setWidthFull();
        periodPanel.removeAll();
        periodPanel.add(periodSelect, subjects);
        periodPanel.setWidthFull();
        periodPanel.setVisible(false);
        weekPanel.setVisible(true);
        content.add(weekPanel, periodPanel);
    }

    private void selectTab(boolean period) {
        weekPanel.setVisible(!period);
        periodPanel.setVisible(period);
        if (period && !periodsLoaded) {
            loadPeriods();
        }
    }

    private void moveWeek(int weeks) {
        goToWeek(monday.plusWeeks(weeks));
    }

    void goToWeek(LocalDate anyDay) {
        try {
            showWeek(diary.get().week(actor.get(), student.id(), anyDay));
        } catch (EJournalException e) {
            days.removeAll();
            days.add(error(e));
        }
    }

    private void showWeek(DiaryWeek week) {
        monday = week.monday();
        weekLabel.setText(monday.format(DAY_MONTH) + " – " + monday.plusDays(5).format(DAY_MONTH));
        days.removeAll();
        for (DiaryDay day : week.days()) {
            days.add(dayBlock(day));
        }
    }

    private Component dayBlock(DiaryDay day) {
        Div block = new Div();
        block.addClassName("diary-day");
        block.setId("diary-day-" + day.date());
        block.getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)").set("padding", "0.4rem 0");
        H3 heading = new H3(getTranslation("diary.weekday." + day.date().getDayOfWeek().getValue()) + " "
                + day.date().format(DAY_MONTH));
        heading.addClassName("diary-day-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0.2rem 0");
        if (day.date().equals(today.get())) {
            heading.getStyle().set("color", "var(--lumo-primary-text-color)");
        }
        block.add(heading);
        if (day.lessons().isEmpty()) {
            Span none = new Span(getTranslation("diary.noLessons"));
            none.addClassName("diary-no-lessons");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            block.add(none);
        }
        for (DiaryLesson lesson : day.lessons()) {
            block.add(lessonBlock(lesson));
        }
        return block;
    }

    private Component lessonBlock(DiaryLesson lesson) {
        Div row = new Div();
        row.addClassName("diary-lesson");
        row.getStyle().set("padding", "0.2rem 0 0.3rem 0");
        Span number = new Span(String.valueOf(lesson.number()));
        number.addClassName("diary-lesson-number");
        number.getStyle().set("display", "inline-block").set("min-width", "1.4rem")
                .set("color", "var(--lumo-secondary-text-color)");
        Span subject = new Span(lesson.subject());
        subject.addClassName("diary-subject");
        subject.getStyle().set("font-weight", "600").set("margin-right", "0.5rem");
        Div line = new Div(number, subject);
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "0.3rem");
        for (DiaryMark mark : lesson.marks()) {
            line.add(markBadge(mark));
        }
        if (!lesson.absence().isEmpty()) {
            Span absence = new Span(lesson.absence());
            absence.addClassName("diary-absence");
            absence.getElement().setAttribute("title", translatedOr("diary.absence." + lesson.absence(),
                    lesson.absence()));
            absence.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            line.add(absence);
        }
        row.add(line);
        Div details = new Div();
        details.getStyle().set("padding-left", "1.7rem").set("font-size", "var(--lumo-font-size-s)")
                .set("overflow-wrap", "anywhere");
        if (!lesson.topic().isEmpty()) {
            Div topic = new Div();
            topic.setText(getTranslation("diary.topic", lesson.topic()));
            topic.addClassName("diary-topic");
            topic.getStyle().set("color", "var(--lumo-secondary-text-color)");
            details.add(topic);
        }
        if (!lesson.homework().isEmpty()) {
            Div homework = new Div();
            homework.setText(getTranslation("diary.homework", lesson.homework()));
            homework.addClassName("diary-homework");
            details.add(homework);
        }
        if (lesson.lessonId() == null) {
            Div planned = new Div();
            planned.setText(getTranslation("diary.planned", lesson.teacher()));
            planned.addClassName("diary-planned");
            planned.getStyle().set("color", "var(--lumo-tertiary-text-color)");
            details.add(planned);
        }
        if (details.getComponentCount() > 0) {
            row.add(details);
        }
        return row;
    }

    private Span markBadge(DiaryMark mark) {
        Span badge = new Span(mark.value());
        badge.addClassName("diary-mark");
        String work = mark.workTypeName().isEmpty() ? translatedOr("diary.workType." + mark.workType(), mark.workType())
                : mark.workTypeName();
        badge.getElement().setAttribute("title", getTranslation("diary.mark.tooltip", work, mark.weight()));
        badge.getElement().getThemeList().add("badge");
        badge.getStyle().set("font-weight", "700").set("padding", "0 0.45rem")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-10pct)");
        if (mark.weight() > 1) {
            badge.getStyle().set("outline", "1px solid var(--lumo-contrast-50pct)");
        }
        return badge;
    }

    private void loadPeriods() {
        periodsLoaded = true;
        subjects.removeAll();
        List<StudyPeriodSummary> periods;
        try {
            periods = diary.get().periods(actor.get(), student.id());
        } catch (EJournalException e) {
            subjects.add(error(e));
            return;
        }
        if (periods.isEmpty()) {
            subjects.add(message("diary-no-periods", getTranslation("diary.noPeriods")));
            return;
        }
        periodSelect.setItems(periods);
        LocalDate day = today.get();
        StudyPeriodSummary initial = periods.stream().filter(p -> p.contains(day)).findFirst()
                .orElseGet(() -> periods.stream().filter(p -> !p.start().isAfter(day)).reduce((a, b) -> b)
                        .orElse(periods.get(0)));
        periodSelect.setValue(initial);
    }

    void showPeriod(StudyPeriodSummary period) {
        subjects.removeAll();
        PeriodMarks marks;
        try {
            marks = diary.get().periodMarks(actor.get(), student.id(), period.id());
        } catch (EJournalException e) {
            subjects.add(error(e));
            return;
        }
        if (marks.subjects().isEmpty()) {
            subjects.add(message("diary-no-subjects", getTranslation("diary.noSubjects")));
        }
        Locale locale = getLocale();
        for (SubjectMarks s : marks.subjects()) {
            Div block = new Div();
            block.addClassName("diary-period-subject");
            block.getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)").set("padding", "0.4rem 0");
            Span name = new Span(s.subject());
            name.addClassName("diary-subject");
            name.getStyle().set("font-weight", "600").set("flex", "1 1 auto");
            Span average = new Span(s.weightedAverage() == null ? "—" : formatAverage(s.weightedAverage(), locale));
            average.addClassName("diary-average");
            average.getElement().setAttribute("title", getTranslation("diary.average.tooltip"));
            Span finalMark = new Span(s.finalMark().isEmpty() ? "" : getTranslation("diary.final", s.finalMark()));
            finalMark.addClassName("diary-final");
            finalMark.getStyle().set("font-weight", "700");
            Div top = new Div(name, new Span(getTranslation("diary.average")), average, finalMark);
            top.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.2rem 0.5rem")
                    .set("align-items", "baseline");
            Div markLine = new Div();
            markLine.addClassName("diary-period-marks");
            markLine.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.3rem")
                    .set("margin-top", "0.2rem");
            if (s.marks().isEmpty()) {
                Span none = new Span(getTranslation("diary.noMarks"));
                none.getStyle().set("color", "var(--lumo-secondary-text-color)");
                markLine.add(none);
            }
            for (DiaryMark m : s.marks()) {
                Span badge = markBadge(m);
                badge.getElement().setAttribute("title", m.date().format(FULL_DATE) + " · "
                        + badge.getElement().getAttribute("title"));
                markLine.add(badge);
            }
            block.add(top, markLine);
            subjects.add(block);
        }
    }

    static String formatAverage(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String studentLabel(DiaryStudent s) {
        return s.className().isEmpty() ? s.name().full() : s.name().full() + " (" + s.className() + ")";
    }

    /** The translation, or the fallback when the bundles do not know the key. */
    private String translatedOr(String key, String fallback) {
        String text = getTranslation(key);
        return text == null || text.isBlank() || text.contains(key) ? fallback : text;
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("diary-message");
        return p;
    }

    /** A refusal and an unknown id read the same, so a URL never tells whether a foreign student exists. */
    private Paragraph error(EJournalException e) {
        String text = e instanceof AccessDeniedException || e instanceof NotFoundException
                ? getTranslation("diary.accessDenied") : getTranslation(e.messageKey(), e.arguments());
        Paragraph p = message("diary-error", text);
        p.addClassName("diary-error");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        return p;
    }

    @Override
    public String getPageTitle() {
        return student == null ? getTranslation("diary.title")
                : getTranslation("diary.title") + " · " + student.name().full();
    }

    // For view tests.
    DiaryStudent shownStudent() {
        return student;
    }

    LocalDate shownMonday() {
        return monday;
    }

    Tab periodTab() {
        return periodTab;
    }

    Select<StudyPeriodSummary> periodSelect() {
        return periodSelect;
    }
}
