package org.ejournal.ui.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.GradebookService;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Anchor;

class MyClassesViewTest {

    @Test
    void everyAssignmentLinksToItsJournal() {
        Anchor link = MyClassesView.journalLink(JournalViewTest.MATH_5A);
        assertEquals("journal/7", link.getHref());
        assertEquals("5А · Математика", link.getText());
        assertEquals("assignment-link-7", link.getId().orElseThrow());
    }

    @Test
    void listsTheActorsAssignments() {
        MyClassesView view = new MyClassesView(() -> JournalViewTest.TEACHER, JournalViewTest.FakeGradebook::new);
        view.refresh();
        assertTrue(JournalViewTest.find(view, "my-classes-grid").isPresent());
    }

    @Test
    void saysSoWhenThereAreNone() {
        GradebookService none = new JournalViewTest.FakeGradebook() {
            @Override
            public List<AssignmentSummary> myAssignments(org.ejournal.api.Actor actor) {
                return List.of();
            }
        };
        MyClassesView view = new MyClassesView(() -> JournalViewTest.TEACHER, () -> none);
        view.refresh();
        assertTrue(JournalViewTest.find(view, "my-classes-empty").isPresent());
    }

}
