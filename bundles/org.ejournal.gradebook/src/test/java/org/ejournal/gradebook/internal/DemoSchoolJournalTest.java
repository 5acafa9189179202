package org.ejournal.gradebook.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.gradebook.AssignmentSummary;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.gradebook.StudyPeriodSummary;
import org.ejournal.demo.DemoSchoolGenerator;
import org.ejournal.demo.DemoSize;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gradebook on the generated demo school (700 students, 8 weeks of lessons): the demo accounts
 * see what DEVELOPMENT.md promises, and every journal of the demo teacher is timed.
 */
@EJournalDatabase
class DemoSchoolJournalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreGradebookService gradebook;

    @BeforeAll
    static void generate(DataSource dataSource) {
        DemoSchoolGenerator.generate(dataSource, DemoSize.defaults().withToday(TODAY));
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        gradebook = new StoreGradebookService(store, new DefaultAccessPolicy(store),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static AssignmentSummary titled(List<AssignmentSummary> assignments, String title) {
        return assignments.stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in " + assignments));
    }

    @Test
    void demoAccountsSeeTheirJournalsAndNotOthers() {
        Actor teacher = actor("teacher");
        List<AssignmentSummary> mine = gradebook.myAssignments(teacher);
        AssignmentSummary math5a = titled(mine, "5А · Математика");
        StudyPeriodSummary q1 = gradebook.periods(teacher, math5a.id()).get(0);
        JournalGrid grid = gradebook.journal(teacher, math5a.id(), q1.id());
        assertTrue(grid.rows().size() >= 20, "students of 5А: " + grid.rows().size());
        assertTrue(grid.columns().size() >= 30, "lessons/works of 8 weeks: " + grid.columns().size());
        assertTrue(grid.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> !c.marks().isEmpty()));

        Actor klassruk = actor("klassruk");
        AssignmentSummary russian5a = titled(gradebook.myAssignments(klassruk), "5А · Русский язык");
        assertFalse(gradebook.journal(klassruk, math5a.id(), q1.id()).rows().isEmpty(),
                "the class teacher of 5А reads its mathematics journal");
        assertThrows(AccessDeniedException.class, () -> gradebook.journal(teacher, russian5a.id(), q1.id()));
        assertThrows(AccessDeniedException.class, () -> gradebook.journal(actor("admin"), math5a.id(), q1.id()));
    }
}
