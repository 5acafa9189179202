package org.ejournal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.ejournal.database.DatabaseSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@EJournalDatabase
class EJournalDatabaseExtensionTest {

    static String firstDatabase;

    @BeforeAll
    static void rememberName(TestDatabase database) {
        firstDatabase = database.name();
    }

    @Test
    void givesAMigratedEmptyDatabase(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "SELECT COUNT(*) FROM school"));
            assertTrue(count(s, "SELECT COUNT(*) FROM flyway_schema_history WHERE success") >= 1);
            assertEquals(firstDatabase, string(s, "SELECT DATABASE()"));
        }
    }

    @Test
    void settingsAndDataSourcePointAtTheSameDatabase(DatabaseSettings settings, TestDatabase database)
            throws SQLException {
        assertSame(database.settings(), settings);
        try (Connection c = settings.openConnection(); Statement s = c.createStatement()) {
            assertEquals(database.name(), string(s, "SELECT DATABASE()"));
        }
    }

    @Nested
    class NestedClass {
        @Test
        void sharesTheEnclosingDatabase(TestDatabase database) {
            assertEquals(firstDatabase, database.name());
        }
    }

    static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static String string(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
