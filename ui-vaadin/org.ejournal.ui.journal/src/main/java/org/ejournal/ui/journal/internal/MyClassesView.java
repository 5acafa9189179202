package org.ejournal.ui.journal.internal;

import java.util.List;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.EJournalException;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.ejournal.api.ui.ViewSupport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * «Мои классы»: the actor's own teaching assignments, each a link to its journal. The list is what
 * {@link GradebookService#myAssignments} returns; a director sees here only what she teaches herself.
 */
public class MyClassesView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Actor> actor;
    private final transient Supplier<GradebookService> gradebook;

    /** Used by the router: the actor and the service come from the session and the OSGi registry. */
    public MyClassesView() {
        this(ViewSupport::actor, () -> ViewSupport.service(MyClassesView.class, GradebookService.class));
    }

    /** For tests and reuse: explicit sources of the actor and the service. */
    MyClassesView(Supplier<Actor> actor, Supplier<GradebookService> gradebook) {
        this.actor = actor;
        this.gradebook = gradebook;
        setId("my-classes-view");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** Rebuilds the content from the service. */
    void refresh() {
        removeAll();
        add(new H2(getTranslation("journal.myClasses.title")));
        List<AssignmentSummary> assignments;
        try {
            assignments = gradebook.get().myAssignments(actor.get());
        } catch (EJournalException e) {
            add(JournalView.errorMessage(this, e));
            return;
        }
        if (assignments.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("journal.myClasses.empty"));
            empty.setId("my-classes-empty");
            add(empty);
            return;
        }
        Grid<AssignmentSummary> grid = new Grid<>();
        grid.setId("my-classes-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(MyClassesView::journalLink).setKey("journal")
                .setHeader(getTranslation("journal.myClasses.journal")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(AssignmentSummary::className).setKey("class")
                .setHeader(getTranslation("journal.myClasses.class")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AssignmentSummary::subjectName).setKey("subject")
                .setHeader(getTranslation("journal.myClasses.subject")).setAutoWidth(true);
        grid.addColumn(AssignmentSummary::teacherName).setKey("teacher")
                .setHeader(getTranslation("journal.myClasses.teacher")).setAutoWidth(true);
        grid.setItems(assignments);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** A router link to {@code journal/{id}}; a plain href keeps it testable without a route registry. */
    static Anchor journalLink(AssignmentSummary assignment) {
        Anchor link = new Anchor(JournalViewContribution.ROUTE + "/" + assignment.id(), assignment.title());
        link.getElement().setAttribute("router-link", true);
        link.setId("assignment-link-" + assignment.id());
        link.addClassName("journal-assignment-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.myClasses.title");
    }
}
