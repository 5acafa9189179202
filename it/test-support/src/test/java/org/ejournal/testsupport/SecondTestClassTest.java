package org.ejournal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** A second class proves each class gets its own database, on the same server. */
@EJournalDatabase
class SecondTestClassTest {

    @Test
    void getsAFreshDatabaseOfItsOwn(TestDatabase database) throws SQLException {
        assertNotEquals(EJournalDatabaseExtensionTest.firstDatabase, database.name());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (name, short_name) VALUES ('Лицей № 2', 'Лицей № 2')");
            assertEquals(1, EJournalDatabaseExtensionTest.count(s, "SELECT COUNT(*) FROM school"));
        }
    }
}
