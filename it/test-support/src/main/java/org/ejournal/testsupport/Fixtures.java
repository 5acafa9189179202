package org.ejournal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Hand-made SQL fixtures shared by the modules' tests, loaded into a migrated eJournal database:
 *
 * <pre>{@code
 * @BeforeAll
 * static void setUp(DataSource dataSource) {
 *     Fixtures.load(dataSource, Fixtures.TWO_SCHOOLS);
 * }
 * }</pre>
 *
 * The scripts live in this jar under {@code org/ejournal/testsupport/fixtures/<name>.sql}. Statements
 * end with {@code ;} at the end of a line (no {@code ;} inside strings); whole-line {@code --} comments
 * are skipped.
 */
public final class Fixtures {

    /**
     * Two schools (ids 1 and 2), the 2026/2027 year with quarters and half-years, 5А with students who
     * arrive, leave and transfer during the I quarter, a mathematics journal with exact marks and
     * absences, accounts for every role. Ids are fixed so tests can name them; see the script.
     */
    public static final String TWO_SCHOOLS = "two-schools";

    private static final String LOCATION = "fixtures/";

    private Fixtures() {
    }

    /** Runs the fixture {@code name} (e.g. {@value #TWO_SCHOOLS}) on {@code dataSource}. */
    public static void load(DataSource dataSource, String name) {
        String resource = LOCATION + name + ".sql";
        String script;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture '" + name + "' (resource org/ejournal/testsupport/"
                        + resource + ")");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                String withoutComments = sql.replaceAll("(?m)^--.*$", "").trim();
                if (!withoutComments.isEmpty()) {
                    s.execute(withoutComments);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture '" + name + "' failed: " + e.getMessage(), e);
        }
    }
}
