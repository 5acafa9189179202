package org.ejournal.gradebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.gradebook.JournalGrid;
import org.ejournal.api.journal.MarkCell;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.security.internal.StoreMunicipalService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The municipal specialist end to end through the real services on MariaDB (two-schools fixture, account «ruo»
 * of school 1 with role MUNICIPAL): after switching to school 2 it reads the Gymnasium's journal, and every
 * write there is refused with nothing stored; a teacher cannot switch at all.
 */
@EJournalDatabase
class MunicipalJournalOnMariaDbTest {

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StoreMunicipalService municipal;
    static StoreGradebookService gradebook;
    static StoreJournalWriteService writer;

    @BeforeAll
    static void load(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        db = dataSource;
        Fixtures.load(dataSource, "municipal");
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        DefaultAccessPolicy policy = new DefaultAccessPolicy(store);
        municipal = new StoreMunicipalService(store, policy);
        Clock november = Clock.fixed(LocalDate.of(2026, 11, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        gradebook = new StoreGradebookService(store, policy, november);
        writer = new StoreJournalWriteService(store, policy);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    @Test
    void afterSwitchingReadsTheOtherSchoolsJournalAndWritesNothingThere() {
        Actor home = actor("ruo");
        assertThrows(AccessDeniedException.class, () -> gradebook.journal(home, 55, 31), "not before switching");

        Actor viewing = municipal.viewSchool(home, "", 2);
        JournalGrid grid = gradebook.journal(viewing, 55, 31);
        assertEquals("5А · Математика", grid.assignment().title());
        assertEquals("I четверть", grid.period().name());
        assertEquals(List.of("Зайцева Алина"), grid.rows().stream().map(r -> r.student().name().full()).toList());
        assertEquals(true, grid.rows().get(0).cells().stream().anyMatch(c -> c.display().startsWith("5")), "mark 5 shown");

        int marks = count("SELECT COUNT(*) FROM mark WHERE school_id = 2");
        int works = count("SELECT COUNT(*) FROM work WHERE school_id = 2");
        int audit = count("SELECT COUNT(*) FROM audit_event WHERE school_id = 2 AND entity <> 'school'");
        assertThrows(AccessDeniedException.class, () -> writer.setMark(viewing, "", 707, 321, "2", 0));
        assertThrows(AccessDeniedException.class, () -> writer.clearMark(viewing, "", 707, 321, 0));
        assertThrows(AccessDeniedException.class,
                () -> writer.setAttendance(viewing, "", 607, 321, "Н", MarkCell.EMPTY_VERSION));
        assertThrows(AccessDeniedException.class, () -> writer.addWork(viewing, "", 607, "ANSWER", "Проверка"));
        assertEquals(marks, count("SELECT COUNT(*) FROM mark WHERE school_id = 2"));
        assertEquals(works, count("SELECT COUNT(*) FROM work WHERE school_id = 2"));
        assertEquals(audit, count("SELECT COUNT(*) FROM audit_event WHERE school_id = 2 AND entity <> 'school'"));
        assertEquals(true, grid.rows().get(0).cells().stream().anyMatch(c -> c.display().startsWith("5")), "mark 5 shown");

        // and the first school's journal is not read while the second is viewed
        assertThrows(AccessDeniedException.class, () -> gradebook.journal(viewing, 51, 11));
    }

    @Test
    void aTeacherOrDirectorCannotSwitchToAnotherSchool() {
        assertThrows(AccessDeniedException.class, () -> municipal.viewSchool(actor("director"), "", 2));
        assertThrows(AccessDeniedException.class, () -> municipal.viewSchool(actor("teacher"), "", 2));
        assertThrows(AccessDeniedException.class, () -> gradebook.journal(actor("director"), 55, 31));
    }

    static int count(String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
