package org.ejournal.roster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/** Loads a hand-made SQL fixture from the test resources, statement by statement. */
final class Fixture {

    private Fixture() {
    }

    static void load(DataSource dataSource, String resource) {
        String script;
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Statements end with ';' at the end of a line; the fixture has no ';' inside strings.
            for (String sql : script.split(";\\s*\\n")) {
                String withoutComments = sql.replaceAll("(?m)^--.*$", "").trim();
                if (!withoutComments.isEmpty()) {
                    s.execute(withoutComments);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture " + resource + " failed: " + e.getMessage(), e);
        }
    }
}
