package org.ejournal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

@EJournalDatabase
class FixturesTest {

    @Test
    void loadsTheTwoSchoolsFixture(DataSource dataSource) throws SQLException {
        Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(2, EJournalDatabaseExtensionTest.count(s, "SELECT COUNT(*) FROM school"));
            assertEquals(1, EJournalDatabaseExtensionTest.count(s,
                    "SELECT COUNT(*) FROM school WHERE short_name = 'Гимназия № 1'"));
        }
    }

    @Test
    void anUnknownFixtureIsRefusedByName(DataSource dataSource) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.load(dataSource, "no-such-fixture"));
        assertEquals(true, e.getMessage().contains("no-such-fixture"), e.getMessage());
    }
}
