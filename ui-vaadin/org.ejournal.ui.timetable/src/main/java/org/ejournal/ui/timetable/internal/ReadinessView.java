package org.ejournal.ui.timetable.internal;

import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.timetable.ReadinessFinding;
import org.ejournal.api.timetable.ReadinessKind;
import org.ejournal.api.timetable.ReadinessReport;
import org.ejournal.api.timetable.ReadinessService;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Готовность к 1 сентября»: what is still missing in the year being planned, grouped by kind, each item a link
 * to where it is fixed (the class's timetable; the students view for students and parents).
 */
public class ReadinessView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    /** Route of the roster bundle's «Ученики» (students, parents, consent). */
    static final String STUDENTS_ROUTE = "students";
    /** Items shown per kind before «Показать ещё». */
    static final int SHOWN = 15;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<ReadinessService> service;

    final Paragraph error = new Paragraph();
    final Paragraph summary = new Paragraph();

    public ReadinessView() {
        this(ViewSupport::actor, () -> ViewSupport.service(ReadinessView.class, ReadinessService.class));
    }

    ReadinessView(Supplier<Actor> actor, Supplier<ReadinessService> service) {
        this.actor = actor;
        this.service = service;
        setId("readiness-view");
        error.setId("readiness-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        summary.setId("readiness-summary");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H2(getTranslation("readiness.title")), error);
        ReadinessReport report;
        try {
            report = service.get().check(actor.get());
        } catch (EJournalException e) {
            error.setText(e instanceof AccessDeniedException ? getTranslation("timetable.accessDenied")
                    : getTranslation(e.messageKey(), e.arguments()));
            error.setVisible(true);
            return;
        }
        Paragraph year = new Paragraph(getTranslation("readiness.year", report.yearName(),
                report.yearStart().format(TimetableView.DATE)));
        year.setId("readiness-year");
        summary.setText(report.ready() ? getTranslation("readiness.ready")
                : getTranslation("readiness.summary", report.findings().size()));
        add(year, summary);
        for (ReadinessKind kind : ReadinessKind.values()) {
            List<ReadinessFinding> found = report.of(kind);
            if (found.isEmpty()) {
                continue;
            }
            H3 heading = new H3(getTranslation("readiness.count", getTranslation("readiness.kind." + kind.name()),
                    found.size()));
            heading.setId("readiness-kind-" + kind.name());
            UnorderedList list = items(found.subList(0, Math.min(SHOWN, found.size())));
            list.setId("readiness-list-" + kind.name());
            add(heading, list);
            if (found.size() > SHOWN) {
                // Hundreds of students without a login would push every other kind off the page.
                Details more = new Details(getTranslation("readiness.more", found.size() - SHOWN),
                        items(found.subList(SHOWN, found.size())));
                more.setId("readiness-more-" + kind.name());
                add(more);
            }
        }
    }

    private static UnorderedList items(List<ReadinessFinding> findings) {
        UnorderedList list = new UnorderedList();
        for (ReadinessFinding f : findings) {
            Anchor link = new Anchor(link(f), f.label());
            link.setId("readiness-" + f.kind().name() + "-" + f.objectId());
            list.add(new ListItem(link));
        }
        return list;
    }

    /** Where a finding is fixed: classes and assignments in the class's timetable, people in «Ученики». */
    static String link(ReadinessFinding f) {
        return switch (f.kind()) {
            case STUDENT_WITHOUT_PARENTS, STUDENT_WITHOUT_LOGIN, PARENT_WITHOUT_LOGIN -> STUDENTS_ROUTE;
            default -> TimetableViewContribution.ROUTE + "/" + f.classId();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("readiness.title");
    }
}
