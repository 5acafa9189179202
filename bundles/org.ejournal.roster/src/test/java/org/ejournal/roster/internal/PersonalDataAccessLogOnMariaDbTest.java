package org.ejournal.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.ejournal.api.AccessDeniedException;
import org.ejournal.api.Actor;
import org.ejournal.api.people.PersonKind;
import org.ejournal.security.internal.DefaultAccessPolicy;
import org.ejournal.security.internal.StoreAccountService;
import org.ejournal.store.StandaloneStore;
import org.ejournal.store.StoreRuntimes;
import org.ejournal.testsupport.EJournalDatabase;
import org.ejournal.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people service writes the personal-data access log: every student record it hands out leaves a
 * row (who, whose, what); a refused read and a search (names only) leave none.
 */
@EJournalDatabase
class PersonalDataAccessLogOnMariaDbTest {

    static DataSource db;
    static StandaloneStore store;
    static StoreAccountService accounts;
    static StorePeopleService people;

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        db = dataSource;
        store = StoreRuntimes.create(dataSource);
        accounts = new StoreAccountService(store);
        people = new StorePeopleService(store, new DefaultAccessPolicy(store),
                Clock.fixed(LocalDate.of(2026, 11, 20).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Actor actor(String login) {
        return accounts.actor(accounts.findCredentials(login).orElseThrow().accountId());
    }

    static List<String> log() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT school_id, account_id, student_id, what FROM personal_data_access"
                     + " ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getLong(1) + " " + r.getLong(2) + " " + r.getLong(3) + " " + r.getString(4));
            }
        }
        return rows;
    }

    @Test
    void everyReadOfAStudentRecordIsLoggedRefusalsAndSearchesAreNot() throws SQLException {
        people.student(actor("klassruk"), 301);
        people.student(actor("zavuch"), 302);
        assertThrows(AccessDeniedException.class, () -> people.student(actor("teacher"), 303));
        assertThrows(AccessDeniedException.class, () -> people.student(actor("klassruk"), 311));
        people.search(actor("zavuch"), PersonKind.STUDENT, "Аб");
        assertEquals(List.of("1 5 301 STUDENT_RECORD", "1 3 302 STUDENT_RECORD"), log());
    }
}
