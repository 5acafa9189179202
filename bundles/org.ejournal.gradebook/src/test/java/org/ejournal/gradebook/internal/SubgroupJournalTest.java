package org.ejournal.gradebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.Actor;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A subgroup's journal lists only the subgroup's members; the whole-class journal everybody enrolled. */
@EJournalDatabase
class SubgroupJournalTest {

    static StandaloneStore store;
    static StoreGradebookService gradebook;
    static StoreAccountService accounts;

    @BeforeAll
    static void fixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // 5А Russian (assignment 52) becomes «группа 1» with Белов and Ёлкин.
            s.execute("INSERT INTO subgroup (id, school_id, class_id, subject_id, name) VALUES (91, 1, 21, 42, 'группа 1')");
            s.execute("INSERT INTO subgroup_member (school_id, subgroup_id, student_id) VALUES (1, 91, 302), (1, 91, 303)");
            s.execute("UPDATE teaching_assignment SET subgroup_id = 91 WHERE id = 52");
        }
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        Clock november = Clock.fixed(LocalDate.of(2026, 11, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        gradebook = new StoreGradebookService(store, new DefaultAccessPolicy(store), november);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static List<String> names(JournalGrid grid) {
        return grid.rows().stream().map(r -> r.student().name().lastName()).toList();
    }

    @Test
    void subgroupJournalListsItsMembersOnly() {
        assertEquals(List.of("Белов", "Ёлкин"), names(gradebook.journal(actor("klassruk"), 52, 11)));
    }

    @Test
    void wholeClassJournalListsEveryStudentOfThePeriod() {
        assertEquals(List.of("Абрамова", "Белов", "Громов", "Егоров", "Ёлкин", "Жуков", "Яковлева"),
                names(gradebook.journal(actor("teacher"), 51, 11)));
    }
}
